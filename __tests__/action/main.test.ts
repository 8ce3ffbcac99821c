import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScanResult } from '../../src/model/result.js';
import { COMMENT_MARKER } from '../../src/report/markdown.js';
import { FakeGitHubApi, startFakeGitHubApi } from '../helpers/github-api-server.js';
import { control, finding, scoredResult } from '../policy/fixtures.js';

// The scan itself is the lead's; here it returns a fixed result so the adapter is what is tested.
const scanned: { result: ScanResult; exitCode: 0 | 2 } = { result: scoredResult([]), exitCode: 0 };
vi.mock('../../src/scan.js', () => ({ scanRepository: vi.fn(async () => scanned) }));

const sha = 'c'.repeat(40);
let api: FakeGitHubApi;
let dir: string;
let run: () => Promise<void>;
let context: typeof import('@actions/github').context;

function outputs(): Record<string, string> {
  const text = readFileSync(process.env['GITHUB_OUTPUT']!, 'utf8');
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

function setInputs(map: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [k, v] of Object.entries(map)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}

beforeAll(async () => {
  api = await startFakeGitHubApi();
  dir = mkdtempSync(join(tmpdir(), 'mrg-action-'));
  Object.assign(process.env, {
    GITHUB_API_URL: api.url,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SHA: sha,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
  });
  ({ context } = await import('@actions/github'));
  ({ run } = await import('../../src/action/main.js'));
});

beforeEach(() => {
  // Fixed paths emptied per test: @actions/core caches the summary path after its first write.
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) {
    const file = join(dir, name);
    writeFileSync(file, '');
    process.env[name] = file;
  }
  context.eventName = 'pull_request';
  context.payload = { pull_request: { number: 7, head: { sha } } };
  scanned.result = scoredResult([finding('MAE-L3-02:delete_flag', 8.9)], [control('MAE-L3-02', 'missing')]);
  scanned.exitCode = 0;
  setInputs({ path: dir, 'github-token': 'tok' });
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

afterAll(async () => {
  await api.stop();
});

describe('Action run (gate mode)', () => {
  it('fails the step, writes outputs, SARIF, summary, and one sticky comment kept across re-runs', async () => {
    await run();
    expect(process.exitCode).toBe(1);
    const out = outputs();
    expect(out).toMatchObject({ decision: 'fail', score: '8.9', severity: 'High', 'missing-controls': '1', findings: '1' });
    expect(existsSync(out['sarif']!)).toBe(true);
    expect(JSON.parse(readFileSync(out['report-json']!, 'utf8'))).toMatchObject({ format: 'mcp-risk-gate/report', headSha: sha, pullRequest: 7 });
    expect(readFileSync(process.env['GITHUB_STEP_SUMMARY']!, 'utf8')).toContain('MCP risk gate: failed');
    expect(api.commentsOn(7)).toHaveLength(1);
    expect(api.commentsOn(7)[0]!.body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(out['comment-id']).toBe(String(api.commentsOn(7)[0]!.id));

    process.exitCode = undefined;
    scanned.result = scoredResult([finding('MAE-L5-01', 3)]);
    await run();
    expect(process.exitCode).toBeUndefined();
    expect(api.commentsOn(7)).toHaveLength(1);
    expect(api.commentsOn(7)[0]!.body).toContain('Fixed since last run');
    expect(api.commentsOn(7)[0]!.minimized).toBe(true);
  });

  it('warns instead of failing under warn-only', async () => {
    setInputs({ path: dir, 'github-token': 'tok', 'warn-only': 'true', comment: 'never' });
    await run();
    expect(process.exitCode).toBeUndefined();
    expect(outputs()['decision']).toBe('warn');
  });

  it('fails with a message naming a bad input, and still writes a summary', async () => {
    setInputs({ path: dir, 'fail-on-score': 'high' });
    await run();
    expect(process.exitCode).toBe(1);
    expect(readFileSync(process.env['GITHUB_STEP_SUMMARY']!, 'utf8')).toContain('fail-on-score');
  });

  it('applies the org-policy input: a loosening input is refused with a clear error', async () => {
    const org = join(dir, 'org-policy.yml');
    writeFileSync(org, 'version: 1\npolicy:\n  fail-on-score: 7.0\n');
    setInputs({ path: dir, 'github-token': 'tok', 'org-policy': org, 'fail-on-score': '9.5', comment: 'never' });
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (writes.push(String(chunk)), true));
    await run();
    expect(process.exitCode).toBe(1);
    expect(outputs()['decision']).toBe('error');
    expect(writes.join('')).toMatch(/input fail-on-score: 9\.5 is looser than the organisation policy's fail-on-score: 7/);
  });

  it('names the org-policy input when its file is broken', async () => {
    const org = join(dir, 'org-policy.yml');
    writeFileSync(org, 'version: 1\npolicy:\n  fail-on-score: high\n');
    setInputs({ path: dir, 'github-token': 'tok', 'org-policy': org });
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (writes.push(String(chunk)), true));
    await run();
    expect(process.exitCode).toBe(1);
    expect(writes.join('')).toMatch(/Input error in "org-policy": .*org-policy\.yml:3/);
  });

  it('fails on input errors from the scan (exit 2) with what to fix', async () => {
    scanned.result = scoredResult([], [], { errors: [{ path: 'server.json', line: 3, message: 'Unexpected token', hint: 'remove the trailing comma' }] });
    scanned.exitCode = 2;
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (writes.push(String(chunk)), true));
    await run();
    expect(process.exitCode).toBe(1);
    expect(writes.join('')).toMatch(/::error::Input errors \(1\).*server\.json:3: Unexpected token \(remove the trailing comma\)/s);
  });

  it('treats a 403 on commenting as a warning, not a failure', async () => {
    scanned.result = scoredResult([finding('A', 2)]);
    setInputs({ path: dir, 'github-token': 'tok', comment: 'always' });
    api.fail({ method: 'GET', path: /\/issues\/8\/comments$/, status: 403, body: { message: 'Resource not accessible by integration' } });
    context.payload = { pull_request: { number: 8, head: { sha } } };
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (writes.push(String(chunk)), true));
    await run();
    expect(process.exitCode).toBeUndefined();
    expect(writes.join('')).toContain('::warning::Could not comment on o/r#8');
    expect(writes.join('')).toContain('pull-requests: write');
  });
});

describe('Action run (report mode)', () => {
  function writeArtifact(headSha: string): string {
    const result = scoredResult([finding('MAE-L3-02:x', 9.1, { message: 'ping @octocat <img src=x>' })]);
    const file = join(dir, `artifact-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify({ format: 'mcp-risk-gate/report', formatVersion: 1, headSha, pullRequest: 9, result }));
    return file;
  }

  beforeEach(() => {
    context.eventName = 'workflow_run';
    context.payload = { workflow_run: { head_sha: sha, pull_requests: [] } };
    api.pulls.set('o/r#9', { number: 9, headSha: sha });
  });

  it('validates the artifact, checks the PR head and comments with escaped content', async () => {
    setInputs({ path: writeArtifact(sha), mode: 'report', 'github-token': 'tok' });
    await run();
    expect(api.commentsOn(9)).toHaveLength(1);
    const body = api.commentsOn(9)[0]!.body;
    expect(body).not.toContain('<img');
    expect(body).not.toMatch(/@octocat/);
    expect(outputs()['decision']).toBe('fail');
  });

  it('refuses an artifact for another commit and comments nothing', async () => {
    setInputs({ path: writeArtifact('d'.repeat(40)), mode: 'report', 'github-token': 'tok' });
    const before = api.commentsOn(9).length;
    await run();
    expect(process.exitCode).toBe(1);
    expect(api.commentsOn(9)).toHaveLength(before);
  });

  it('does not comment a stale report when the PR has moved on', async () => {
    api.pulls.set('o/r#9', { number: 9, headSha: 'e'.repeat(40) });
    setInputs({ path: writeArtifact(sha), mode: 'report', 'github-token': 'tok', comment: 'always' });
    const before = api.commentsOn(9).length;
    await run();
    expect(api.commentsOn(9)).toHaveLength(before);
  });
});
