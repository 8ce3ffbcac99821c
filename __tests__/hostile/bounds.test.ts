/**
 * Issue 13 item 6: total size bounds. Big inputs are generated in a temp folder at test time and
 * the gate runs as a child process (dist/cli.js), so its peak memory can be measured and an
 * out-of-memory crash cannot take the test worker with it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { introspect, IntrospectionError } from '../../src/introspect/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const MIB = 1024 * 1024;
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function scratch(): string {
  const d = mkdtempSync(join(tmpdir(), 'mrg-bounds-'));
  made.push(d);
  return d;
}

interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size of the gate, in bytes. */
  peakRss: number;
  /** Time from the gate's start to its exit, start-up included. */
  uptimeMs: number;
}

/**
 * Runs the CLI with a preload that records its own peak RSS at exit. The heap is capped a little
 * above the bound asserted, so a regression ends in a quick OOM instead of eating the machine.
 */
function measureCli(args: string[], opts: { timeoutMs?: number } = {}): Measured {
  const dir = scratch();
  const preload = join(dir, 'peak.cjs');
  const peakFile = join(dir, 'peak.json');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(peakFile)}, JSON.stringify({ rss: process.resourceUsage().maxRSS * 1024, up: process.uptime() * 1000 })));\n`,
  );
  const r = spawnSync(process.execPath, ['--max-old-space-size=1536', '--require', preload, CLI, ...args], {
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 120_000,
    maxBuffer: 256 * MIB,
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir },
  });
  let peak = { rss: Number.NaN, up: Number.NaN };
  try {
    peak = JSON.parse(readFileSync(peakFile, 'utf8')) as typeof peak;
  } catch {
    // No exit handler ran: killed by the timeout or by an out-of-memory abort.
  }
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', peakRss: peak.rss, uptimeMs: peak.up };
}

const NO_STACK = /^\s+at .+/m;

/** A tool object whose text is about `bytes` long. */
function bigTool(name: string, bytes: number): string {
  return JSON.stringify({ name, description: 'x'.repeat(bytes), inputSchema: { type: 'object' } });
}

describe('total size bounds (issue 13, item 6)', () => {
  it('1,000 tools of 1 MB each end with a clear error under 1 GB peak memory', () => {
    const dir = scratch();
    const repo = join(dir, 'repo');
    const tools = join(repo, 'snaps');
    mkdirSync(tools, { recursive: true });
    for (let i = 0; i < 1000; i++) writeFileSync(join(tools, `tool_${String(i).padStart(4, '0')}.json`), bigTool(`tool_${i}`, MIB));
    const r = measureCli(['scan', repo, '--tools', 'snaps', '--format', 'json']);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(r.code).toBe(2);
    expect(r.peakRss).toBeLessThan(1024 * MIB);
    expect(r.stderr).toMatch(/total input limit/);
    const report = JSON.parse(r.stdout) as { errors: { path: string; message: string }[] };
    // The report says what was skipped: the files over the total budget, and tools over the per-tool bound.
    expect(report.errors.some((e) => /not read: the total input limit/.test(e.message))).toBe(true);
    expect(report.errors.some((e) => /text per tool/.test(e.message))).toBe(true);
    console.info(`1,000 tools of 1 MB: peak RSS ${(r.peakRss / MIB).toFixed(0)} MiB, ${r.uptimeMs.toFixed(0)} ms`);
  });

  it('400 hard links to one 9.5 MB dump end with a clear error under 1 GB peak memory', () => {
    const dir = scratch();
    const repo = join(dir, 'repo');
    mkdirSync(repo);
    // ~9.5 MB of ordinary tools: the size is the attack, not any single tool.
    const tool = (i: number): string => JSON.stringify({ name: `tool_${i}`, description: `Reads record ${i}. ${'lorem ipsum '.repeat(80)}`, inputSchema: { type: 'object' } });
    const parts: string[] = [];
    let size = 2;
    for (let i = 0; size < 9.5 * 1000 * 1000; i++) {
      const t = tool(i);
      parts.push(t);
      size += t.length + 1;
    }
    const dump = join(dir, 'dump.json');
    writeFileSync(dump, `[${parts.join(',')}]`);
    for (let i = 0; i < 400; i++) {
      mkdirSync(join(repo, `d${i}`));
      linkSync(dump, join(repo, `d${i}`, 'tools.json'));
    }
    const r = measureCli(['scan', repo, '--format', 'json']);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(r.code).toBe(2);
    expect(r.peakRss).toBeLessThan(1024 * MIB);
    expect(r.stderr).toMatch(/total input limit/);
    const report = JSON.parse(r.stdout) as { errors: { path: string; message: string }[] };
    expect(report.errors.filter((e) => /not read: the total input limit/.test(e.message)).length).toBeGreaterThan(390);
    // The three dumps read hold ~28,000 tools: the ones past the per-scan bound are named too.
    expect(report.errors.some((e) => /tool\(s\) beyond the limit of 20000 tools per scan were not analysed/.test(e.message))).toBe(true);
    console.info(`400 links to a 9.5 MB dump: peak RSS ${(r.peakRss / MIB).toFixed(0)} MiB, ${r.uptimeMs.toFixed(0)} ms`);
  });

  it('the base commit is read under the same total bound (git stores the copies once, each path is parsed)', () => {
    const dir = scratch();
    const repo = join(dir, 'repo');
    mkdirSync(repo);
    const dump = join(dir, 'dump.json');
    const tool = JSON.stringify({ name: 'get_x', description: `Reads x. ${'lorem ipsum '.repeat(80)}`, inputSchema: { type: 'object' } });
    writeFileSync(dump, `[${Array(9500).fill(tool).join(',').replace(/get_x/g, () => `get_${Math.random().toString(36).slice(2)}`)}]`);
    for (let i = 0; i < 40; i++) {
      mkdirSync(join(repo, `d${i}`));
      linkSync(dump, join(repo, `d${i}`, 'tools.json'));
    }
    const git = (...args: string[]): void => void expect(spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo }).status).toBe(0);
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'dumps');
    const r = measureCli(['scan', repo, '--base-ref', 'HEAD', '--format', 'json']);
    expect(r.stderr).not.toMatch(NO_STACK);
    expect(r.code).toBe(2);
    expect(r.peakRss).toBeLessThan(1024 * MIB);
    const report = JSON.parse(r.stdout) as { notices: { message: string }[] };
    expect(report.notices.filter((n) => /^at base HEAD: not read: the total input limit/.test(n.message)).length).toBeGreaterThan(30);
  });

  for (const flag of ['--manifest', '--tools', '--config']) {
    it(`${flag} /dev/zero is refused in under a second`, () => {
      const repo = scratch();
      const r = measureCli(['scan', repo, flag, '/dev/zero', '--format', 'json'], { timeoutMs: 20_000 });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/\/dev\/zero.*not a regular file \(character device\)/);
      expect(r.stderr).not.toMatch(NO_STACK);
      expect(r.uptimeMs).toBeLessThan(1000);
    });
  }

  it('a FIFO given by flag is refused at once, and one found by discovery is reported', () => {
    const repo = scratch();
    const fifo = join(repo, 'pipe.json');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const byFlag = measureCli(['scan', repo, '--manifest', 'pipe.json', '--format', 'json'], { timeoutMs: 20_000 });
    expect(byFlag.code).toBe(2);
    expect(byFlag.stderr).toMatch(/pipe\.json.*not a regular file \(FIFO\)/);

    const found = scratch();
    mkdirSync(join(found, 'sub'));
    expect(spawnSync('mkfifo', [join(found, 'sub', 'server.json')]).status).toBe(0);
    const r = measureCli(['scan', found, '--format', 'json'], { timeoutMs: 20_000 });
    const report = JSON.parse(r.stdout) as { errors: { path: string; message: string }[] };
    expect(report.errors).toContainEqual(expect.objectContaining({ path: 'sub/server.json', message: expect.stringMatching(/not a regular file \(FIFO\)/) }));
    expect(r.code).toBe(2);
  });
});

describe('the HTTP introspection body is read as a stream under its cap', () => {
  let server: Server | undefined;
  afterAll(() => server?.close());

  it('a 1 GiB response (streamed, not allocated) is cut at the 16 MiB cap', async () => {
    let written = 0;
    let closedEarly = false;
    server = createServer((req, res) => {
      req.resume();
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      res.write('{"jsonrpc":"2.0","id":0,"result":{"pad":"');
      const pump = (): void => {
        while (written < 1024 * MIB) {
          written += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end('"}}');
      };
      res.on('close', () => (closedEarly = written < 1024 * MIB));
      pump();
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const err = await introspect({ target: { kind: 'http', url: `http://127.0.0.1:${port}/mcp` }, timeoutMs: 60_000 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(IntrospectionError);
    expect((err as IntrospectionError).code).toBe('limit');
    expect((err as IntrospectionError).message).toMatch(/more than 16777216 bytes/);
    await new Promise((r) => setTimeout(r, 100));
    expect(closedEarly).toBe(true);
    // The cap plus what sat in socket buffers: far from the gigabyte on offer.
    expect(written).toBeLessThan(64 * MIB);
    console.info(`1 GiB HTTP body: the server wrote ${(written / MIB).toFixed(1)} MiB before the gate hung up`);
  });
});
