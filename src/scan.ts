import type {
  AivssVersion,
  InputError,
  IntrospectionSummary,
  ProfileApproval,
  ProfileChange,
  ProfileChanges,
  RiskProfileConfig,
  ScanResult,
  ToolRecord,
} from './model/index.js';
import { discover, type DiscoverOptions } from './repo/discover.js';
import { GitRefError, readFileAtCommit, snapshotAtRef, type GitSnapshot } from './repo/git.js';
import { loadFiles, type RawFile } from './manifest/load.js';
import { diffProfiles, looseningChanges, stricterProfile } from './policy/profile-changes.js';
import { analyze, type AnalyzeInput } from './pipeline/analyze.js';
import { unevaluatedResult } from './pipeline/unevaluated.js';
import { TOOL_VERSION } from './version.js';
import type { OrgPolicy } from './policy/org.js';
import type { Catalog } from './maestro/types.js';
// Static: the pipeline loads both anyway, and a dynamic import of a module also imported statically
// only makes the bundler cut it into a chunk of its own (one more module to resolve on every start).
import { catalog } from './maestro/catalog.js';
import { toolRecordsFromIntrospection } from './surface/index.js';
import type { PluginFile } from './maestro/plugins.js';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export interface IntrospectRequest {
  command?: string;
  url?: string;
  env: string[];
  allowUntrusted: boolean;
  eventName?: string;
  timeoutMs?: number;
}

export interface ScanOptions extends DiscoverOptions {
  aivssVersion?: AivssVersion;
  /** False: the decision only, without the fix path and the other explanations (batch lines). */
  explain?: boolean;
  introspect?: IntrospectRequest;
  /** Evaluate the same files at this git ref too, for the delta (no second checkout). */
  baseRef?: string;
  /** YYYY-MM-DD; defaults to today (UTC). Tests pin it. */
  today?: string;
  /** The organisation policy; its `catalogs` resolve against `baseDir` (the policy file's folder). */
  org?: { policy: OrgPolicy; path: string; baseDir: string };
  /**
   * Asked, with a base ref, when the pull request loosens its own profile: the Action checks labels
   * and reviews, the CLI its --allow-profile-changes flag. Without it the loosening is not approved.
   */
  approveProfileChanges?: ApprovalCheck;
}

/** What an approval check is given: the change, the base's rules, and the base commit's files. */
export interface ApprovalRequest {
  baseRef: string;
  baseSha: string;
  /** The base commit's profile: its `approvals` is the one that counts. */
  baseProfile?: RiskProfileConfig;
  loosening: ProfileChange[];
  /** The profile file's path from the repository root (what CODEOWNERS patterns match). */
  profilePath: string;
  /** A file of the base commit by its path from the repository root; undefined when absent. */
  readBaseFile(pathFromRoot: string): string | undefined;
}

/** Never throws: a failed check is a `not-approved` answer saying why. */
export type ApprovalCheck = (request: ApprovalRequest) => Promise<ProfileApproval>;

export interface ScanOutcome {
  result: ScanResult;
  base?: ScanResult;
  /** 2 when any input could not be read or is invalid; the report is still complete for the rest. */
  exitCode: 0 | 2;
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Adapter-level entry: read the repository (and optionally the base commit and the live server), then run the pure pipeline. */
export async function scanRepository(options: ScanOptions): Promise<ScanOutcome> {
  const today = options.today ?? todayUtc();
  const found = await discover(options);
  if (found.rootUnusable) return { result: unevaluatedResult(found.errors, found.notices, options.aivssVersion), exitCode: 2 };
  const errors: InputError[] = [...found.errors];
  let introspection: AnalyzeInput['introspection'];
  if (options.introspect && (options.introspect.command || options.introspect.url)) {
    const live = await runIntrospection(options.introspect, found.root);
    if ('error' in live) errors.push(live.error);
    else {
      const { incomplete, ...surface } = live;
      introspection = surface;
      if (incomplete) errors.push(incomplete);
    }
  }
  const plugins: PluginFile[] = [
    ...(await orgCatalogFiles(options.org, errors)),
    ...(found.catalogs ?? []).map((c) => ({ ...c, origin: 'profile' as const })),
  ];
  const catalog = plugins.length > 0 ? await withPlugins(plugins, errors) : undefined;
  const org = options.org && { policy: options.org.policy, path: options.org.path };
  // The base is read first: its profile decides the policy the pull request is judged by.
  let snap: GitSnapshot | undefined;
  if (options.baseRef) {
    try {
      snap = await snapshotAtRef(found.root, options.baseRef, {
        ...(options.manifests && { manifests: options.manifests }),
        ...(options.tools && { tools: options.tools }),
        ...(options.config && { config: options.config }),
      });
    } catch (err) {
      if (!(err instanceof GitRefError)) throw err;
      errors.push({ path: '.', message: err.message, hint: 'fetch the base ref (actions/checkout with fetch-depth: 0) or remove base-ref' });
    }
  }
  const profile = snap && options.baseRef ? await profileAgainstBase(found.files, snap, options.baseRef, found.root, options.approveProfileChanges) : undefined;

  const result = analyze({
    ...(catalog && { catalog }),
    ...(org && { org }),
    files: found.files,
    repo: found.repo,
    today,
    errors,
    notices: found.notices,
    ...(found.lock && { lock: found.lock }),
    ...(introspection && { introspection }),
    ...(options.aivssVersion && { aivssVersion: options.aivssVersion }),
    ...(profile?.config && { profileConfig: profile.config }),
    ...(options.explain === false && { explain: false }),
  });
  if (profile) result.profileChanges = profile.changes;

  let base: ScanResult | undefined;
  if (snap && options.baseRef) {
    base = analyze({
      ...(catalog && { catalog }),
      ...(org && { org }),
      files: snap.files,
      repo: snap.repo,
      today,
      errors: snap.errors,
      notices: snap.notices,
      ...(snap.lock && { lock: snap.lock }),
      // The live server is the head's; the base is judged on what it declared.
      ...(introspection && { introspection }),
      aivssVersion: result.aivssVersion,
      // The delta reads the base's scores and findings; its fix path would be computed for nobody.
      explain: false,
    });
    // Input errors at the base are the base's problem: they are reported, not a reason to stop the PR.
    for (const e of base.errors) result.notices.push({ path: e.path, ...(e.line !== undefined && { line: e.line }), message: `at base ${options.baseRef}: ${e.message}` });
  }
  return { result, ...(base && { base }), exitCode: result.errors.length > 0 ? 2 : 0 };
}

/** The org policy's catalogs, read from the machine (they are the org's, not the repository's). */
async function orgCatalogFiles(org: ScanOptions['org'], errors: InputError[]): Promise<PluginFile[]> {
  const out: PluginFile[] = [];
  for (const p of org?.policy.catalogs ?? []) {
    const abs = resolve(org!.baseDir, p);
    try {
      // Named as the org policy names it, beside the policy file: no machine paths in reports.
      out.push({ path: join(dirname(org!.path), p), text: await readFile(abs, 'utf8'), origin: 'org' });
    } catch (err) {
      errors.push({ path: org!.path, message: `catalog ${p} named by the organisation policy cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`, hint: 'fix the path under catalogs: (relative to the org policy file)' });
    }
  }
  return out;
}

/** The bundled catalog plus the plug-ins; loaded on demand (the schema compiler is only needed here). */
async function withPlugins(files: PluginFile[], errors: InputError[]): Promise<Catalog> {
  const { parsePluginCatalog, mergeCatalogs } = await import('./maestro/plugins.js');
  const good: { path: string; catalog: Catalog }[] = [];
  for (const f of files) {
    const parsed = parsePluginCatalog(f);
    if ('errors' in parsed) errors.push(...parsed.errors);
    else good.push({ path: f.path, catalog: parsed.catalog });
  }
  const merged = mergeCatalogs(catalog(), good);
  errors.push(...merged.errors);
  return merged.catalog;
}

type LiveSurface = NonNullable<AnalyzeInput['introspection']> & { incomplete?: InputError };

async function runIntrospection(req: IntrospectRequest, cwd: string): Promise<LiveSurface | { error: InputError }> {
  // Loaded on demand: most scans never start a server, and the SDK is the largest dependency.
  const { introspect, IntrospectionError, splitCommand } = await import('./introspect/index.js');
  const target = req.url ? `introspect-url ${req.url}` : `introspect-command ${req.command ?? ''}`;
  try {
    const cmd = req.command ? splitCommand(req.command) : undefined;
    const live = await introspect({
      target: req.url ? { kind: 'http', url: req.url } : { kind: 'stdio', command: cmd!.command, args: cmd!.args, cwd },
      env: req.env,
      event: { name: req.eventName, allowUntrusted: req.allowUntrusted },
      clientVersion: TOOL_VERSION,
      ...(req.timeoutMs !== undefined && { timeoutMs: req.timeoutMs }),
    });
    const converted = toolRecordsFromIntrospection(live.tools, target);
    const summary: IntrospectionSummary = {
      target,
      ...(live.serverInfo && { serverName: live.serverInfo.name, serverVersion: live.serverInfo.version }),
      ...(live.protocolVersion && { protocolVersion: live.protocolVersion }),
      tools: live.tools.length,
      prompts: live.prompts.length,
      resources: live.resources.length,
      truncated: live.truncated,
      notes: [...live.notes, ...converted.problems],
    };
    // The tools a cut-short listing did not return were never screened: the surface cannot be
    // judged from part of it, so the run fails closed (the part that was seen is still reported).
    const incomplete: InputError | undefined = live.truncated
      ? {
          path: target,
          message: `live introspection is incomplete: ${live.truncation.join('; ')}; the tools it did not list were never seen, so the tool surface cannot be judged`,
          hint: 'fix the server\'s pagination (each nextCursor must be new and the list must end), or commit a complete tools dump and pass it with --tools (Action input `tools`) instead of introspecting',
        }
      : undefined;
    return { tools: converted.tools as ToolRecord[], prompts: live.prompts, resources: live.resources, summary, ...(incomplete && { incomplete }) };
  } catch (err) {
    if (err instanceof IntrospectionError) {
      return { error: { path: target, message: `live introspection failed: ${err.describe()}`, hint: err.hint ?? 'check the command or URL, and the variables passed with introspect-env' } };
    }
    throw err;
  }
}

/**
 * The profile the head is judged by, and what the pull request changed in it. Loosening applies
 * only when approved; otherwise each value is the stricter of base and head.
 */
async function profileAgainstBase(
  headFiles: RawFile[],
  snap: GitSnapshot,
  baseRef: string,
  root: string,
  approve: ApprovalCheck | undefined,
): Promise<{ config?: RiskProfileConfig; changes: ProfileChanges }> {
  // Only the profile files: the manifests are parsed once, by analyze.
  const head = loadFiles(headFiles.filter((f) => f.explicit === 'profile'));
  const base = loadFiles(snap.files.filter((f) => f.explicit === 'profile'));
  const changes = diffProfiles(base.config, head.config);
  const loosening = looseningChanges(changes);
  let approval: ProfileApproval;
  if (loosening.length === 0) {
    approval = { state: 'not-needed', message: 'nothing in this profile change loosens the policy' };
  } else if (approve === undefined) {
    approval = { state: 'not-approved', message: 'no approval check ran for this scan' };
  } else {
    const profileFile = head.configPath ?? base.configPath ?? '.mcp-risk.yml';
    try {
      approval = await approve({
        baseRef,
        baseSha: snap.sha,
        ...(base.config && { baseProfile: base.config }),
        loosening,
        profilePath: `${snap.prefix}${profileFile}`,
        readBaseFile: (path) => readFileAtCommit(root, snap.sha, path),
      });
    } catch (err) {
      approval = { state: 'not-approved', message: `the approval could not be checked (${err instanceof Error ? err.message : String(err)})` };
    }
  }
  const applied = approval.state === 'approved' ? 'head' : 'stricter';
  const config = applied === 'head' ? head.config : stricterProfile(base.config, head.config);
  return {
    ...(config && { config }),
    changes: { baseRef, baseProfile: base.configPath ?? null, headProfile: head.configPath ?? null, changes, approval, applied },
  };
}
