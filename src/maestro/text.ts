import type { RepoFile, RepoSnapshot } from '../model/repo.js';

/** Scan at most this much of one file: bounds per-file regex work whatever the snapshot holds. */
export const MAX_SCAN_CHARS = 512 * 1024;
/** Stop after this many hits per detector: evidence needs a pointer, not a census. */
export const MAX_HITS = 3;

const SOURCE_EXT = /\.(?:[cm]?[jt]sx?|py|go|rs|java|kt|rb|cs|php|swift)$/i;
const GENERATED_DIR = /(?:^|\/)(?:node_modules|dist|build|out|vendor|coverage|target|\.git)\//;
const MINIFIED = /\.min\.[cm]?js$/i;
const TEST_PATH =
  /(?:^|\/)(?:__tests__|__mocks__|tests?|spec|fixtures?|examples?|e2e)\/|\.(?:test|spec)\.[^/]+$|_test\.(?:go|py)$|(?:^|\/)test_[^/]*\.py$/i;

/**
 * Glob to an anchored, case-insensitive RegExp. `**\/` spans folders, `*` stays within one.
 * Each `**\/` repetition must end in `/`, which `[^/]*` cannot consume, so matching stays linear.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === '*') {
      if (glob.charAt(i + 1) === '*') {
        if (glob.charAt(i + 2) === '/') {
          out += '(?:[^/]*/)*';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else {
      out += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${out}$`, 'i');
}

export function matchesAny(path: string, globs: readonly RegExp[]): boolean {
  return globs.some((g) => g.test(path));
}

export interface TextHit {
  path: string;
  line: number;
  excerpt: string;
}

export interface FileSelection {
  /** Globs; default: source files by extension. */
  include?: string[];
  /** Test folders and files are skipped unless asked for (a test mentioning a rate limiter is not one). */
  includeTests?: boolean;
}

export function selectFiles(repo: RepoSnapshot, sel: FileSelection): RepoFile[] {
  const globs = sel.include?.map(globToRegExp);
  return repo.files.filter((f) => {
    if (f.text === undefined) return false;
    if (GENERATED_DIR.test(f.path) || MINIFIED.test(f.path)) return false;
    if (!sel.includeTests && TEST_PATH.test(f.path)) return false;
    return globs ? matchesAny(f.path, globs) : SOURCE_EXT.test(f.path);
  });
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function excerpt(text: string, index: number, length: number): string {
  const s = text.slice(index, index + Math.min(Math.max(length, 1), 80)).replace(/\s+/g, ' ');
  return s.trim();
}

/** First match per file, at most `limit` files. The pattern must be linear-time safe (catalog test). */
export function findHits(files: readonly RepoFile[], pattern: RegExp, limit = MAX_HITS): TextHit[] {
  const hits: TextHit[] = [];
  const re = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  for (const f of files) {
    if (hits.length >= limit) break;
    const text = f.text === undefined ? '' : f.text.slice(0, MAX_SCAN_CHARS);
    const m = re.exec(text);
    if (m) hits.push({ path: f.path, line: lineOf(text, m.index), excerpt: excerpt(text, m.index, m[0].length) });
  }
  return hits;
}

/** Flags from the catalog: only `i` is allowed (schema); anything else is ignored. */
export function compile(pattern: string, flags?: string): RegExp {
  return new RegExp(pattern, flags === 'i' ? 'i' : '');
}

export function isTestPath(path: string): boolean {
  return TEST_PATH.test(path);
}
