/**
 * Policy from the base (issue 13, item 8), through the CLI on real git repositories: with
 * --base-ref the base commit's profile decides policy, waivers and overrides; the branch's own
 * profile changes are reported first and, when they loosen the policy, fail unless approved
 * with --allow-profile-changes (the CLI reads no labels or reviews).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileChanges } from '../../src/model/profile-changes.js';
import { cli } from '../helpers/run-cli.js';
import { BASE_PROFILE, POISON_IDS, cleanupProfileRepos, makeProfileRepo, waiveAll, type RepoSpec } from '../helpers/profile-repo.js';

interface Report {
  profileChanges?: ProfileChanges;
  score: number;
  factors: { id: string; value: number; overridden: boolean }[];
  findings: { id: string; aivss: number; cvss: { vector: string }; waived?: unknown }[];
  controls: { id: string; status: string }[];
  decision: { result: string; reasons: string[] };
  errors: unknown[];
}

const LOW = 'CVSS:4.0/AV:L/AC:H/AT:P/PR:H/UI:A/VC:N/VI:L/VA:N/SC:N/SI:N/SA:N';

/** Every finding id and missing control id the poisoned branch has under the base profile. */
let everyId: string[];

async function scan(spec: RepoSpec, ...flags: string[]): Promise<{ code: number; report: Report; stderr: string; stdout: string }> {
  const repo = makeProfileRepo(spec);
  const r = await cli('scan', repo.dir, '--format', 'json', ...flags);
  return { code: r.code, report: JSON.parse(r.stdout) as Report, stderr: r.stderr, stdout: r.stdout };
}

beforeAll(async () => {
  const repo = makeProfileRepo({ head: BASE_PROFILE });
  const report = JSON.parse((await cli('scan', repo.dir, '--format', 'json')).stdout) as Report;
  everyId = [...new Set([...report.findings.map((f) => f.id), ...report.controls.filter((c) => c.status === 'missing').map((c) => c.id)])].sort();
  expect(everyId).toEqual(expect.arrayContaining(POISON_IDS));
});

afterAll(() => {
  cleanupProfileRepos();
});

describe('a branch that adds a waiver for everything', () => {
  const spec = (): RepoSpec => ({ head: { ...BASE_PROFILE, waivers: [...BASE_PROFILE.waivers!, ...waiveAll(everyId)] } });

  it('passes on its own profile alone (what the base comparison exists to stop)', async () => {
    const { code, report } = await scan(spec());
    expect(report.profileChanges).toBeUndefined();
    expect(code).toBe(0);
  });

  it('fails against its base: the waivers do not apply and the change is the first reason', async () => {
    const { code, report, stderr } = await scan(spec(), '--base-ref', 'main');
    expect(code, stderr).toBe(1);
    expect(report.errors).toEqual([]);
    const pc = report.profileChanges!;
    expect(pc.baseRef).toBe('main');
    expect(pc.applied).toBe('stricter');
    expect(pc.approval.state).toBe('not-approved');
    expect(pc.approval.message).toContain('--allow-profile-changes');
    expect(pc.changes.filter((c) => c.area === 'waivers' && c.kind === 'added').map((c) => c.subject).sort()).toEqual(everyId.filter((id) => id !== 'MAE-L5-04'));
    expect(pc.changes.every((c) => c.effect === 'loosens')).toBe(true);
    // The base's own waiver still applies; the branch's new ones do not.
    for (const id of POISON_IDS) expect(report.findings.find((f) => f.id === id)?.waived, id).toBeUndefined();
    expect(report.findings.find((f) => f.id === 'MAE-L5-04')?.waived).toBeDefined();
    expect(report.decision.result).toBe('fail');
    expect(report.decision.reasons[0]).toMatch(/^This pull request loosens its own profile \(\.mcp-risk\.yml\) against main in \d+ ways: adds a waiver for /);
    expect(report.decision.reasons[1]).toMatch(/^Risk score \d\.\d \(High\) is at or above fail-on-score 7\.0/);
    expect(stderr).toContain('loosens its own profile');
  });

  it('puts profileChanges at the top of the JSON report', async () => {
    const { stdout } = await scan(spec(), '--base-ref', 'main');
    expect(Object.keys(JSON.parse(stdout) as object).slice(0, 3)).toEqual(['tool', 'aivssVersion', 'profileChanges']);
  });

  it('shows the change first in the terminal and Markdown reports', async () => {
    const repo = makeProfileRepo(spec());
    const text = (await cli('scan', repo.dir, '--base-ref', 'main', '--format', 'text')).stdout;
    const lines = text.split('\n');
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^Profile changes against main \(\d+\): \d+ loosen the policy, NOT APPROVED/);
    expect(lines[3]).toMatch(/^ {2}LOOSENS {3}waivers {4}adds a waiver for /);
    expect(text.indexOf('Profile changes')).toBeLessThan(text.indexOf('Server'));

    const md = (await cli('scan', repo.dir, '--base-ref', 'main', '--format', 'markdown')).stdout;
    const heading = md.indexOf('#### Profile changes in this pull request');
    expect(heading).toBeGreaterThan(0);
    expect(md.slice(0, heading).trim()).toBe('### ❌ MCP risk gate: failed');
    expect(md).toContain('loosen the policy and are not approved');
  });

  it('passes with --allow-profile-changes: the branch profile applies', async () => {
    const { code, report } = await scan(spec(), '--base-ref', 'main', '--allow-profile-changes');
    expect(report.profileChanges!.approval).toMatchObject({ state: 'approved', by: '--allow-profile-changes' });
    expect(report.profileChanges!.applied).toBe('head');
    for (const id of POISON_IDS) expect(report.findings.find((f) => f.id === id)?.waived, id).toBeDefined();
    expect(code).toBe(0);
  });

  it('--allow-profile-changes needs --base-ref', async () => {
    const r = await cli('scan', '.', '--allow-profile-changes');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--allow-profile-changes approves profile changes against --base-ref');
  });
});

describe('other ways a branch loosens its profile', () => {
  it('re-scoring its own poisoning findings through findings[].cvss does not apply and fails', async () => {
    const findings = POISON_IDS.map((id) => ({ id, cvss: LOW, mitigation: 'strong' as const, rationale: 'Only our own model reads this.' }));
    const alone = await scan({ head: { ...BASE_PROFILE, findings, policy: { ...BASE_PROFILE.policy, 'fail-on-missing': 'none' } } });
    expect(alone.code).toBe(0);

    const { code, report } = await scan({ head: { ...BASE_PROFILE, findings, policy: { ...BASE_PROFILE.policy, 'fail-on-missing': 'none' } } }, '--base-ref', 'main');
    expect(code).toBe(1);
    for (const id of POISON_IDS) {
      const f = report.findings.find((x) => x.id === id)!;
      expect(f.cvss.vector).not.toBe(LOW);
      expect(f.aivss).toBeGreaterThanOrEqual(7);
    }
    expect(report.profileChanges!.changes.map((c) => `${c.area}:${c.subject}:${c.effect}`)).toEqual([
      'policy:fail-on-missing:loosens',
      ...POISON_IDS.map((id) => `findings:${id}:loosens`).sort(),
    ]);
  });

  it('raising fail-on-score, turning on warn-only or lowering a factor does not apply and fails', async () => {
    const { code, report } = await scan(
      { head: { ...BASE_PROFILE, policy: { 'fail-on-score': 10, 'warn-only': true }, factors: { externalToolControlSurface: { value: 0, rationale: 'Tools are reviewed by hand.' } } } },
      '--base-ref',
      'main',
    );
    expect(code).toBe(1);
    expect(report.decision.result).toBe('fail');
    expect(report.decision.reasons.some((r) => r.startsWith('Risk score') && r.includes('fail-on-score 7.0'))).toBe(true);
    expect(report.factors.find((f) => f.id === 'externalToolControlSurface')?.overridden).toBe(false);
    expect(report.profileChanges!.changes.filter((c) => c.effect === 'loosens').map((c) => c.subject)).toEqual(['fail-on-score', 'warn-only', 'externalToolControlSurface']);
  });

  it('a branch that deletes the profile gets the defaults where they are stricter, and its removed waivers stop applying', async () => {
    const { report } = await scan({ head: null, poison: false }, '--base-ref', 'main');
    expect(report.profileChanges!.headProfile).toBeNull();
    expect(report.profileChanges!.approval.state).toBe('not-needed');
    expect(report.findings.find((f) => f.id === 'MAE-L5-04')?.waived).toBeUndefined();
  });
});

describe('tightening applies at once', () => {
  it('a lowered threshold and a removed waiver apply without approval', async () => {
    const { code, report } = await scan({ head: { version: 1, approvals: BASE_PROFILE.approvals!, policy: { 'fail-on-score': 2 } }, poison: false }, '--base-ref', 'main');
    const pc = report.profileChanges!;
    expect(pc.approval.state).toBe('not-needed');
    expect(pc.changes.map((c) => `${c.area}:${c.subject}:${c.effect}`)).toEqual(['waivers:MAE-L5-04:tightens', 'policy:fail-on-score:tightens']);
    expect(report.findings.find((f) => f.id === 'MAE-L5-04')?.waived).toBeUndefined();
    expect(report.decision.reasons[0]).toMatch(/at or above fail-on-score 2\.0/);
    expect(code).toBe(1);
  });

  it('an unchanged profile reports no changes and the same result as before', async () => {
    const { code, report } = await scan({ head: BASE_PROFILE, poison: false }, '--base-ref', 'main');
    expect(report.profileChanges).toMatchObject({ changes: [], approval: { state: 'not-needed' } });
    expect(code).toBe(0);
  });
});
