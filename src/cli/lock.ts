import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ToolRecord } from '../model/tool.js';
import { computeLock, diffLock, formatLockDiff, lockMatches, LOCK_FILE_NAME, parseLock, serializeLock } from '../surface/index.js';

export interface LockCommandArgs {
  dir: string;
  check: boolean;
  /** The tool surface to lock, when the caller already has it. */
  tools?: ToolRecord[];
  /** Otherwise, how to get it (the repository scan). */
  getTools?: (dir: string) => Promise<ToolRecord[]>;
  out?: (text: string) => void;
  err?: (text: string) => void;
}

/**
 * `mcp-risk-gate lock [DIR] [--check]`: writes DIR/mcp-tools.lock.json, or with --check compares
 * it with the current tools and prints what changed. Exit 0 match/written, 1 mismatch, 2 input error.
 */
export async function lockCommand(argv: LockCommandArgs): Promise<number> {
  const out = argv.out ?? ((t: string) => process.stdout.write(`${t}\n`));
  const err = argv.err ?? ((t: string) => process.stderr.write(`${t}\n`));
  const path = join(argv.dir, LOCK_FILE_NAME);

  let tools: ToolRecord[];
  try {
    tools = argv.tools ?? (argv.getTools ? await argv.getTools(argv.dir) : []);
  } catch (e) {
    err(`error: could not read the tools of ${argv.dir}: ${(e as Error).message}`);
    return 2;
  }
  if (tools.length === 0) {
    err(`error: no tools found in ${argv.dir}; nothing to lock.`);
    err('hint: commit a tools/list dump (mcp-tools.json) or a manifest that lists tools, or pass --tools FILE.');
    return 2;
  }
  let current;
  try {
    current = computeLock(tools);
  } catch (e) {
    err(`error: ${(e as Error).message}`);
    return 2;
  }

  if (!argv.check) {
    await writeFile(path, serializeLock(current), 'utf8');
    out(`wrote ${path} (${current.tools.length} tool${current.tools.length === 1 ? '' : 's'})`);
    return 0;
  }

  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    err(`error: ${path}: ${code === 'ENOENT' ? 'not found' : (e as Error).message}`);
    err('hint: run `mcp-risk-gate lock` to create it, review it, and commit it.');
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    err(`error: ${path}: not valid JSON (${(e as Error).message})`);
    return 2;
  }
  const parsed = parseLock(json);
  if (!parsed.ok) {
    err(`error: ${path} is not a valid tool lock:`);
    for (const problem of parsed.errors) err(`  ${problem}`);
    return 2;
  }
  const diff = diffLock(parsed.lock, current);
  if (lockMatches(diff)) {
    out(`${path} matches (${current.tools.length} tool${current.tools.length === 1 ? '' : 's'})`);
    return 0;
  }
  out(`${path} does not match the current tools:`);
  out(formatLockDiff(diff));
  out('Review the changes, then run `mcp-risk-gate lock` and commit the lock.');
  return 1;
}
