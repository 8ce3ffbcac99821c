import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Notice } from '../model/index.js';
import { LIMITS, SKIPPED_DIRS } from './limits.js';
import { evidenceText } from './decode.js';
import { isCandidate } from './candidates.js';

export interface WalkEntry {
  rel: string;
  abs: string;
  size: number;
  symlink: boolean;
}

export interface WalkResult {
  files: WalkEntry[];
  truncated: boolean;
  notices: Notice[];
}

/**
 * Lists the repository's files breadth-first, skipping dependency and build folders and the
 * user's `exclude:` prefixes. Directory symlinks are not followed (no loops, no escapes).
 */
export async function walkRepository(root: string, exclude: string[]): Promise<WalkResult> {
  const files: WalkEntry[] = [];
  const notices: Notice[] = [];
  let visited = 0;
  let truncated = false;
  const queue: { abs: string; rel: string; depth: number }[] = [{ abs: root, rel: '', depth: 0 }];
  const excluded = (rel: string): boolean => exclude.some((p) => rel === p.replace(/\/+$/, '') || rel.startsWith(p.replace(/\/+$/, '') + '/'));

  while (queue.length > 0) {
    const dir = queue.shift()!;
    let entries;
    try {
      entries = await readdir(dir.abs, { withFileTypes: true });
    } catch {
      notices.push({ path: dir.rel || '.', message: 'folder could not be read; its files were not scanned' });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (++visited > LIMITS.maxEntries) {
        truncated = true;
        break;
      }
      const rel = dir.rel ? `${dir.rel}/${e.name}` : e.name;
      if (excluded(rel)) continue;
      const abs = join(dir.abs, e.name);
      if (e.isDirectory()) {
        if (SKIPPED_DIRS.has(e.name)) continue;
        if (dir.depth + 1 > LIMITS.maxDepth) {
          truncated = true;
          continue;
        }
        queue.push({ abs, rel, depth: dir.depth + 1 });
      } else if (e.isFile()) {
        files.push({ rel, abs, size: -1, symlink: false });
      } else if (e.isSymbolicLink()) {
        if (await isDirectory(abs)) notices.push({ path: rel, message: 'symbolic link to a folder not followed' });
        else files.push({ rel, abs, size: -1, symlink: true });
      } else if (isCandidate(rel)) {
        // A FIFO, device or socket named like a manifest: listed so the manifest reader refuses
        // it with an error; skipping it silently would hide a manifest the author meant to ship.
        files.push({ rel, abs, size: -1, symlink: false });
      }
    }
    if (truncated) break;
  }
  if (truncated) notices.push({ path: '.', message: `repository walk stopped at ${LIMITS.maxEntries} entries or depth ${LIMITS.maxDepth}; evidence may be incomplete` });
  return { files, truncated, notices };
}

/** Whether `abs` is (or links to) a folder; false when it cannot be read. */
export async function isDirectory(abs: string): Promise<boolean> {
  try {
    return (await stat(abs)).isDirectory();
  } catch {
    return false;
  }
}

/** Reads a text file for evidence detectors within the per-file budget; undefined for binary or unreadable files. */
export async function readEvidenceText(abs: string, maxBytes: number): Promise<{ size: number; text?: string }> {
  try {
    const info = await stat(abs);
    if (!info.isFile() || info.size > maxBytes) return { size: info.size };
    const text = evidenceText(await readFile(abs));
    return text === undefined ? { size: info.size } : { size: info.size, text };
  } catch {
    return { size: 0 };
  }
}
