import { PassThrough } from 'node:stream';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPool, type Executor } from '../../src/batch/pool.js';
import { errorLine, Tally, type RepositoryLine } from '../../src/batch/line.js';
import { cli, cliWith } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp-repo.js';

const line = (index: number, dir: string): RepositoryLine => ({ ...errorLine(index, dir, 'x', 0), decision: 'pass', errors: [] });

/** An executor whose runs finish when the test says so (no timers, no timing assertions). */
function controlled() {
  const waiting = new Map<string, () => void>();
  let disposed = 0;
  let running = 0;
  let maxRunning = 0;
  const make = (): Executor => ({
    run: (index, dir) =>
      new Promise((resolve) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        if (dir.startsWith('hang')) return; // never settles
        waiting.set(dir, () => {
          running--;
          resolve(line(index, dir));
        });
      }),
    dispose: async () => void disposed++,
  });
  return { make, finish: (dir: string) => waiting.get(dir)?.(), has: (dir: string) => waiting.has(dir), stats: () => ({ disposed, maxRunning }) };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('the batch pool', () => {
  it('writes each line the moment its repository is done, in completion order', async () => {
    const c = controlled();
    const seen: string[] = [];
    const done = runPool(['slow', 'fast'], { jobs: 2, timeoutMs: 60_000, newExecutor: c.make, onLine: (l) => seen.push(l.dir) });
    await tick();
    c.finish('fast');
    await tick();
    expect(seen).toEqual(['fast']);
    c.finish('slow');
    await done;
    expect(seen).toEqual(['fast', 'slow']);
  });

  it('runs at most `jobs` repositories at once', async () => {
    const c = controlled();
    const dirs = Array.from({ length: 9 }, (_, i) => `r${i}`);
    const done = runPool(dirs, { jobs: 3, timeoutMs: 60_000, newExecutor: c.make, onLine: () => undefined });
    for (let round = 0; round < 20; round++) {
      await tick();
      for (const d of dirs) c.finish(d);
    }
    await done;
    expect(c.stats().maxRunning).toBe(3);
  });

  it('a repository over the time limit becomes an error line, its executor is replaced, the rest go on', async () => {
    const c = controlled();
    const lines: [RepositoryLine, boolean][] = [];
    const done = runPool(['hang-1', 'ok-1', 'ok-2'], { jobs: 1, timeoutMs: 20, newExecutor: c.make, onLine: (l, t) => lines.push([l, t]) });
    for (let i = 0; i < 200 && lines.length < 3; i++) {
      await new Promise((r) => setTimeout(r, 5));
      c.finish('ok-1');
      c.finish('ok-2');
    }
    await done;
    expect(lines.map(([l, t]) => [l.dir, l.decision, t])).toEqual([
      ['hang-1', 'error', true],
      ['ok-1', 'pass', false],
      ['ok-2', 'pass', false],
    ]);
    expect(lines[0]![0].errors[0]!.message).toMatch(/timed out after .* raise it with --timeout/);
    // The stuck executor and the last one are both disposed.
    expect(c.stats().disposed).toBe(2);
  });

  it('reads paths from an async source as they arrive', async () => {
    async function* paths() {
      yield 'a';
      await tick();
      yield 'b';
    }
    const seen: number[] = [];
    await runPool(paths(), { jobs: 2, timeoutMs: 60_000, newExecutor: () => ({ run: async (i, d) => line(i, d), dispose: async () => undefined }), onLine: (l) => seen.push(l.index) });
    expect(seen.sort()).toEqual([0, 1]);
  });

  it('tallies a summary and the exit code', () => {
    const t = new Tally();
    t.add(line(0, 'a'));
    t.add({ ...line(1, 'b'), decision: 'fail' });
    expect(t.exitCode()).toBe(1);
    t.add(errorLine(2, 'c', 'timed out', 1), true);
    expect(t.summary(2, 10)).toEqual({ type: 'summary', repositories: 3, pass: 1, fail: 1, warn: 0, error: 1, timedOut: 1, jobs: 2, ms: 10, exitCode: 2 });
  });
});

describe('mcp-risk-gate batch input and output', () => {
  const READONLY = 'fixtures/e2e/readonly-server';

  it('reads paths from a file (--from), skipping blanks and comments, and ends with a summary line', async () => {
    const list = join(tempDir(), 'repos.txt');
    writeFileSync(list, `# fleet\n${READONLY}\n\n${READONLY}\n`);
    const run = await cli('batch', '--from', list, '--jobs', '2');
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; repositories?: number });
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatchObject({ type: 'summary', repositories: 2, pass: 2, jobs: 2, exitCode: 0 });
    expect(run.code).toBe(0);
  });

  it('reads paths from standard input when no folder is given', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: false });
    stdin.end(`${READONLY}\n`);
    const run = await cliWith({ stdin }, 'batch', '--jobs', '1');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('shows progress on stderr only when it is a terminal, and redacts every line', async () => {
    const secretDir = join(tempDir(), 'ghp_abcdefghijklmnopqrstuvwxyz0123456789');
    const run = (stderrIsTTY: boolean) => cliWith({ stderrIsTTY }, 'batch', READONLY, secretDir, '--jobs', '1');
    const quiet = await run(false);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).not.toContain('ghp_abcdefghijklmnopqrstuvwxyz0123456789');
    const tty = await run(true);
    expect(tty.stderr).toMatch(/2 done: 0 fail, 0 warn, 1 error/);
  });

  it.runIf(process.platform === 'linux')('says so when --output fills the disk, without a stack trace', async () => {
    const run = await cli('batch', READONLY, '--output', '/dev/full');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/could not write the batch lines to \/dev\/full: no space left on device \(ENOSPC\)/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a --from file that does not exist, and flags that belong to batch elsewhere', async () => {
    expect((await cli('batch', '--from', join(tempDir(), 'none.txt'))).stderr).toMatch(/--from .*file not found/);
    expect((await cli('scan', '.', '--jobs', '2')).stderr).toMatch(/--jobs belongs to the batch command/);
    expect((await cli('batch', READONLY, '--jobs', '0')).stderr).toMatch(/--jobs must be a whole number from 1/);
  });
});
