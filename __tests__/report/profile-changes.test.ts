/** The pull request's profile changes in every renderer: first, escaped, and absent when there are none. */
import { describe, expect, it } from 'vitest';
import type { ProfileChanges } from '../../src/model/profile-changes.js';
import { applyPolicy } from '../../src/policy/gate.js';
import { diffProfiles } from '../../src/policy/profile-changes.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { renderJson } from '../../src/report/json.js';
import { finding, scoredResult } from '../policy/fixtures.js';

const HOSTILE = '<img src=x onerror=alert(1)> @org/admins [x](https://evil.example)';

function withChanges(approval: ProfileChanges['approval']) {
  const changes = diffProfiles(
    { version: 1, policy: { 'fail-on-score': 7 } },
    { version: 1, policy: { 'fail-on-score': 10 }, waivers: [{ id: HOSTILE, justification: 'Accepted for now.', expires: '9999-12-31' }] },
  );
  const profileChanges: ProfileChanges = { baseRef: 'main', baseProfile: '.mcp-risk.yml', headProfile: '.mcp-risk.yml', changes, approval, applied: approval.state === 'approved' ? 'head' : 'stricter' };
  return applyPolicy(scoredResult([finding('MAE-L3-02:delete', 3)], [], { profileChanges }), undefined, {});
}

describe('profile changes in the reports', () => {
  it('Markdown: right after the verdict, hostile text escaped, loosening rows first', () => {
    const { result, decision } = withChanges({ state: 'not-approved', message: 'To approve it, add the label `risk-accepted`, then re-run this check.' });
    expect(decision.result).toBe('fail');
    for (const target of ['comment', 'summary'] as const) {
      const md = renderMarkdown(result, decision, { target });
      const lines = md.split('\n').filter((l) => l !== '' && !l.startsWith('<!--'));
      expect(lines[0]).toBe('### ❌ MCP risk gate: failed');
      expect(lines[1]).toBe('#### Profile changes in this pull request (`.mcp-risk.yml` against `main`)');
      expect(lines[2]).toBe('> [!CAUTION]');
      expect(lines[3]).toMatch(/^> \*\*2 changes loosen the policy and are not approved:\*\*/);
      expect(lines[6]).toMatch(/^\| 🔓 loosens \| `waivers` \| adds a waiver for /);
      expect(lines[7]).toBe('| 🔓 loosens | `policy` | raises fail\\-on\\-score from 7\\.0 to 10\\.0 |');
      expect(md).not.toContain('<img');
      expect(md).not.toContain('](https://evil');
      expect(md).not.toMatch(/@org/);
    }
  });

  it('the way to pass is reverting or approving the change, not a catalog fix', () => {
    const { result } = withChanges({ state: 'not-approved', message: 'nobody approved it' });
    expect(result.decision?.wayToPass).toEqual({
      possible: false,
      fixes: [],
      score: 3,
      why: 'This pull request loosens its own profile, which no fix changes: revert the loosening or get it approved (nobody approved it).',
    });
  });

  it('Markdown: says who approved, and shows nothing without changes', () => {
    const { result, decision } = withChanges({ state: 'approved', by: 'label risk-accepted', message: 'approved with the label risk-accepted' });
    expect(decision.result).toBe('pass');
    expect(renderMarkdown(result, decision, { target: 'summary' })).toContain('**2 changes loosen the policy, approved by label risk\\-accepted:** this pull request\'s profile applies.');
    const plain = applyPolicy(scoredResult([finding('MAE-L3-02:delete', 3)]), undefined, {});
    expect(renderMarkdown(plain.result, plain.decision, { target: 'summary' })).not.toContain('Profile changes');
  });

  it('text: right after the title line; JSON: right after the version keys', () => {
    const { result } = withChanges({ state: 'not-approved', message: 'nobody approved it' });
    const lines = renderText(result, { color: false }).split('\n');
    expect(lines[2]).toBe("Profile changes against main (2): 2 loosen the policy, NOT APPROVED: the base profile's policy applies and the gate fails");
    expect(lines[4]).toBe('  LOOSENS   policy     raises fail-on-score from 7.0 to 10.0');
    expect(lines[5]).toBe('  approval: nobody approved it');
    expect(Object.keys(JSON.parse(renderJson(result)) as object).slice(0, 3)).toEqual(['tool', 'aivssVersion', 'profileChanges']);
  });
});
