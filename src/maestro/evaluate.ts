import type { CapabilityProfile } from '../model/capability.js';
import type { ControlEvidence, ControlResult } from '../model/control.js';
import type { FindingDraft } from '../model/finding.js';
import type { Location } from '../model/location.js';
import type { ServerProfile } from '../model/profile.js';
import type { FixSnippet } from '../model/finding.js';
import type { RepoSnapshot } from '../model/repo.js';
import type { LayerSummary } from '../model/result.js';
import { catalog as defaultCatalog } from './catalog.js';
import { runChecks } from './checks.js';
import { requirementFor } from './conditions.js';
import { DETECTORS } from './detectors/index.js';
import type { DetectorContext, DetectorOutcome } from './detectors/index.js';
import { summarizeLayers } from './layers.js';
import type { Catalog, CatalogControl, DetectorRef, FixTarget } from './types.js';

export interface MaestroInput {
  profile: ServerProfile;
  capabilities: CapabilityProfile;
  repo: RepoSnapshot;
}

export interface MaestroResult {
  controls: ControlResult[];
  findings: FindingDraft[];
  layers: LayerSummary[];
}

export interface EvaluateOptions {
  /** Another catalog (tests, future versions); defaults to the bundled one. */
  catalog?: Catalog;
}

const MAX_LOCATIONS = 10;

/** Refs that can only veto (counter-evidence) do not form a group the control must satisfy. */
function formsGroup(ref: DetectorRef): boolean {
  return !(ref.params?.['role'] === 'violates' && ref.params['absenceIsEvidence'] !== true);
}

interface RefOutcome {
  ref: DetectorRef;
  out: DetectorOutcome;
}

function runDetectors(control: CatalogControl, ctx: DetectorContext): RefOutcome[] {
  return control.evidence.map((ref) => {
    const detector = DETECTORS[ref.detector];
    if (!detector) throw new Error(`catalog control ${control.id} names unknown detector '${ref.detector}'`);
    try {
      return { ref, out: detector(ctx, ref.params ?? {}, ref.detector) };
    } catch (err) {
      throw new Error(`catalog control ${control.id}, detector ${ref.detector}: ${(err as Error).message}`);
    }
  });
}

function declaredEvidence(control: CatalogControl, profile: ServerProfile): ControlEvidence[] {
  return (profile.config?.controls ?? [])
    .filter((d) => d.id === control.id)
    .map((d) => ({
      strength: 'declared' as const,
      detector: 'profile',
      detail: `declared in ${profile.configPath ?? '.mcp-risk.yml'}${d.description ? `: ${d.description}` : ''} (see ${d.evidence})`,
      ...(profile.configPath ? { location: { path: profile.configPath } } : {}),
    }));
}

interface Judgement {
  present: boolean;
  evidence: ControlEvidence[];
  summary: string;
}

function judge(control: CatalogControl, results: RefOutcome[], declared: ControlEvidence[]): Judgement {
  const against = results.flatMap((r) => r.out.against);
  const satisfied = results.flatMap((r) => r.out.satisfied);
  const gaps = results.flatMap((r) => r.out.gaps);
  const groups = new Map<string, RefOutcome[]>();
  for (const r of results.filter((x) => formsGroup(x.ref))) {
    const g = r.ref.group ?? 'main';
    groups.set(g, [...(groups.get(g) ?? []), r]);
  }
  const unmet = [...groups.values()].filter((rs) => !rs.some((r) => r.out.satisfied.length > 0));
  // What was looked for and not seen, said once per unmet group member.
  const absent: ControlEvidence[] = unmet.flatMap((rs) =>
    rs.map((r) => ({ strength: 'absent' as const, detector: r.ref.detector, detail: `${r.ref.label}: ${r.out.absent}` })),
  );
  if (against.length > 0) {
    // Observed counter-evidence outweighs both observed support and a declaration.
    return {
      present: false,
      evidence: [...against, ...gaps, ...satisfied, ...declared],
      summary: `Counter-evidence: ${against.slice(0, 3).map((e) => e.detail).join('; ')}${against.length > 3 ? ` (+${against.length - 3} more)` : ''}.`,
    };
  }
  if (groups.size > 0 && unmet.length === 0) {
    return { present: true, evidence: [...satisfied, ...declared], summary: 'Observed.' };
  }
  if (declared.length > 0) {
    return { present: true, evidence: [...declared, ...satisfied, ...absent], summary: 'Declared in the profile only (not observed).' };
  }
  return {
    present: false,
    evidence: [...satisfied, ...gaps, ...absent],
    summary: `Not found: ${absent.map((e) => e.detail).join('; ')}.`,
  };
}

/** A path names something in the repository: a file, or a folder that holds one. */
function exists(path: string, repo: RepoSnapshot): boolean {
  const p = path.replace(/^\.\//, '').replace(/\/+$/, '');
  if (p === '' || p === '.') return true;
  return repo.files.some((f) => f.path === p || f.path.startsWith(`${p}/`));
}

function locate(target: FixTarget, profile: ServerProfile): Location[] {
  // The first three places are enough, and a server may have thousands of tools.
  const some = (items: readonly { location?: Location }[]): Location[] => {
    const out: Location[] = [];
    for (const item of items) {
      if (item.location) out.push(item.location);
      if (out.length === 3) break;
    }
    return out;
  };
  switch (target) {
    case 'tools':
      return some(profile.tools);
    case 'secrets':
      return some(profile.secrets);
    case 'remotes':
      return some(profile.remotes);
    case 'packages':
      return some(profile.packages);
    case 'config':
      return profile.configPath ? [{ path: profile.configPath }] : [];
    case 'manifest': {
      const preferred = profile.sources.find((s) => s.format === 'registry-server-json' || s.format === 'mcpb-manifest') ?? profile.sources[0];
      return preferred ? [{ path: preferred.path }] : [];
    }
    default:
      return [{ path: target.slice('file:'.length) }];
  }
}

interface Placement {
  locations: Location[];
  /** The catalog's file for this fix does not exist: the report says "add <file>" instead of pointing at it. */
  addFile?: string;
}

function findingLocations(control: CatalogControl, evidence: ControlEvidence[], profile: ServerProfile, repo: RepoSnapshot): Placement {
  const seen = new Set<string>();
  const out: Location[] = [];
  const add = (l: Location): void => {
    const key = `${l.path}:${l.line ?? ''}`;
    if (seen.has(key) || out.length >= MAX_LOCATIONS) return;
    seen.add(key);
    out.push(l);
  };
  // Counter-evidence and gaps point at the exact line to fix; otherwise the catalog says where.
  for (const e of evidence) if (e.location && (e.against || e.strength === 'absent')) add(e.location);
  let addFile: string | undefined;
  if (out.length === 0) {
    for (const target of control.fixAt) {
      // A file the catalog names but the repository lacks is never a location: nothing to open there.
      const locs = locate(target, profile).filter((l) => exists(l.path, repo));
      if (target.startsWith('file:') && locs.length === 0) {
        addFile ??= target.slice('file:'.length);
        continue;
      }
      if (locs.length > 0) {
        locs.forEach(add);
        break;
      }
    }
  }
  // Annotations and SARIF need a file: the main manifest stands in for "the repository".
  if (out.length === 0) {
    const manifest = locate('manifest', profile).filter((l) => exists(l.path, repo));
    add(manifest[0] ?? { path: '.' });
  }
  return { locations: out, ...(addFile !== undefined ? { addFile } : {}) };
}

function snippet(control: CatalogControl, repo: RepoSnapshot): FixSnippet {
  const s = control.remediation.snippet;
  return { ...s, ...(s.file !== undefined ? { fileExists: exists(s.file, repo) } : {}) };
}

function layerNames(control: CatalogControl): string {
  return control.layers.join(', ');
}

/** Evaluates every catalog control and check against one server; pure and deterministic. */
export function evaluateControls(input: MaestroInput, options: EvaluateOptions = {}): MaestroResult {
  const cat = options.catalog ?? defaultCatalog();
  const ctx: DetectorContext = { profile: input.profile, capabilities: input.capabilities, repo: input.repo };
  const controls: ControlResult[] = [];
  const findings: FindingDraft[] = [];
  for (const control of cat.controls) {
    const { requirement, reason } = requirementFor(control, ctx);
    const base = { id: control.id, title: control.title, layers: [...control.layers], home: control.home, requirement };
    if (requirement === 'not-applicable') {
      controls.push({ ...base, status: 'not-applicable', reason, evidence: [] });
      continue;
    }
    const verdict = judge(control, runDetectors(control, ctx), declaredEvidence(control, input.profile));
    controls.push({ ...base, status: verdict.present ? 'present' : 'missing', reason, evidence: verdict.evidence });
    if (verdict.present) continue;
    const placement = findingLocations(control, verdict.evidence, input.profile, input.repo);
    findings.push({
      id: control.id,
      kind: 'missing-control',
      controlId: control.id,
      title: control.missingTitle,
      controlTitle: control.title,
      message: `${control.missingTitle} (${requirement} control ${control.title}, MAESTRO ${layerNames(control)}). ${reason} ${verdict.summary}`,
      layers: [...control.layers],
      requirement,
      cvssVector: control.cvss,
      locations: placement.locations,
      ...(placement.addFile !== undefined ? { addFile: placement.addFile } : {}),
      // The unmet evidence groups in words; per-tool gaps stay in the evidence list.
      missing: verdict.evidence.filter((e) => e.strength === 'absent' && e.location === undefined).map((e) => e.detail),
      remediation: `${control.remediation.text} Example: ${control.remediation.example}`,
      fix: { text: control.remediation.text, snippet: snippet(control, input.repo) },
      docs: control.docs ?? `docs/controls.md#${control.docsAnchor}`,
    });
  }
  findings.push(...runChecks(cat.checks ?? [], ctx));
  return { controls, findings, layers: summarizeLayers(controls) };
}
