/**
 * Issue 13, item 8, end to end with the bundled dist/index.js run as GitHub runs it: a pull
 * request that adds a waiver for everything fails against its base, with the profile change named
 * first in the comment; the base profile's `approvals:` (a label, or a CODEOWNERS owner's review on
 * the head commit) is checked through the loopback GitHub API and lets it pass.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/report/markdown.js';
import { startFakeGitHubApi, type FakeGitHubApi } from '../helpers/github-api-server.js';
import { BASE_PROFILE, POISON_IDS, cleanupProfileRepos, makeProfileRepo, waiveAll, type ProfileRepo } from '../helpers/profile-repo.js';
import { cli } from '../helpers/run-cli.js';
import { ACTION, cleanupRuns, pullRequestPayload, runAction, snapshotDist } from './run-action.js';

let api: FakeGitHubApi;
let entry: string;
let repo: ProfileRepo;

beforeAll(async () => {
  expect(existsSync(ACTION), 'run `npm run build` first').toBe(true);
  entry = await snapshotDist();
  api = await startFakeGitHubApi();
  // Every id the poisoned branch has under the base profile, each waived until 9999-12-31.
  const probe = makeProfileRepo({ head: BASE_PROFILE });
  const report = JSON.parse((await cli('scan', probe.dir, '--format', 'json')).stdout) as { findings: { id: string }[]; controls: { id: string; status: string }[] };
  const ids = [...new Set([...report.findings.map((f) => f.id), ...report.controls.filter((c) => c.status === 'missing').map((c) => c.id)])];
  expect(ids).toEqual(expect.arrayContaining(POISON_IDS));
  repo = makeProfileRepo({ head: { ...BASE_PROFILE, waivers: [...BASE_PROFILE.waivers!, ...waiveAll(ids)] } });
});

afterAll(async () => {
  await api.stop();
  cleanupRuns();
  cleanupProfileRepos();
});

function action(pr: number) {
  const payload = pullRequestPayload(pr, repo.headSha);
  (payload['pull_request'] as Record<string, unknown>)['user'] = { login: 'mallory' };
  return runAction({ inputs: { path: '.', 'github-token': 'ghs_fake', 'base-ref': 'main', comment: 'always' }, apiUrl: api.url, workspace: repo.dir, payload, sha: repo.headSha, entry });
}

/** The first Markdown block after the verdict heading (the comment's hidden lines and the heading skipped). */
function firstSection(markdown: string): string {
  const lines = markdown.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('<!--'));
  return lines.slice(1, 4).join('\n');
}

describe('a pull request that adds a waiver for everything (bundled Action)', () => {
  it('fails against its base with the profile change named first in the comment', async () => {
    const run = await action(41);
    expect(run.timedOut).toBe(false);
    expect(run.code, run.stderr).toBe(1);
    expect(run.outputs['decision']).toBe('fail');
    const failure = run.commands.find((c) => c.command === 'error' && Object.keys(c.properties).length === 0);
    expect(failure?.message).toMatch(/^MCP risk gate failed:\nThis pull request loosens its own profile \(\.mcp-risk\.yml\) against main in \d+ ways: adds a waiver for /);

    const comments = api.commentsOn(41);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    for (const markdown of [body, run.summary]) {
      expect(markdown.split('\n').find((l) => l.startsWith('### '))).toBe('### ❌ MCP risk gate: failed');
      const first = firstSection(markdown);
      expect(first).toMatch(/^#### Profile changes in this pull request \(`\.mcp-risk\.yml` against `main`\)\n> \[!CAUTION\]\n> \*\*\d+ changes loosen the policy and are not approved:\*\*/);
      expect(first).toContain('To approve it, add the label \\`risk\\-accepted\\`');
      // The first rows name the new waivers; the poisoned findings are not waived.
      expect(markdown).toMatch(/\| 🔓 loosens \| `waivers` \| adds a waiver for /);
      expect(markdown.indexOf('Profile changes in this pull request')).toBeLessThan(markdown.indexOf('**Risk**'));
      expect(markdown.indexOf('Profile changes in this pull request')).toBeLessThan(markdown.indexOf('#### Changes in this pull request'));
    }
    // The approval was looked for where the base profile says: labels and reviews of this PR.
    expect(api.requestsTo('GET', /^\/repos\/o\/r\/issues\/41\/labels$/)).toHaveLength(1);
    expect(api.requestsTo('GET', /^\/repos\/o\/r\/pulls\/41\/reviews$/)).toHaveLength(1);
  });

  it('passes once the base profile approval label is on the pull request', async () => {
    api.labels.set(42, ['risk-accepted']);
    const run = await action(42);
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs['decision']).toBe('pass');
    expect(firstSection(run.summary)).toMatch(/^#### Profile changes in this pull request .*\n\*\*\d+ changes loosen the policy, approved by label risk\\-accepted:\*\* this pull request's profile applies\./);
  });

  it('passes with an approving review by a code owner of the profile on the head commit, not on an older one', async () => {
    api.reviews.set(43, [{ login: 'alice', state: 'APPROVED', commitId: repo.baseSha }]);
    const stale = await action(43);
    expect(stale.code).toBe(1);
    expect(api.commentsOn(43)[0]!.body).toContain('approvals on an older commit do not count');

    api.reviews.set(44, [{ login: 'alice', state: 'APPROVED', commitId: repo.headSha }]);
    const fresh = await action(44);
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(fresh.outputs['decision']).toBe('pass');
    expect(fresh.summary).toMatch(/approved by @\u200D?alice \\\(CODEOWNERS\\\)/);
  });

  it('the author approving their own change or labelling a different label does not count', async () => {
    api.labels.set(45, ['lgtm']);
    api.reviews.set(45, [{ login: 'mallory', state: 'APPROVED', commitId: repo.headSha }]);
    const run = await action(45);
    expect(run.code).toBe(1);
    expect(run.outputs['decision']).toBe('fail');
  });

  it('a passing pull request that only tightens its profile still gets an on-change comment showing it', async () => {
    const tight = makeProfileRepo({ head: { ...BASE_PROFILE, policy: { 'fail-on-score': 6 } }, poison: false });
    const run = await runAction({ inputs: { path: '.', 'github-token': 'ghs_fake', 'base-ref': 'main', comment: 'on-change' }, apiUrl: api.url, workspace: tight.dir, payload: pullRequestPayload(46, tight.headSha), sha: tight.headSha, entry });
    expect(run.code, run.stderr).toBe(0);
    expect(run.outputs['decision']).toBe('pass');
    const body = api.commentsOn(46)[0]?.body ?? '';
    expect(firstSection(body)).toMatch(/^#### Profile changes in this pull request .*\nNothing here loosens the policy; tightening applies at once\.\n\| Effect \| Key \| Change \|/);
    expect(body).toContain('| 🔒 tightens | `policy` | lowers fail\\-on\\-score from 7\\.0 to 6\\.0 |');
    // Nothing loosens, so no approval was looked for.
    expect(api.requestsTo('GET', /^\/repos\/o\/r\/(issues|pulls)\/46\/(labels|reviews)$/)).toHaveLength(0);
  });
});
