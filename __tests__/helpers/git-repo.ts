/**
 * Pull-request repositories made in a test: what is in the folder is committed on `main`, then
 * `feature` is checked out for the change under test.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Runs git in `dir`; no user or system git configuration leaks in (signing, hooks, default branch...). */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  }).trim();
}

/** Commits everything in `dir` on a new `main`, then checks out a new `feature` branch; returns main's commit. */
export function commitMainThenBranch(dir: string, message: string): string {
  git(dir, 'init', '-q');
  git(dir, 'config', 'user.name', 'Test Author');
  git(dir, 'config', 'user.email', 'test@example.invalid');
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'checkout', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  const sha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'feature');
  return sha;
}

/** Appends a tool to the folder's `mcp-tools.json` (not committed). */
export function appendTool(dir: string, tool: Record<string, unknown>): void {
  const file = join(dir, 'mcp-tools.json');
  const tools = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
  tools.push(tool);
  writeFileSync(file, `${JSON.stringify(tools, null, 2)}\n`);
}
