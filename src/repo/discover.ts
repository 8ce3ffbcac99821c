import { access, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { InputError, Notice, RepoFile, RepoSnapshot, RiskProfileConfig } from '../model/index.js';
import { loadFiles, type RawFile } from '../manifest/load.js';
import { LIMITS } from './limits.js';
import { isCandidate, wantsEvidenceText } from './candidates.js';
import { inputBudget, isInside, readManifestFile } from './read-file.js';
import { isDirectory, readEvidenceText, walkRepository } from './walk.js';

export interface DiscoverOptions {
  dir: string;
  config?: string;
  /** When given, these replace auto-discovery of manifests. */
  manifests?: string[];
  tools?: string;
}

export interface Discovered {
  root: string;
  /** The committed mcp-tools.lock.json, when present. */
  lock?: { path: string; text: string };
  /** Catalog plug-ins the profile names (`catalogs:`), read from inside the repository. */
  catalogs?: { path: string; text: string }[];
  files: RawFile[];
  repo: RepoSnapshot;
  errors: InputError[];
  notices: Notice[];
  /** The repository folder itself could not be read: nothing else was, and nothing can be judged. */
  rootUnusable?: true;
}

/**
 * Why the repository folder cannot be scanned, as an input error, or undefined when it can. A
 * folder the walk cannot list would otherwise look like an empty repository, and be judged as one.
 */
async function unusableRoot(root: string, given: string): Promise<InputError | undefined> {
  const fix = 'pass the folder that holds the MCP server (the scan DIR argument, or the Action\'s `path` input)';
  let real: string;
  try {
    real = await realpath(root);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EACCES') {
      return { path: given, message: `repository folder ${given} cannot be read (permission denied on a folder above it)`, hint: 'make the folder and its parents readable by the user that runs the gate, or ' + fix };
    }
    return { path: given, message: `repository folder not found: ${given}`, hint: fix };
  }
  try {
    if (!(await stat(real)).isDirectory()) {
      return { path: given, message: `${given} is a file, not a folder`, hint: `${fix}; name a manifest file with --manifest (Action input \`manifest\`)` };
    }
    await readdir(real);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    return { path: given, message: `repository folder ${given} cannot be read (${code === 'EACCES' ? 'permission denied' : code})`, hint: `make it readable by the user that runs the gate (chmod u+rx), or ${fix}` };
  }
  return undefined;
}

/** The repository folder itself is unusable: a usage error, reported before anything else runs. */
export class UsageError extends Error {}

const CONFIG_NAMES = ['.mcp-risk.yml', '.mcp-risk.yaml'];

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}

/** Resolves a user-given path: relative to the repository folder first, then to the working directory. */
async function resolveUserPath(root: string, p: string): Promise<string> {
  if (isAbsolute(p)) return p;
  const inRepo = resolve(root, p);
  if (await exists(inRepo)) return inRepo;
  const inCwd = resolve(p);
  return (await exists(inCwd)) ? inCwd : inRepo;
}

function displayPath(root: string, abs: string): string {
  const rel = relative(root, abs).split('\\').join('/');
  return rel && !rel.startsWith('..') ? rel : abs;
}

/** Reads everything the pipeline needs from the repository folder. The only file-system stage. */
export async function discover(opts: DiscoverOptions): Promise<Discovered> {
  const root = resolve(opts.dir);
  const unusable = await unusableRoot(root, opts.dir);
  if (unusable !== undefined) return { root, files: [], repo: { files: [], truncated: false }, errors: [unusable], notices: [], rootUnusable: true };
  const realRoot = await realpath(root);
  const out: Discovered = { root: realRoot, files: [], repo: { files: [], truncated: false }, errors: [], notices: [] };
  // One budget for everything this scan parses: copies and links of one dump cannot multiply it.
  const budget = inputBudget();

  const read = async (abs: string, explicit?: RawFile['explicit']): Promise<RawFile | undefined> => {
    const rel = displayPath(realRoot, abs);
    const res = await readManifestFile(realRoot, abs, rel, budget);
    if (!res.ok) {
      out.errors.push(res.error);
      return undefined;
    }
    return explicit ? { path: rel, text: res.text, explicit } : { path: rel, text: res.text };
  };

  // The profile comes first: it can add manifests, name a tools dump and exclude folders.
  let config: RiskProfileConfig | undefined;
  const configAbs = opts.config
    ? await resolveUserPath(realRoot, opts.config)
    : (await Promise.all(CONFIG_NAMES.map(async (n) => ((await exists(join(realRoot, n))) ? join(realRoot, n) : undefined)))).find(Boolean);
  if (configAbs) {
    const raw = await read(configAbs, 'profile');
    if (raw) {
      const loaded = loadFiles([raw]);
      out.errors.push(...loaded.errors);
      if (loaded.config) {
        config = loaded.config;
        out.files.push(raw);
      }
    }
  }

  /**
   * Paths named by the profile come from the scanned repository: they resolve against the
   * repository only and must stay inside it (also through symbolic links), or a hostile profile
   * could make the gate read, and publish in its report, files of the machine it runs on.
   */
  const insideRepo = async (p: string, field: 'manifests' | 'tools' | 'catalogs'): Promise<string | undefined> => {
    const abs = resolve(realRoot, p);
    let real: string | undefined;
    try {
      real = await realpath(abs);
    } catch {
      real = undefined;
    }
    if (isInside(realRoot, abs) && (real === undefined || isInside(realRoot, real))) return abs;
    out.errors.push({
      path: configAbs ? displayPath(realRoot, configAbs) : '.mcp-risk.yml',
      line: 1,
      column: 1,
      message: `${field} entry "${p}" points outside the repository; it was not read`,
      hint: `name a path inside the repository in \`${field}:\` (pass files elsewhere with --manifest or --tools on the command line)`,
    });
    return undefined;
  };

  const walk = await walkRepository(realRoot, config?.exclude ?? []);
  out.notices.push(...walk.notices);
  out.repo.truncated = walk.truncated;

  const manifestPaths = new Map<string, RawFile['explicit'] | undefined>();
  if (opts.manifests && opts.manifests.length > 0) {
    for (const m of opts.manifests) manifestPaths.set(await resolveUserPath(realRoot, m), 'manifest');
  } else {
    for (const f of walk.files) if (isCandidate(f.rel) && f.rel !== 'mcp-tools.lock.json') manifestPaths.set(f.abs, undefined);
    for (const m of config?.manifests ?? []) {
      const abs = await insideRepo(m, 'manifests');
      if (abs) manifestPaths.set(abs, 'manifest');
    }
  }
  const abs = opts.tools !== undefined ? await resolveUserPath(realRoot, opts.tools) : config?.tools !== undefined ? await insideRepo(config.tools, 'tools') : undefined;
  // An empty --tools "" names nothing, as before.
  if (abs && (opts.tools ?? config?.tools)) {
    if (await isDirectory(abs)) {
      const names = (await readdir(abs)).filter((n) => /\.(json|snap)$/i.test(n)).sort();
      if (names.length === 0) {
        out.errors.push({ path: displayPath(realRoot, abs), message: 'the tools folder holds no .json or .snap files', hint: 'put one MCP Tool JSON object per file in the folder' });
      }
      if (names.length > LIMITS.maxToolFiles) {
        out.errors.push({ path: displayPath(realRoot, abs), message: `the tools folder holds ${names.length} files (limit ${LIMITS.maxToolFiles})`, hint: 'merge them into one tools dump' });
      }
      for (const n of names.slice(0, LIMITS.maxToolFiles)) manifestPaths.set(join(abs, n), 'tools');
    } else {
      manifestPaths.set(abs, 'tools');
    }
  }
  if (configAbs) manifestPaths.delete(configAbs);

  for (const [abs, explicit] of [...manifestPaths].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const raw = await read(abs, explicit);
    if (raw) out.files.push(raw);
  }

  for (const c of config?.catalogs ?? []) {
    const catalogAbs = await insideRepo(c, 'catalogs');
    if (!catalogAbs) continue;
    const res = await readManifestFile(realRoot, catalogAbs, displayPath(realRoot, catalogAbs), budget);
    if (res.ok) (out.catalogs ??= []).push({ path: displayPath(realRoot, catalogAbs), text: res.text });
    else out.errors.push(res.error);
  }

  const lockAbs = join(realRoot, 'mcp-tools.lock.json');
  if (await exists(lockAbs)) {
    const res = await readManifestFile(realRoot, lockAbs, 'mcp-tools.lock.json', budget);
    if (res.ok) out.lock = { path: 'mcp-tools.lock.json', text: res.text };
    else out.errors.push(res.error);
  }
  out.repo = await snapshot(realRoot, walk.files, walk.truncated, out.notices);
  return out;
}

async function snapshot(realRoot: string, files: { rel: string; abs: string; symlink: boolean }[], truncated: boolean, notices: Notice[]): Promise<RepoSnapshot> {
  const out: RepoFile[] = [];
  let budget: number = LIMITS.maxEvidenceTotalBytes;
  let cut = truncated;
  for (const f of files) {
    if (f.symlink) {
      let skipped: string | undefined;
      try {
        if (!isInside(realRoot, await realpath(f.abs))) skipped = 'symbolic link points outside the repository; not read';
      } catch {
        skipped = 'broken or looping symbolic link; not read';
      }
      if (skipped !== undefined) {
        // Manifest candidates get an input error from readManifestFile; other files say why they were left out.
        if (!isCandidate(f.rel)) notices.push({ path: f.rel, message: skipped });
        continue;
      }
    }
    if (!wantsEvidenceText(f.rel) || budget <= 0) {
      out.push({ path: f.rel, size: -1 });
      if (budget <= 0 && wantsEvidenceText(f.rel)) cut = true;
      continue;
    }
    const { size, text } = await readEvidenceText(f.abs, Math.min(LIMITS.maxEvidenceFileBytes, budget));
    if (text !== undefined) {
      budget -= size;
      out.push({ path: f.rel, size, text });
    } else {
      out.push({ path: f.rel, size });
    }
  }
  return { files: out, truncated: cut };
}
