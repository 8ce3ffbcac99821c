import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { InputError } from '../model/index.js';
import { LIMITS } from './limits.js';
import { decodeManifest } from './decode.js';

export type ReadOutcome = { ok: true; text: string } | { ok: false; error: InputError };

/** True when `target` is `root` or inside it (both already real paths). */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

/** What is left of the scan's total input budget (LIMITS.maxTotalInputBytes); shared by every read of one scan. */
export interface InputBudget {
  remaining: number;
}

export function inputBudget(): InputBudget {
  return { remaining: LIMITS.maxTotalInputBytes };
}

const MB = 1024 * 1024;
const mb = (n: number): string => `${(n / MB).toFixed(1)} MB`;

/** The kind of a file that is not a regular file, in words. */
export function fileKind(info: Stats): string {
  if (info.isFIFO()) return 'FIFO';
  if (info.isCharacterDevice()) return 'character device';
  if (info.isBlockDevice()) return 'block device';
  if (info.isSocket()) return 'socket';
  if (info.isDirectory()) return 'directory';
  return 'special file';
}

/** The refusal of a file past the total budget, the same words for the working tree and git. */
export function overBudget(size: number, budget: InputBudget): { message: string; hint: string } {
  return {
    message: `not read: the total input limit of ${mb(LIMITS.maxTotalInputBytes)} for one scan is reached (${mb(size)} file, ${mb(Math.max(0, budget.remaining))} left)`,
    hint: 'manifests and tools dumps are small: remove copies or links of the same dump, or list their folders under `exclude:` in .mcp-risk.yml',
  };
}

/**
 * Reads a manifest the safe way: no symlink out of the repository, nothing but a regular file
 * (a FIFO or a device never returns), no file above the size limit or past the scan's total
 * budget, no binary content. Every refusal says what to do.
 */
export async function readManifestFile(realRoot: string, absPath: string, relPath: string, budget?: InputBudget): Promise<ReadOutcome> {
  const err = (message: string, hint: string): ReadOutcome => ({ ok: false, error: { path: relPath, line: 1, column: 1, message, hint } });
  let info;
  try {
    info = await lstat(absPath);
  } catch {
    return err('file not found', 'check the path (it is relative to the repository folder)');
  }
  let target = absPath;
  if (info.isSymbolicLink()) {
    try {
      target = await realpath(absPath);
    } catch {
      return err('broken symbolic link', 'remove the link or point it at an existing file inside the repository');
    }
    if (!isInside(realRoot, target)) {
      return err(`symbolic link points outside the repository (${target})`, 'replace the link with the file itself; links out of the repository are never followed');
    }
  }
  if (info.isDirectory()) return err('is a directory, not a file', 'name a file, or pass the folder with --tools');
  // Non-blocking, so opening a FIFO returns at once; fstat then judges what was really opened.
  let handle;
  try {
    handle = await open(target, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return err(`cannot be opened (${(e as NodeJS.ErrnoException).code ?? 'error'})`, 'check the path and its permissions');
  }
  try {
    const opened = await handle.stat();
    if (opened.isDirectory()) return err('is a directory, not a file', 'name a file, or pass the folder with --tools');
    if (!opened.isFile()) {
      return err(`not a regular file (${fileKind(opened)}); it was not read`, 'name a manifest or tools dump saved as a regular file');
    }
    const tooLarge = (size: number): ReadOutcome =>
      err(
        `file is too large (${mb(size)}; the limit is ${LIMITS.maxManifestBytes / MB} MB)`,
        'a manifest or tools dump is a few hundred KB at most: check this is the right file, or list its folder under `exclude:` in .mcp-risk.yml',
      );
    if (opened.size > LIMITS.maxManifestBytes) return tooLarge(opened.size);
    if (budget && opened.size > budget.remaining) {
      const o = overBudget(opened.size, budget);
      return err(o.message, o.hint);
    }
    // Read no more than the limit allows, whatever the size said (files in /proc say 0).
    const cap = Math.min(LIMITS.maxManifestBytes, budget?.remaining ?? Infinity) + 1;
    const chunks: Buffer[] = [];
    let length = 0;
    while (length < cap) {
      // The first read asks for the whole file and one byte more, to see its end in one call.
      const chunk = Buffer.allocUnsafe(Math.min(cap - length, Math.max(opened.size + 1 - length, 64 * 1024)));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
    }
    if (length > LIMITS.maxManifestBytes) return tooLarge(length);
    if (budget && length > budget.remaining) {
      const o = overBudget(length, budget);
      return err(o.message, o.hint);
    }
    if (budget) budget.remaining -= length;
    const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
    const decoded = decodeManifest(bytes);
    return decoded.ok ? decoded : err(decoded.message, decoded.hint);
  } finally {
    await handle.close();
  }
}
