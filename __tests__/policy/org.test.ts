import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-repo.js';
import { mergeOrgPolicy, screenWaivers, type OrgPolicy } from '../../src/policy/org.js';
import { parseOrgPolicy } from '../../src/policy/org-file.js';

const READONLY = fileURLToPath(new URL('../../fixtures/e2e/readonly-server', import.meta.url));

/** The read-only fixture (score 2.8, passes) with a profile and an org policy beside it. */
function setup(profile: string, org: string): { repo: string; orgFile: string } {
  const root = tempDir();
  const repo = join(root, 'repo');
  cpSync(READONLY, repo, { recursive: true });
  if (profile !== '') writeFileSync(join(repo, '.mcp-risk.yml'), profile);
  const orgFile = join(root, 'org-policy.yml');
  writeFileSync(orgFile, org);
  return { repo, orgFile };
}

const ORG = 'version: 1\npolicy:\n  fail-on-score: 7.0\n  fail-on-missing: required\n  warn-only: false\n';

describe('organisation policy precedence (pure)', () => {
  const org: OrgPolicy = { version: 1, policy: { 'fail-on-score': 7, 'fail-on-missing': 'required', 'warn-only': false, 'require-lock': true } };
  it.each([
    ['a lower fail-on-score tightens', { 'fail-on-score': 5 }, {}, { 'fail-on-score': 5 }, 0],
    ['a higher fail-on-score loosens', { 'fail-on-score': 9 }, {}, { 'fail-on-score': 7 }, 1],
    ['recommended is stricter than required', { 'fail-on-missing': 'recommended' as const }, {}, { 'fail-on-missing': 'recommended' }, 0],
    ['none is looser than required', { 'fail-on-missing': 'none' as const }, {}, { 'fail-on-missing': 'required' }, 1],
    ['warn-only loosens', { 'warn-only': true }, {}, { 'warn-only': false }, 1],
    ['turning require-lock off loosens', { 'require-lock': false }, {}, { 'require-lock': true }, 1],
    ['a posture gate tightens an unset one', { 'fail-on-posture': 6 }, {}, { 'fail-on-posture': 6 }, 0],
    ['an input loosening is refused too', {}, { failOnScore: 9.5 }, { 'fail-on-score': 7 }, 1],
  ])('%s', (_name, repo, inputs, want, errors) => {
    const merged = mergeOrgPolicy(org, 'org.yml', repo, inputs, '.mcp-risk.yml');
    expect(merged.config).toMatchObject(want);
    expect(merged.errors).toHaveLength(errors);
    if (errors > 0) expect(merged.errors[0]!.message).toMatch(/looser than the organisation policy/);
  });

  it('lets a repository loosen what the org lists under allow-loosening', () => {
    const merged = mergeOrgPolicy({ ...org, 'allow-loosening': ['fail-on-score'] }, 'org.yml', { 'fail-on-score': 9 }, {}, '.mcp-risk.yml');
    expect(merged.errors).toEqual([]);
    expect(merged.config['fail-on-score']).toBe(9);
  });

  it('applies only waivers the org co-signs', () => {
    const w = (owner?: string, expires = '2027-01-01') => ({ id: 'MAE-L5-04', justification: 'runbook lives in the wiki', expires, ...(owner && { owner }) });
    const screened = screenWaivers({ version: 1, waivers: { 'allowed-owners': ['security-team'], 'max-days': 90 } }, 'org.yml', [w('security-team'), w('dev'), w(), w('security-team', '2028-01-01')], '2026-11-30', '.mcp-risk.yml');
    expect(screened.kept).toHaveLength(1);
    expect(screened.notices.map((n) => n.message)).toEqual([
      expect.stringMatching(/owned by security-team .* its owner is dev/),
      expect.stringMatching(/its owner is not set/),
      expect.stringMatching(/beyond the organisation's 90-day limit/),
    ]);
  });

  it('validates the org policy file against its schema, naming the line', () => {
    const bad = parseOrgPolicy('org.yml', 'version: 1\npolicy:\n  fail-on-score: high\n');
    expect(bad).toMatchObject({ errors: [{ path: 'org.yml', line: 3 }] });
    expect(parseOrgPolicy('org.yml', 'version: 1\nallow-loosening: [comment]\n')).toHaveProperty('errors');
  });
});

describe('organisation policy through the CLI', () => {
  it('a repository may tighten the org policy', async () => {
    const { repo, orgFile } = setup('version: 1\npolicy:\n  fail-on-score: 2.0\n', ORG);
    const run = await cli('scan', repo, '--org-policy', orgFile, '--format', 'json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).decision.reasons[0]).toMatch(/at or above fail-on-score 2\.0/);
  });

  it('a repository may not loosen it: a clear input error naming both files', async () => {
    const { repo, orgFile } = setup('version: 1\npolicy:\n  fail-on-score: 9.5\n', ORG);
    const run = await cli('scan', repo, '--org-policy', orgFile, '--format', 'json');
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as { decision: { result: string }; errors: { path: string; message: string; hint: string }[] };
    expect(report.decision.result).toBe('error');
    expect(report.errors[0]).toMatchObject({ path: '.mcp-risk.yml', message: expect.stringMatching(/policy fail-on-score: 9\.5 is looser than the organisation policy's fail-on-score: 7/) });
    expect(report.errors[0]!.hint).toMatch(/allow-loosening/);
    expect(run.stderr).toMatch(/looser than the organisation policy/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('nor may a flag loosen it', async () => {
    const { repo, orgFile } = setup('', ORG);
    const run = await cli('scan', repo, '--org-policy', orgFile, '--fail-on-missing', 'none', '--format', 'json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/input fail-on-missing: none is looser/);
  });

  it('unless the org allows loosening that key', async () => {
    const { repo, orgFile } = setup('version: 1\npolicy:\n  fail-on-score: 9.5\n', `${ORG}allow-loosening: [fail-on-score]\n`);
    const run = await cli('scan', repo, '--org-policy', orgFile, '--format', 'json');
    expect(run.code).toBe(0);
  });

  it('a broken org policy is a usage error naming the file and line', async () => {
    const { repo, orgFile } = setup('', 'version: 1\npolicy:\n  fail-on-scor: 7\n');
    const run = await cli('scan', repo, '--org-policy', orgFile);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/org-policy\.yml:3: unknown field "fail-on-scor"/);
  });

  it('applies to every repository of a batch: a loosening repository is an error line, the others are decided', async () => {
    const { repo, orgFile } = setup('version: 1\npolicy:\n  fail-on-score: 9.5\n', ORG);
    const run = await cli('batch', repo, READONLY, '--org-policy', orgFile, '--jobs', '1');
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; index: number; decision: string; errors: { message: string }[] });
    const [loose, plain] = lines.filter((l) => l.type === 'repository').sort((a, b) => a.index - b.index);
    expect(loose).toMatchObject({ decision: 'error', errors: [{ message: expect.stringMatching(/looser than the organisation policy/) }] });
    expect(plain!.decision).toBe('pass');
    expect(run.code).toBe(2);
  });
});
