import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const IS_WINDOWS = process.platform === 'win32';

/** Sends a signal to every process in the group led by `pgid` (the server and all it started). */
export function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  if (IS_WINDOWS) {
    // Windows has no process groups to signal; taskkill /T walks the child tree.
    spawnSync('taskkill', ['/pid', String(pgid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    return;
  }
  try {
    process.kill(-pgid, signal);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
}

/**
 * True while any process of the group is alive. Zombies do not count: once killed, a
 * grandchild whose parent died waits for init to reap it, and some container inits never do.
 */
export function groupAlive(pgid: number): boolean {
  if (IS_WINDOWS) return pidAlive(pgid);
  try {
    process.kill(-pgid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (process.platform !== 'linux') return true;
  return linuxGroupMembers(pgid).some((m) => m.state !== 'Z' && m.state !== 'X');
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (process.platform !== 'linux') return true;
  const state = linuxState(pid);
  return state !== undefined && state !== 'Z' && state !== 'X';
}

function linuxGroupMembers(pgid: number): { pid: number; state: string }[] {
  const out: { pid: number; state: string }[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [{ pid: pgid, state: 'R' }];
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat && stat.pgrp === pgid) out.push({ pid: Number(entry), state: stat.state });
  }
  return out;
}

function linuxState(pid: number): string | undefined {
  return readStat(pid)?.state;
}

/** Fields of /proc/PID/stat after the command name, which may itself hold spaces and parentheses. */
function readStat(pid: number): { state: string; pgrp: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: rest[0] ?? '?', pgrp: Number(rest[2]) };
  } catch {
    return undefined;
  }
}
