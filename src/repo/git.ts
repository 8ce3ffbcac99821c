import type * as ChildProcess from 'node:child_process';
import { lazy } from '../lazy.js';
import type { InputError, Notice, RepoFile, RepoSnapshot } from '../model/index.js';
import type { RawFile } from '../manifest/load.js';
import { LIMITS, SKIPPED_DIRS } from './limits.js';
import { isCandidate, wantsEvidenceText } from './candidates.js';
import { decodeManifest, evidenceText } from './decode.js';
import { inputBudget, overBudget } from './read-file.js';

// Only a base-ref comparison runs git.
const cp = lazy(() => require('node:child_process') as typeof ChildProcess);

/** The base ref could not be read: reported as an input error naming the ref and the fix. */
export class GitRefError extends Error {}

interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  size: number;
  path: string;
}

function git(cwd: string, args: string[]): string {
  const r = cp().spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new GitRefError(`git could not run (${r.error.message}); install git or drop base-ref`);
  if (r.status !== 0) throw new GitRefError(r.stderr.trim() || `git ${args[0]} failed`);
  return r.stdout;
}

/** Reads many blobs in one `git cat-file --batch` process: no checkout, no per-file process. */
async function readBlobs(cwd: string, oids: string[]): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  if (oids.length === 0) return out;
  const child = cp().spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stdin.end(oids.join('\n') + '\n');
  await new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new GitRefError(`git cat-file exited with ${code}`))));
  });
  const buf = Buffer.concat(chunks);
  let pos = 0;
  for (const oid of oids) {
    const nl = buf.indexOf(10, pos);
    if (nl < 0) break;
    const header = buf.subarray(pos, nl).toString('utf8').split(' ');
    const size = Number(header[2]);
    if (header[1] === 'missing' || !Number.isFinite(size)) {
      pos = nl + 1;
      continue;
    }
    out.set(oid, buf.subarray(nl + 1, nl + 1 + size));
    pos = nl + 1 + size + 1;
  }
  return out;
}

/**
 * A PR checkout has `origin/main` but no local `main`: a bare branch name falls back to its
 * remote-tracking branch, so `base-ref: main` works as users expect.
 */
function resolveRef(dir: string, ref: string): string {
  for (const candidate of [ref, `origin/${ref}`, `refs/remotes/origin/${ref}`]) {
    const r = cp().spawnSync('git', ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`], { cwd: dir, encoding: 'utf8' });
    if (r.error) throw new GitRefError(`git could not run (${r.error.message}); install git or drop base-ref`);
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
    if (ref.startsWith('origin/') || /^[0-9a-f]{40}$/i.test(ref)) break;
  }
  throw new GitRefError(`not found in this clone`);
}

export interface GitSnapshot {
  sha: string;
  /** Where the scanned folder sits in the repository (`''` at the root, else `sub/dir/`). */
  prefix: string;
  files: RawFile[];
  repo: RepoSnapshot;
  errors: InputError[];
  notices: Notice[];
  lock?: { path: string; text: string };
}

/**
 * The same inputs `discover` reads, taken from a commit instead of the working tree. `dir` may
 * be a subfolder of the repository; paths stay relative to it, as in the head scan.
 */
export async function snapshotAtRef(dir: string, ref: string, opts: { manifests?: string[]; tools?: string; config?: string }): Promise<GitSnapshot> {
  let sha: string;
  let prefix: string;
  try {
    prefix = git(dir, ['rev-parse', '--show-prefix']).trim();
    sha = resolveRef(dir, ref);
  } catch (err) {
    // `git fetch origin origin/main` fails: the remote knows the branch as `main`.
    const remoteName = ref.replace(/^(?:refs\/remotes\/)?origin\//, '');
    throw new GitRefError(`base ref "${ref}" cannot be read: ${(err as Error).message}. Fetch it first (actions/checkout with fetch-depth: 0, or git fetch origin ${remoteName})`);
  }
  const listing = git(dir, ['ls-tree', '-r', '-z', '--long', '--full-tree', sha, '--', prefix || '.']);
  const entries: TreeEntry[] = [];
  for (const rec of listing.split('\0')) {
    if (!rec) continue;
    const tab = rec.indexOf('\t');
    const [mode, type, oid, size] = rec.slice(0, tab).split(/\s+/);
    const full = rec.slice(tab + 1);
    const rel = prefix && full.startsWith(prefix) ? full.slice(prefix.length) : full;
    if (!mode || !type || !oid || rel.split('/').some((part) => SKIPPED_DIRS.has(part))) continue;
    entries.push({ mode, type, oid, size: Number(size) || 0, path: rel });
    if (entries.length >= LIMITS.maxEntries) break;
  }
  const out: GitSnapshot = { sha, prefix, files: [], repo: { files: [], truncated: entries.length >= LIMITS.maxEntries }, errors: [], notices: [] };
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const norm = (p: string): string => p.replace(/^\.\//, '').replace(/\/+$/, '');

  const wanted = new Map<string, RawFile['explicit'] | undefined>();
  const configPath = opts.config ? norm(opts.config) : ['.mcp-risk.yml', '.mcp-risk.yaml'].find((p) => byPath.has(p));
  if (configPath && byPath.has(configPath)) wanted.set(configPath, 'profile');
  if (opts.manifests && opts.manifests.length > 0) for (const m of opts.manifests) wanted.set(norm(m), 'manifest');
  else for (const e of entries) if (isCandidate(e.path) && !wanted.has(e.path)) wanted.set(e.path, undefined);
  if (opts.tools) {
    const t = norm(opts.tools);
    if (byPath.has(t)) wanted.set(t, 'tools');
    else for (const e of entries) if (e.path.startsWith(`${t}/`) && /\.(json|snap)$/i.test(e.path)) wanted.set(e.path, 'tools');
  }
  if (byPath.has('mcp-tools.lock.json')) wanted.set('mcp-tools.lock.json', undefined);

  const evidence = entries.filter((e) => e.mode !== '120000' && wantsEvidenceText(e.path) && e.size <= LIMITS.maxEvidenceFileBytes);
  const toRead = new Set<string>();
  // Counted per path, not per blob: git stores copies once, but each path is decoded and parsed.
  const inputs = inputBudget();
  const overBudgetPaths = new Set<string>();
  for (const [p] of [...wanted].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const e = byPath.get(p);
    if (!e || e.mode === '120000' || e.size > LIMITS.maxManifestBytes) continue;
    if (e.size > inputs.remaining) {
      overBudgetPaths.add(p);
      continue;
    }
    inputs.remaining -= e.size;
    toRead.add(e.oid);
  }
  let budget: number = LIMITS.maxEvidenceTotalBytes;
  const evidenceRead = new Set(evidence.filter((e) => (budget -= e.size) >= 0));
  for (const e of evidenceRead) toRead.add(e.oid);
  const blobs = await readBlobs(dir, [...toRead]);

  for (const [p, explicit] of [...wanted].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const e = byPath.get(p);
    const fail = (message: string, hint: string): void => void out.errors.push({ path: p, line: 1, column: 1, message: `${message} (at base ${ref})`, hint });
    if (!e) {
      if (explicit) fail('file not found at the base commit', 'the base has no such file; this is expected when the PR adds it');
      continue;
    }
    if (e.mode === '120000') {
      out.notices.push({ path: p, message: `symbolic link at base ${ref} not followed` });
      continue;
    }
    if (e.size > LIMITS.maxManifestBytes) {
      fail(`file is too large (${(e.size / 1024 / 1024).toFixed(1)} MB)`, 'manifests are small; check the path');
      continue;
    }
    if (overBudgetPaths.has(p)) {
      const o = overBudget(e.size, inputs);
      fail(o.message, o.hint);
      continue;
    }
    const bytes = blobs.get(e.oid);
    if (!bytes) continue;
    const decoded = decodeManifest(bytes);
    if (!decoded.ok) {
      fail(decoded.message, decoded.hint);
      continue;
    }
    const text = decoded.text;
    if (p === 'mcp-tools.lock.json' && !explicit) out.lock = { path: p, text };
    else out.files.push(explicit ? { path: p, text, explicit } : { path: p, text });
  }
  const files: RepoFile[] = entries
    .filter((e) => e.mode !== '120000')
    .map((e) => {
      const bytes = evidenceRead.has(e) ? blobs.get(e.oid) : undefined;
      const text = bytes ? evidenceText(bytes) : undefined;
      return text !== undefined ? { path: e.path, size: e.size, text } : { path: e.path, size: e.size };
    });
  out.repo = { files, truncated: out.repo.truncated || evidenceRead.size < evidence.length };
  return out;
}

/** Files read at a commit for approval checks (CODEOWNERS) are small; anything larger is not one. */
const MAX_SMALL_FILE_BYTES = 1024 * 1024;

/**
 * A small text file at a commit, by its path from the repository root; undefined when the commit
 * has no such file (or it is not a regular file, or too large). Never throws for a missing file.
 */
export function readFileAtCommit(dir: string, sha: string, pathFromRoot: string): string | undefined {
  const spec = `${sha}:${pathFromRoot.replace(/^\/+/, '')}`;
  const type = cp().spawnSync('git', ['cat-file', '-t', spec], { cwd: dir, encoding: 'utf8' });
  if (type.error || type.status !== 0 || type.stdout.trim() !== 'blob') return undefined;
  const size = cp().spawnSync('git', ['cat-file', '-s', spec], { cwd: dir, encoding: 'utf8' });
  if (size.status !== 0 || Number(size.stdout.trim()) > MAX_SMALL_FILE_BYTES) return undefined;
  const r = cp().spawnSync('git', ['cat-file', 'blob', spec], { cwd: dir, encoding: 'utf8', maxBuffer: MAX_SMALL_FILE_BYTES + 1024 });
  return r.status === 0 ? r.stdout : undefined;
}
