/**
 * Issue 13 item 7: nothing the introspected server starts outlives the scan, not even a process
 * in its own session or one re-parented by a double fork; and where a PID namespace is available
 * the server cannot read the gate's environment through /proc.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { introspect } from '../../src/introspect/index.js';
import { pidNamespaceWrapper } from '../../src/introspect/isolation.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SERVERS = join(ROOT, 'fixtures/servers');
const LINUX = process.platform === 'linux';

/** Pids (as this test sees them) whose command line holds `marker`. */
function withMarker(marker: string): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const state = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.[0];
      if (state !== 'Z' && readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes(marker)) out.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

const started: string[] = [];
afterEach(() => {
  // Whatever a failing run left behind was started by this test: end it by pid.
  for (const marker of started.splice(0)) for (const pid of withMarker(marker)) process.kill(pid, 'SIGKILL');
});

describe.runIf(LINUX)('every descendant of the introspected server ends with the scan', () => {
  for (const isolation of ['auto', 'none'] as const) {
    it(`a setsid'd child and a double-forked grandchild do not survive (isolation: ${isolation})`, async () => {
      const marker = `mrg-survivor-${randomUUID()}`;
      started.push(marker);
      const r = await introspect({ target: { kind: 'stdio', command: process.execPath, args: [join(SERVERS, 'spawns-setsid.mjs'), marker] }, isolation });
      expect((r.tools as { name: string }[]).map((t) => t.name)).toEqual(['get_status']);
      expect(withMarker(marker)).toEqual([]);
      if (isolation === 'none') expect(r.isolation).toBe('process-tree');
      else expect(r.isolation).toBe(pidNamespaceWrapper() !== undefined ? 'pid-namespace' : 'process-tree');
    });
  }
});

describe.runIf(LINUX && pidNamespaceWrapper() !== undefined)('in a fresh PID namespace', () => {
  it("the server cannot read the gate's environment through /proc", () => {
    const canary = `canary-${randomUUID()}`;
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'dist', 'cli.js'), 'scan', join(ROOT, 'examples', 'feature-flags-server'), '--format', 'json', '--introspect-command', `${process.execPath} ${join(SERVERS, 'reads-environ.mjs')}`],
      { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: process.env['HOME'] ?? '/tmp', GATE_CANARY: canary }, timeout: 60_000 },
    );
    const report = JSON.parse(r.stdout) as { tools: { name: string }[] };
    expect(report.tools.map((t) => t.name)).toContain('saw_nothing');
    expect(r.stdout).not.toContain(canary);
  });
});
