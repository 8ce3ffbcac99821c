import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, readdirSync, readFileSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

/**
 * How the introspected server is kept apart from the gate:
 * - `pid-namespace`: a fresh PID namespace with its own /proc (unshare or bwrap, unprivileged).
 *   The server sees no process of the gate, so cannot read its environment through
 *   /proc/<pid>/environ, and the kernel ends every process in the namespace with its first one.
 * - `process-tree`: Linux without usable namespaces. The server's process group is signalled and
 *   every descendant seen while it ran (by parent, group or session, or by the marker variable in
 *   its environment) is ended too. The server can read the gate's /proc entries.
 * - `process-group`: elsewhere, the process group only.
 */
export type Isolation = 'pid-namespace' | 'process-tree' | 'process-group';

/** Added to the server's environment without a namespace, to find descendants that left its session. */
export const MARKER_VARIABLE = 'MCP_RISK_GATE_SCAN';

const CANDIDATES: readonly (readonly string[])[] = [
  ['unshare', '--user', '--map-current-user', '--pid', '--fork', '--kill-child', '--mount-proc', '--'],
  ['unshare', '--user', '--map-root-user', '--pid', '--fork', '--kill-child', '--mount-proc', '--'],
  ['bwrap', '--dev-bind', '/', '/', '--unshare-pid', '--proc', '/proc', '--die-with-parent', '--'],
];

let probed: { wrapper: string[] | undefined } | undefined;

/**
 * The command prefix that starts a program in a fresh PID namespace, or undefined when none works
 * here (not Linux, tools missing, user namespaces disabled as on Ubuntu 24.04 runners by AppArmor).
 * Probed once per process by running `true` under each candidate.
 */
export function pidNamespaceWrapper(): string[] | undefined {
  if (probed) return probed.wrapper;
  probed = { wrapper: undefined };
  if (process.platform !== 'linux') return undefined;
  for (const [tool, ...flags] of CANDIDATES) {
    const path = findExecutable(tool!, process.env['PATH'] ?? '');
    if (path === undefined) continue;
    const truePath = findExecutable('true', process.env['PATH'] ?? '') ?? '/bin/true';
    const r = spawnSync(path, [...flags, truePath], { stdio: 'ignore', timeout: 5000 });
    if (r.status === 0) {
      probed.wrapper = [path, ...flags];
      break;
    }
  }
  return probed.wrapper;
}

/** The absolute path `command` resolves to under `pathVar` (as execvp would), or undefined. */
export function findExecutable(command: string, pathVar: string, cwd = process.cwd()): string | undefined {
  const usable = (p: string): boolean => {
    try {
      accessSync(p, constants.X_OK);
      return statSync(p).isFile();
    } catch {
      return false;
    }
  };
  if (command.includes('/')) {
    const p = isAbsolute(command) ? command : resolve(cwd, command);
    return usable(p) ? p : undefined;
  }
  for (const dir of pathVar.split(delimiter)) {
    if (dir === '') continue;
    const p = join(isAbsolute(dir) ? dir : resolve(cwd, dir), command);
    if (usable(p)) return p;
  }
  return undefined;
}

export function newMarker(): string {
  return randomBytes(12).toString('hex');
}

interface ProcStat {
  state: string;
  ppid: number;
  pgrp: number;
  session: number;
  /** Clock ticks after boot: with the pid, names one process even if the pid is reused. */
  start: string;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: rest[0] ?? '?', ppid: Number(rest[1]), pgrp: Number(rest[2]), session: Number(rest[3]), start: rest[19] ?? '' };
  } catch {
    return undefined;
  }
}

function procPids(): number[] {
  try {
    return readdirSync('/proc').filter((e) => /^\d+$/.test(e)).map(Number);
  } catch {
    return [];
  }
}

/**
 * Every process descended from the server (Linux, through /proc). Scanned while the server runs,
 * so a child that starts its own session (setsid) and outlives its parent is already known;
 * at the end, processes whose environment holds the marker are added (a double fork re-parents
 * its survivor to init before any scan can see it).
 */
export class DescendantTracker {
  private readonly known = new Map<number, string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly root: number,
    private readonly marker?: string,
  ) {
    const s = readStat(root);
    if (s) this.known.set(root, s.start);
  }

  /** Scans /proc every `ms` until stop(); the timer never keeps the gate alive. */
  start(ms: number): void {
    this.timer = setInterval(() => this.scan(), ms);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Adds every process whose parent, group or session is a known process of the tree. */
  scan(withMarker = false): void {
    const stats = new Map<number, ProcStat>();
    for (const pid of procPids()) {
      const s = readStat(pid);
      if (s) stats.set(pid, s);
    }
    for (let grew = true; grew; ) {
      grew = false;
      const groups = new Set<number>();
      for (const pid of this.known.keys()) {
        const s = stats.get(pid);
        if (s) {
          groups.add(s.pgrp);
          groups.add(s.session);
        }
      }
      // Never the gate's own group or session: the server started its own, and so did any child that left it.
      const self = stats.get(process.pid);
      for (const id of [0, self?.pgrp, self?.session]) if (id !== undefined) groups.delete(id);
      for (const [pid, s] of stats) {
        if (this.known.has(pid) || pid === process.pid) continue;
        if (this.known.has(s.ppid) || groups.has(s.pgrp) || groups.has(s.session)) {
          this.known.set(pid, s.start);
          grew = true;
        }
      }
    }
    if (withMarker && this.marker !== undefined) {
      const needle = `${MARKER_VARIABLE}=${this.marker}`;
      for (const [pid, s] of stats) {
        if (this.known.has(pid) || pid === process.pid) continue;
        try {
          if (readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(needle)) this.known.set(pid, s.start);
        } catch {
          // Another user's process, or gone.
        }
      }
    }
  }

  /** Known processes still running (not zombies), the same processes that were recorded. */
  alive(): number[] {
    const out: number[] = [];
    for (const [pid, start] of this.known) {
      const s = readStat(pid);
      if (s && s.start === start && s.state !== 'Z' && s.state !== 'X') out.push(pid);
    }
    return out;
  }

  signal(signal: NodeJS.Signals): void {
    for (const pid of this.alive()) {
      try {
        process.kill(pid, signal);
      } catch {
        // Gone meanwhile, or not ours.
      }
    }
  }
}
