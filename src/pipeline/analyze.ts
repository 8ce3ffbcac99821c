import type {
  AivssVersion,
  ControlResult,
  Finding,
  FindingDraft,
  InputError,
  IntrospectionSummary,
  LockStatus,
  Notice,
  RepoSnapshot,
  RiskProfileConfig,
  ScanResult,
  ServerProfile,
  ToolRecord,
  WaiverReport,
} from '../model/index.js';
import { buildProfile, loadFiles, type RawFile } from '../manifest/index.js';
import type { ProfileFragment } from '../manifest/fragment.js';
import { detectCapabilities } from '../capabilities/index.js';
import { evaluateControls, summarizeLayers } from '../maestro/index.js';
import {
  FactorOverrideError,
  FindingScoreError,
  appendixAssessment,
  assess,
  type Assessment,
  type AssessInput,
  localFactorVector,
  postureOf,
  serverScore,
  unknownFactorOverrides,
  whatWouldLowerIt,
  fixPath,
} from '../aivss/index.js';
import { DEFAULT_AIVSS_VERSION, aivssVersion as aivssVersionEntry, aivssVersions, isAivssVersion } from '../aivss/versions.js';
import { computeLock, detectDrift, detectPoisoning, detectToxicFlows, diffLock, lockFindings, lockMissingFinding, parseLock, LOCK_FILE_NAME } from '../surface/index.js';
import { applyWaivers } from '../policy/waivers.js';
import { TOOL_VERSION } from '../version.js';
import { boundTools } from './bounds.js';
import type { Catalog } from '../maestro/types.js';
import { screenWaivers, type OrgPolicy } from '../policy/org.js';
import type { ExtraMitigation } from '../aivss/scenarios.js';

export interface AnalyzeInput {
  files: RawFile[];
  repo: RepoSnapshot;
  /** YYYY-MM-DD: waiver expiry and the assessment date (the core reads no clock). */
  today: string;
  /** Errors and notices from the adapter that read the files. */
  errors?: InputError[];
  notices?: Notice[];
  /** The committed mcp-tools.lock.json, when the repository has one. */
  lock?: { path: string; text: string };
  /** What live introspection returned, converted to tools (provenance "observed"). */
  introspection?: { tools: ToolRecord[]; prompts: unknown[]; resources: unknown[]; summary: IntrospectionSummary };
  aivssVersion?: AivssVersion;
  /**
   * False: skip what only a report for people reads (the what-if improvements, the fix path and the
   * Appendix A document): a base-ref comparison's base and a batch line need the decision only.
   */
  explain?: boolean;
  /** The control catalog with any plug-ins merged in (src/maestro/plugins.ts); default the bundled one. */
  catalog?: Catalog;
  /** The organisation policy: its waiver rules apply here (its policy floor in the policy stage). */
  org?: { policy: OrgPolicy; path: string };
  /**
   * The profile to apply instead of the one read from `files` (with a base ref: the base's policy,
   * waivers and overrides, see policy/profile-changes.ts). Its declared controls are the head's.
   */
  profileConfig?: RiskProfileConfig;
}

/**
 * The pure core: load → normalize → capabilities → controls → factors → findings → waivers.
 * Same input, same output, byte for byte. The decision is made by the policy stage.
 */
export function analyze(input: AnalyzeInput): ScanResult {
  const loaded = loadFiles(input.files);
  const errors: InputError[] = [...(input.errors ?? []), ...loaded.errors];
  const notices: Notice[] = [...(input.notices ?? []), ...loaded.notices];
  const fragments: ProfileFragment[] = [...loaded.fragments];
  if (input.introspection) {
    fragments.push({
      source: { path: input.introspection.summary.target, format: 'introspection' },
      tools: input.introspection.tools,
      // A listing cut short (repeated cursor, page or item limit) is not the whole surface.
      ...(input.introspection.summary.truncated && { toolsIncomplete: true }),
    });
  }
  const bounded = boundTools(fragments);
  errors.push(...bounded.errors);
  const profile = buildProfile(bounded.fragments, input.profileConfig ?? loaded.config, loaded.configPath);
  const capabilities = detectCapabilities(profile);
  const configPath = profile.configPath ?? '.mcp-risk.yml';
  let profileVersion = profile.config?.aivss?.version;
  if (profileVersion !== undefined && !isAivssVersion(profileVersion)) {
    // The schema checks the shape; the registry decides which versions exist.
    errors.push({ path: configPath, message: `aivss.version "${profileVersion}" is not an AIVSS version mcp-risk-gate knows`, hint: `use ${aivssVersions().join(' or ')}` });
    profileVersion = undefined;
  }
  const aivssVersion = input.aivssVersion ?? profileVersion ?? DEFAULT_AIVSS_VERSION;

  const result: ScanResult = {
    tool: { name: 'mcp-risk-gate', version: TOOL_VERSION },
    aivssVersion,
    server: {
      ...(profile.name !== undefined && { name: profile.name }),
      ...(profile.title !== undefined && { title: profile.title }),
      ...(profile.version !== undefined && { version: profile.version }),
      sources: profile.sources,
    },
    profile,
    capabilities,
    errors,
    notices,
  };
  if (input.introspection) result.introspection = input.introspection.summary;

  const maestro = evaluateControls({ profile, capabilities, repo: input.repo }, input.catalog ? { catalog: input.catalog } : {});
  const extraMitigations: ExtraMitigation[] = (input.catalog?.controls ?? []).flatMap((c) => (c.mitigates ?? []).map((m) => ({ ...m, control: c.id })));
  const needHashes = (profile.config?.waivers ?? []).some((w) => w.toolHash !== undefined);
  const lock = checkLock(profile, input.lock, errors, needHashes);
  if (lock) result.lock = lock.status;

  const drafts: FindingDraft[] = [
    // A recommended control guards against an exposure nobody has reported exploited for this kind
    // of server: it is scored with the "unreported" threat multiplier, so it ranks below required ones.
    ...maestro.findings.map((d) => (d.requirement === 'recommended' && d.threat === undefined ? { ...d, threat: 'unreported' as const } : d)),
    ...detectPoisoning({ tools: profile.tools, ...(input.introspection && { prompts: input.introspection.prompts, resources: input.introspection.resources }) }),
    ...detectDrift(profile.tools, { declaredListIncomplete: profile.toolsIncomplete }),
    ...detectToxicFlows({
      tools: profile.tools,
      effects: capabilities.effects,
      ...(profile.clientServers && { clientServers: profile.clientServers }),
      ...((profile.name ?? profile.title) !== undefined && { serverName: profile.name ?? profile.title }),
    }),
    ...(lock?.findings ?? []),
  ];

  for (const key of unknownFactorOverrides(profile.config, aivssVersion)) {
    notices.push({ path: configPath, message: `factor override "${key}" is not a factor of AIVSS v${aivssVersion}; it is ignored` });
  }

  const assessInput: AssessInput = {
    inference: { profile, capabilities, controls: maestro.controls },
    drafts,
    version: aivssVersion,
    ...(profile.config && { config: profile.config }),
    ...(extraMitigations.length > 0 && { extraMitigations }),
  };
  let assessment: Assessment;
  try {
    assessment = assess(assessInput);
  } catch (err) {
    if (err instanceof FactorOverrideError || err instanceof FindingScoreError) {
      errors.push({ path: configPath, message: err.message, hint: 'fix the value in .mcp-risk.yml (factors need a value in [0,1] and a rationale; CVSS vectors must be valid CVSS:4.0)' });
      return result;
    }
    throw err;
  }
  let findings: Finding[] = assessment.findings;
  const factors = assessment.factors;

  let controls: ControlResult[] = maestro.controls;
  const screened = screenWaivers(input.org?.policy, input.org?.path ?? '', profile.config?.waivers ?? [], input.today, configPath);
  notices.push(...screened.notices);
  const waivers = screened.kept;
  const hashes = lock ? new Map(Object.entries(lock.status.hashes)) : undefined;
  const waive = (f: Finding[], c: ControlResult[]) => applyWaivers(f, c, waivers, input.today, hashes, { configPath });
  if (waivers.length > 0) {
    const applied = waive(findings, controls);
    findings = applied.findings;
    controls = applied.controls;
    notices.push(...applied.notices);
    result.waivers = applied.outcomes.map(
      (o): WaiverReport => ({
        id: o.waiver.id,
        ...(o.waiver.tool !== undefined && { tool: o.waiver.tool }),
        state: o.state,
        expires: o.waiver.expires,
        ...(o.waiver.owner !== undefined && { owner: o.waiver.owner }),
        ...(o.daysLeft !== undefined && { daysLeft: o.daysLeft }),
        matched: o.matched,
        message: o.message,
      }),
    );
  }

  findings.sort((a, b) => b.aivss - a.aivss || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const posture = postureOf(factors);
  const score = serverScore(findings);
  result.factors = factors;
  result.posture = posture.sum;
  result.postureSnapped = posture.snappedSum;
  result.factorVector = localFactorVector(factors, aivssVersion);
  result.score = score.score;
  result.severity = score.severity;
  if (score.findingId !== undefined) result.scoreFindingId = score.findingId;
  result.controls = controls;
  result.layers = summarizeLayers(controls);
  result.findings = findings;
  result.scenarios = assessment.scenarios;
  const lowerInput = {
    assess: assessInput,
    current: assessment,
    ...(waivers.length > 0 && {
      waive: (f: Finding[]) => waive(f, maestro.controls).findings,
      waivedControls: new Set(controls.filter((c) => c.status === 'waived').map((c) => c.id)),
    }),
  };
  if (input.explain === false) return result;
  result.improvements = whatWouldLowerIt({ ...lowerInput, top: 5 });
  result.fixPath = fixPath({ ...lowerInput, steps: 10 });
  const shape = aivssVersionEntry(aivssVersion).assessment;
  const v08 = aivssVersion === shape ? assessment : assess({ ...assessInput, version: shape });
  result.assessment = appendixAssessment({
    systemName: profile.name ?? profile.title ?? 'unnamed MCP server',
    ...(profile.version !== undefined && { systemVersion: profile.version }),
    assessmentDate: input.today,
    assessorId: `mcp-risk-gate ${TOOL_VERSION}`,
    findings: v08.findings,
    factors: v08.factors,
  }) as unknown as Record<string, unknown>;
  return result;
}

/** Compares the committed lock with the tools seen now; an unreadable lock is an input error. */
function checkLock(
  profile: ServerProfile,
  lockFile: AnalyzeInput['lock'],
  errors: InputError[],
  needHashes: boolean,
): { status: LockStatus; findings: FindingDraft[] } | undefined {
  const requireLock = profile.config?.policy?.['require-lock'] === true;
  // Hashing every tool is the costliest part of a large scan: only when something reads the hashes.
  if (!lockFile && !requireLock && !needHashes) return undefined;
  // Twins each get an entry, so the diff shows the definition the lock never pinned; they get no
  // hash, so a waiver bound to one tool's hash cannot cover a same-named other.
  const current = computeLock(profile.tools, { twins: 'keep' });
  const twins = new Set(current.tools.filter((t, i, all) => all[i - 1]?.name === t.name || all[i + 1]?.name === t.name).map((t) => t.name));
  const hashes = Object.fromEntries(current.tools.filter((t) => !twins.has(t.name)).map((t) => [t.name, t.sha256]));
  const empty = { added: [], removed: [], changed: [], hashes };
  if (!lockFile) {
    if (!requireLock) return { status: { path: LOCK_FILE_NAME, state: 'not-checked', ...empty }, findings: [] };
    return { status: { path: LOCK_FILE_NAME, state: 'missing', ...empty }, findings: [lockMissingFinding(LOCK_FILE_NAME)] };
  }
  let value: unknown;
  try {
    value = JSON.parse(lockFile.text);
  } catch {
    errors.push({ path: lockFile.path, line: 1, message: 'mcp-tools.lock.json is not valid JSON', hint: 'regenerate it with `mcp-risk-gate lock`' });
    return { status: { path: lockFile.path, state: 'invalid', ...empty }, findings: [] };
  }
  const parsed = parseLock(value);
  if (!parsed.ok) {
    errors.push({ path: lockFile.path, line: 1, message: `mcp-tools.lock.json is invalid: ${parsed.errors.slice(0, 3).join('; ')}`, hint: 'regenerate it with `mcp-risk-gate lock` and review the diff' });
    return { status: { path: lockFile.path, state: 'invalid', ...empty }, findings: [] };
  }
  if (profile.tools.length === 0) return { status: { path: lockFile.path, state: 'not-checked', ...empty }, findings: [] };
  const diff = diffLock(parsed.lock, current);
  const matches = diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
  return {
    status: {
      path: lockFile.path,
      state: matches ? 'match' : 'mismatch',
      added: diff.added.map((t) => t.name),
      removed: diff.removed.map((t) => t.name),
      changed: diff.changed.map((c) => ({ name: c.name, fields: [...c.fields] })),
      hashes,
    },
    findings: matches ? [] : lockFindings(diff, lockFile.path),
  };
}
