/**
 * Approval of a pull request's loosening of its own profile, through the loopback GitHub API:
 * the BASE profile's `approvals:` decides (a label, or a CODEOWNERS owner's approving review on
 * the head commit, CODEOWNERS read at the base).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApprovalsConfig } from '../../src/model/config.js';
import { createGitHubClient } from '../../src/github/client.js';
import { checkProfileApproval, type PullRequestRef } from '../../src/github/approvals.js';
import { ownersOf, parseCodeowners } from '../../src/github/codeowners.js';
import type { ApprovalRequest } from '../../src/scan.js';
import { FakeGitHubApi, startFakeGitHubApi } from '../helpers/github-api-server.js';

const HEAD = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const pr: PullRequestRef = { owner: 'o', repo: 'r', number: 9, headSha: HEAD, author: 'mallory' };
const CODEOWNERS = '# owners\n*       @everyone-else\n/.mcp-risk.yml @alice @acme/security   # the policy\n';

let api: FakeGitHubApi;

beforeEach(async () => {
  api = await startFakeGitHubApi();
});
afterEach(async () => {
  await api.stop();
});

function client() {
  return createGitHubClient('test-token', { baseUrl: api.url, retry: { maxAttempts: 1, sleep: async () => undefined } });
}

function request(approvals: ApprovalsConfig | undefined, files: Record<string, string> = { '.github/CODEOWNERS': CODEOWNERS }): ApprovalRequest {
  return {
    baseRef: 'main',
    baseSha: 'c'.repeat(40),
    baseProfile: { version: 1, ...(approvals !== undefined && { approvals }) },
    loosening: [{ area: 'waivers', kind: 'added', subject: 'X', after: '9999-12-31', effect: 'loosens', message: 'adds a waiver for X until 9999-12-31' }],
    profilePath: '.mcp-risk.yml',
    readBaseFile: (p) => files[p],
  };
}

describe('checkProfileApproval', () => {
  it('cannot approve anything when the base profile names no approvers (the PR cannot grant itself)', async () => {
    api.labels.set(9, ['risk-accepted']);
    const out = await checkProfileApproval(client(), pr, request(undefined));
    expect(out.state).toBe('not-approved');
    expect(out.message).toContain('has no `approvals:`');
    expect(api.requests).toHaveLength(0);
  });

  it('approves with the base label, read through the API', async () => {
    api.labels.set(9, ['bug', 'Risk-Accepted']);
    const out = await checkProfileApproval(client(), pr, request({ label: 'risk-accepted' }));
    expect(out).toEqual({ state: 'approved', by: 'label risk-accepted', message: 'approved with the label risk-accepted' });
    expect(api.requestsTo('GET', /^\/repos\/o\/r\/issues\/9\/labels$/)).toHaveLength(1);
  });

  it('says how to approve when the label is missing', async () => {
    api.labels.set(9, ['bug']);
    const out = await checkProfileApproval(client(), pr, request({ label: 'risk-accepted' }));
    expect(out.state).toBe('not-approved');
    expect(out.message).toBe('To approve it, add the label `risk-accepted`, then re-run this check.');
  });

  it('falls back to the event payload labels when the API cannot list them', async () => {
    api.fail({ path: /\/labels$/, status: 403, times: 5 });
    const out = await checkProfileApproval(client(), { ...pr, payloadLabels: ['risk-accepted'] }, request({ label: 'risk-accepted' }));
    expect(out.state).toBe('approved');
  });

  it('approves with a code owner of the profile who approved the head commit', async () => {
    api.reviews.set(9, [{ login: 'alice', state: 'APPROVED', commitId: HEAD }]);
    const out = await checkProfileApproval(client(), pr, request({ codeowners: true }));
    expect(out).toMatchObject({ state: 'approved', by: '@alice (CODEOWNERS)' });
  });

  it('approves with a member of an owning team', async () => {
    api.reviews.set(9, [{ login: 'bob', state: 'APPROVED', commitId: HEAD }]);
    api.teams.set('acme/security', ['bob']);
    expect((await checkProfileApproval(client(), pr, request({ codeowners: true }))).by).toBe('@bob (CODEOWNERS)');
  });

  it('does not count non-owners, stale approvals, withdrawn approvals or the author', async () => {
    api.reviews.set(9, [
      { login: 'everyone-else', state: 'APPROVED', commitId: HEAD },
      { login: 'alice', state: 'APPROVED', commitId: OLD },
      { login: 'carol', state: 'APPROVED', commitId: HEAD },
      { login: 'carol', state: 'CHANGES_REQUESTED', commitId: HEAD },
      { login: 'mallory', state: 'APPROVED', commitId: HEAD },
    ]);
    const out = await checkProfileApproval(client(), pr, request({ codeowners: true }, { '.github/CODEOWNERS': '/.mcp-risk.yml @alice @carol @mallory\n' }));
    expect(out.state).toBe('not-approved');
    expect(out.message).toContain('have a code owner of .mcp-risk.yml (@alice, @carol, @mallory) approve the pull request at its head commit');
    expect(out.message).toContain('approvals on an older commit do not count: @alice');
  });

  it('reads CODEOWNERS only from the base commit, and says when there is none', async () => {
    api.reviews.set(9, [{ login: 'alice', state: 'APPROVED', commitId: HEAD }]);
    const out = await checkProfileApproval(client(), pr, request({ codeowners: true }, {}));
    expect(out.state).toBe('not-approved');
    expect(out.message).toContain('the base commit has no CODEOWNERS file');
  });

  it('either route suffices', async () => {
    api.reviews.set(9, [{ login: 'alice', state: 'APPROVED', commitId: HEAD }]);
    expect((await checkProfileApproval(client(), pr, request({ label: 'risk-accepted', codeowners: true }))).state).toBe('approved');
  });
});

describe('CODEOWNERS', () => {
  const rules = parseCodeowners(['*.js @js', '/docs/ @docs', 'config/*.yml @cfg', '**/policy @pol', '.mcp-risk.yml @risk', 'apps/**/.mcp-risk.yml @apps', 'unowned.txt'].join('\n'));
  it('matches as GitHub does: the last matching line wins', () => {
    expect(ownersOf(rules, '.mcp-risk.yml')).toEqual(['@risk']);
    expect(ownersOf(rules, 'sub/.mcp-risk.yml')).toEqual(['@risk']);
    expect(ownersOf(rules, 'apps/a/b/.mcp-risk.yml')).toEqual(['@apps']);
    expect(ownersOf(rules, 'docs/x/y.md')).toEqual(['@docs']);
    expect(ownersOf(rules, 'src/docs/y.md')).toEqual([]);
    expect(ownersOf(rules, 'config/a.yml')).toEqual(['@cfg']);
    expect(ownersOf(rules, 'config/a/b.yml')).toEqual([]);
    expect(ownersOf(rules, 'x/policy/y')).toEqual(['@pol']);
    expect(ownersOf(rules, 'a/b.js')).toEqual(['@js']);
    expect(ownersOf(rules, 'unowned.txt')).toEqual([]);
  });
});
