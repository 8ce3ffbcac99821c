/**
 * Issue 13 item 9: every failure path ends promptly with a clear message and never a stack
 * trace; hints name only options that exist. Runs the bundled CLI and Action (dist/) as a user
 * or a runner would.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { introspect, IntrospectionError, type IntrospectOptions } from '../../src/introspect/index.js';
import { USAGE } from '../../src/cli/args.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const ACTION = join(ROOT, 'dist', 'index.js');
const SERVERS = join(ROOT, 'fixtures', 'servers');
const EXAMPLE = join(ROOT, 'examples', 'feature-flags-server');
/** A V8 stack frame as Node prints it: indented "at". */
const STACK_FRAME = /^\s+at\s/m;

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
function scratch(): string {
  const d = mkdtempSync(join(tmpdir(), 'mrg-fail-'));
  made.push(d);
  return d;
}

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function run(entry: string, args: string[], opts: { env?: Record<string, string>; stdoutFd?: number; cwd?: string } = {}): Promise<Ran> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: process.env['HOME'] ?? '/tmp', ...opts.env },
      stdio: ['ignore', opts.stdoutFd ?? 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

const cli = (args: string[], opts?: Parameters<typeof run>[2]): Promise<Ran> => run(CLI, args, opts);

function actionEnv(dir: string, event: string, inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
  };
  writeFileSync(env['GITHUB_OUTPUT']!, '');
  writeFileSync(env['GITHUB_STEP_SUMMARY']!, '');
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

describe('failure paths end promptly and without a stack trace', () => {
  it('a malformed introspect-url fails at once and the process exits promptly', async () => {
    const r = await cli(['scan', EXAMPLE, '--format', 'json', '--introspect-url', 'http://[bad']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not a URL/);
    // It waited for the 30 s introspection timer before: coarse bound, far from it.
    expect(r.ms).toBeLessThan(10_000);
  });

  it('a full disk on stdout is a clear error (exit 2), not a stack trace', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = await cli(['scan', EXAMPLE, '--format', 'json'], { stdoutFd: fd });
      expect(r.stderr).not.toMatch(STACK_FRAME);
      expect(r.stderr).toMatch(/could not write the report to stdout: .*no space left on device/i);
      expect(r.code).toBe(2);
    } finally {
      closeSync(fd);
    }
  });

  it('a malformed GitHub event file is a clear Action error, not a stack trace', async () => {
    const dir = scratch();
    const event = join(dir, 'event.json');
    writeFileSync(event, '{bad');
    const r = await run(ACTION, [], { cwd: dir, env: actionEnv(dir, event, { path: EXAMPLE }) });
    expect(r.stdout + r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stdout).toMatch(/::error::.*event file .*is not valid JSON/);
    expect(r.code).toBe(1);
  });

  it('paginated introspection prints no MaxListenersExceededWarning', async () => {
    const r = await cli(['scan', EXAMPLE, '--format', 'json', '--introspect-command', `${process.execPath} ${join(SERVERS, 'many-pages.mjs')}`]);
    const report = JSON.parse(r.stdout) as { introspection?: { tools: number } };
    expect(report.introspection?.tools).toBe(30);
    expect(r.stderr).not.toMatch(/MaxListenersExceededWarning|Warning:/);
  });

  it('sweep: no failure path prints a stack frame on stdout or stderr', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'server.json'), '{ "name": ');
    mkdirSync(join(dir, 'empty'));
    const badEvent = join(dir, 'bad-event.json');
    writeFileSync(badEvent, '[1, 2');
    const fifo = join(dir, 'pipe.yaml');
    spawnSync('mkfifo', [fifo]);
    const full = openSync('/dev/full', 'w');
    const cases: [string, () => Promise<Ran>][] = [
      ['missing folder', () => cli(['scan', join(dir, 'nope')])],
      ['unknown flag', () => cli(['scan', '--bogus'])],
      ['bad number', () => cli(['scan', dir, '--fail-on-score', 'high'])],
      ['invalid JSON manifest', () => cli(['scan', dir, '--format', 'json'])],
      ['--manifest /dev/zero', () => cli(['scan', dir, '--manifest', '/dev/zero'])],
      ['--tools /dev/zero', () => cli(['scan', dir, '--tools', '/dev/zero'])],
      ['--config /dev/zero', () => cli(['scan', dir, '--config', '/dev/zero'])],
      ['--config FIFO', () => cli(['scan', dir, '--config', fifo])],
      ['missing --tools file', () => cli(['scan', dir, '--tools', 'nope.json'])],
      ['malformed introspect-url', () => cli(['scan', EXAMPLE, '--introspect-url', 'http://[bad'])],
      ['non-http introspect-url', () => cli(['scan', EXAMPLE, '--introspect-url', 'file:///etc/passwd'])],
      ['unreachable introspect-url', () => cli(['scan', EXAMPLE, '--introspect-url', 'http://127.0.0.1:9/mcp'])],
      ['missing introspect-command', () => cli(['scan', EXAMPLE, '--introspect-command', 'mrg-no-such-command'])],
      ['server exits at start', () => cli(['scan', EXAMPLE, '--introspect-command', `${process.execPath} ${join(SERVERS, 'exit-at-start.mjs')}`])],
      ['server speaks no MCP', () => cli(['scan', EXAMPLE, '--introspect-command', `${process.execPath} ${join(SERVERS, 'not-mcp.mjs')}`])],
      ['bad introspect-env', () => cli(['scan', EXAMPLE, '--introspect-command', 'true', '--introspect-env', '1BAD'])],
      ['unknown base ref', () => cli(['scan', EXAMPLE, '--base-ref', 'mrg-no-such-ref'])],
      ['--output in a missing folder', () => cli(['scan', EXAMPLE, '--output', join(dir, 'no', 'such', 'r.json')])],
      ['--output to /dev/full', () => cli(['scan', EXAMPLE, '--output', '/dev/full'])],
      ['stdout on /dev/full', () => cli(['scan', EXAMPLE, '--format', 'json'], { stdoutFd: full })],
      ['lock --check without tools', () => cli(['lock', join(dir, 'empty'), '--check'])],
      ['batch with a missing folder', () => cli(['batch', join(dir, 'nope')])],
      ['action: malformed event file', () => run(ACTION, [], { cwd: dir, env: actionEnv(dir, badEvent, { path: EXAMPLE }) })],
      ['action: bad input', () => run(ACTION, [], { cwd: dir, env: actionEnv(dir, join(dir, 'none.json'), { path: EXAMPLE, mode: 'bogus' }) })],
      ['action: /dev/zero manifest', () => run(ACTION, [], { cwd: dir, env: actionEnv(dir, join(dir, 'none.json'), { path: EXAMPLE, manifest: '/dev/zero' }) })],
    ];
    try {
      for (const [name, go] of cases) {
        const r = await go();
        expect.soft(`${name}: ${r.stdout}\n${r.stderr}`, name).not.toMatch(STACK_FRAME);
        expect.soft(r.code, name).not.toBe(0);
        expect.soft(r.stderr + r.stdout, name).not.toMatch(/internal error/);
      }
    } finally {
      closeSync(full);
    }
  }, 240_000);
});

describe('error hints name only options that exist', () => {
  async function failure(options: IntrospectOptions): Promise<IntrospectionError> {
    try {
      await introspect(options);
    } catch (err) {
      if (err instanceof IntrospectionError) return err;
      throw err;
    }
    throw new Error('introspection was expected to fail');
  }
  const node = (script: string): IntrospectOptions['target'] => ({ kind: 'stdio', command: process.execPath, args: [join(SERVERS, script)] });
  /** Every `--flag` and backticked `input` a hint names must be a CLI flag or an Action input. */
  function namesOnlyRealOptions(hint: string | undefined): void {
    expect(hint).toBeDefined();
    expect(hint).not.toMatch(/raise the (introspection timeout|byte limit)/i);
    for (const [flag] of hint!.matchAll(/--[a-z][a-z-]*/g)) expect(USAGE, flag).toContain(flag);
  }

  it('the timeout hint', async () => {
    const err = await failure({ target: node('hang-on-initialize.mjs'), timeoutMs: 800 });
    expect(err.code).toBe('timeout');
    namesOnlyRealOptions(err.hint);
    expect(err.hint).toMatch(/--tools/);
  });

  it('the size hint (stdio and HTTP transports)', async () => {
    const err = await failure({ target: node('well-behaved.mjs'), limits: { maxBytes: 200 } });
    expect(err.code).toBe('limit');
    namesOnlyRealOptions(err.hint);
    expect(err.hint).toMatch(/--tools/);
  });
});
