import { lstat, readFile, realpath, stat } from 'node:fs/promises';
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

/**
 * Reads a manifest the safe way: no symlink out of the repository, no file above the size limit,
 * no binary content. Every refusal says what to do.
 */
export async function readManifestFile(realRoot: string, absPath: string, relPath: string): Promise<ReadOutcome> {
  const err = (message: string, hint: string): ReadOutcome => ({ ok: false, error: { path: relPath, line: 1, column: 1, message, hint } });
  let info;
  try {
    info = await lstat(absPath);
  } catch {
    return err('file not found', 'check the path (it is relative to the repository folder)');
  }
  if (info.isSymbolicLink()) {
    let target: string;
    try {
      target = await realpath(absPath);
    } catch {
      return err('broken symbolic link', 'remove the link or point it at an existing file inside the repository');
    }
    if (!isInside(realRoot, target)) {
      return err(`symbolic link points outside the repository (${target})`, 'replace the link with the file itself; links out of the repository are never followed');
    }
    info = await stat(target);
  }
  if (info.isDirectory()) return err('is a directory, not a file', 'name a file, or pass the folder with --tools');
  if (info.size > LIMITS.maxManifestBytes) {
    return err(
      `file is too large (${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${LIMITS.maxManifestBytes / 1024 / 1024} MB)`,
      'a manifest or tools dump is a few hundred KB at most: check this is the right file, or list its folder under `exclude:` in .mcp-risk.yml',
    );
  }
  const decoded = decodeManifest(await readFile(absPath));
  return decoded.ok ? decoded : err(decoded.message, decoded.hint);
}
