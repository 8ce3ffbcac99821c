/**
 * A run with input errors is never a "pass": the decision is `error` in every output the CLI
 * writes (JSON, Markdown, terminal text, SARIF, the batch line), and the exit code is 2. The
 * repository otherwise passes the default gate (fixtures/e2e/readonly-server), so only the
 * broken file can make the difference.
 */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-repo.js';

const PASSING = fileURLToPath(new URL('../../fixtures/e2e/readonly-server', import.meta.url));

/** The passing fixture plus a manifest that does not parse. */
function brokenRepo(): string {
  const dir = join(tempDir(), 'repo');
  cpSync(PASSING, dir, { recursive: true });
  writeFileSync(join(dir, 'smithery.yaml'), 'startCommand:\n  type: stdio\n  commandFunction: [unclosed\n');
  return dir;
}

describe('input errors make the decision "error" in every output', () => {
  it('the passing fixture passes without the broken file', async () => {
    const run = await cli('scan', PASSING, '--format', 'json');
    expect((JSON.parse(run.stdout) as { decision: { result: string } }).decision.result).toBe('pass');
  });

  it('JSON report', async () => {
    const run = await cli('scan', brokenRepo(), '--format', 'json');
    expect(run.code).toBe(2);
    const r = JSON.parse(run.stdout) as { decision: { result: string; reasons: string[] }; errors: { path: string }[] };
    expect(r.errors.map((e) => e.path)).toEqual(['smithery.yaml']);
    expect(r.decision.result).toBe('error');
    expect(r.decision.reasons[0]).toMatch(/^1 input error: .*smithery\.yaml/);
  });

  it('Markdown (comment and summary share the renderer)', async () => {
    const run = await cli('scan', brokenRepo(), '--format', 'markdown');
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^### ⛔ MCP risk gate: input error/m);
    expect(run.stdout).not.toMatch(/passed/);
  });

  it('terminal text', async () => {
    const run = await cli('scan', brokenRepo(), '--format', 'text');
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/Decision {2}ERROR/);
    expect(run.stdout).not.toMatch(/Decision {2}PASS/);
  });

  it('SARIF run properties, and an unsuccessful invocation naming the file', async () => {
    const run = await cli('scan', brokenRepo(), '--format', 'sarif');
    expect(run.code).toBe(2);
    const log = JSON.parse(run.stdout) as {
      runs: { properties: { decision: string }; invocations?: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[];
    };
    expect(log.runs[0]!.properties.decision).toBe('error');
    expect(log.runs[0]!.invocations?.[0]?.executionSuccessful).toBe(false);
    expect(log.runs[0]!.invocations?.[0]?.toolExecutionNotifications[0]?.message.text).toMatch(/smithery\.yaml/);
  });

  it('the batch line', async () => {
    const run = await cli('batch', brokenRepo(), PASSING);
    expect(run.code).toBe(2);
    // Lines come in completion order; `index` is the input order.
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; index: number; decision: string });
    const [bad, good] = lines.filter((l) => l.type === 'repository').sort((a, b) => a.index - b.index);
    expect(bad!.decision).toBe('error');
    expect(good!.decision).toBe('pass');
  });

  it('warn-only does not turn an input error into a warning', async () => {
    const run = await cli('scan', brokenRepo(), '--format', 'json', '--warn-only');
    expect(run.code).toBe(2);
    expect((JSON.parse(run.stdout) as { decision: { result: string } }).decision.result).toBe('error');
  });
});

describe('an unusable repository folder is an input error, not a notice', () => {
  interface Report {
    decision: { result: string; reasons: string[] };
    errors: { path: string; message: string; hint?: string }[];
    findings?: unknown[];
    score?: number;
  }

  it('a folder that does not exist: exit 2, decision error, nothing evaluated', async () => {
    const run = await cli('scan', join(tempDir(), 'nope'), '--format', 'json');
    expect(run.code).toBe(2);
    const r = JSON.parse(run.stdout) as Report;
    expect(r.decision.result).toBe('error');
    expect(r.errors[0]!.message).toMatch(/repository folder not found: .*nope/);
    // Nothing was read, so nothing is scored: a score here would describe an empty folder.
    expect(r.findings).toBeUndefined();
    expect(r.score).toBeUndefined();
    expect(run.stderr).toMatch(/repository folder not found/);
  });

  it('a path that is a file: exit 2, decision error, and the hint says what to pass instead', async () => {
    const run = await cli('scan', join(PASSING, 'server.json'), '--format', 'json');
    expect(run.code).toBe(2);
    const r = JSON.parse(run.stdout) as Report;
    expect(r.decision.result).toBe('error');
    expect(r.errors[0]!.message).toMatch(/server\.json is a file, not a folder/);
    expect(r.errors[0]!.hint).toMatch(/--manifest/);
  });

  // Root reads every folder whatever its mode: the unreadable case then runs the built CLI as nobody.
  const asRoot = process.getuid?.() === 0;
  it('a folder that cannot be read (mode 000): exit 2 and decision error, also under a lenient policy', async () => {
    const parent = tempDir();
    chmodSync(parent, 0o755);
    const dir = join(parent, 'repo');
    cpSync(PASSING, dir, { recursive: true });
    chmodSync(dir, 0o000);
    try {
      const args = ['scan', dir, '--format', 'json', '--fail-on-score', '10', '--fail-on-missing', 'none'];
      const run = asRoot ? await cliAs(65534, args) : await cli(...args);
      expect(run.code).toBe(2);
      const r = JSON.parse(run.stdout) as Report;
      expect(r.decision.result).toBe('error');
      expect(r.errors[0]!.message).toMatch(/repository folder .*repo cannot be read/);
      expect(r.errors[0]!.hint).toMatch(/readable/);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});

/** The built CLI (dist/cli.js) in a child process running as `uid`. */
async function cliAs(uid: number, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('../../dist/cli.js', import.meta.url)), ...args], {
    uid,
    gid: uid,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: '/tmp' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  return { code, stdout, stderr };
}
