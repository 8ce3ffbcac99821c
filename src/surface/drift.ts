import type { FindingDraft } from '../model/finding.js';
import type { Location } from '../model/location.js';
import type { ToolAnnotations, ToolOrigin, ToolRecord } from '../model/tool.js';
import { builtinCheck, type BuiltinRule } from './catalog.js';
import { normaliseName } from './poison.js';
import { visible } from './visible.js';
import { canonicalJson } from './canonical-json.js';

export interface DriftOptions {
  /** A manifest said its list is incomplete (`tools_generated`): undeclared tools are expected then. */
  declaredListIncomplete?: boolean;
}

/** Formats that can carry annotations, so a missing set there means the spec defaults. */
const ANNOTATING_FORMATS = new Set<ToolOrigin['format']>(['introspection', 'tools-dump', 'tool-snapshot']);
/** A declared name shorter than this is not taken for a truncation of a longer observed name. */
const MIN_TRUNCATED_LENGTH = 8;

/**
 * Compares what manifests declare with what a dump or the live server lists:
 * undeclared tools, declared tools that are absent, declared names that are really titles or
 * truncations, and annotation disagreements between sources. Nothing to compare gives no finding.
 */
export function detectDrift(tools: readonly ToolRecord[], options: DriftOptions = {}): FindingDraft[] {
  const declared = tools.filter((t) => t.origins.some((o) => o.provenance === 'declared'));
  const observed = tools.filter((t) => t.origins.some((o) => o.provenance !== 'declared'));
  const findings: FindingDraft[] = [];
  if (declared.length > 0 && observed.length > 0) {
    const declaredOnly = declared.filter((t) => !observed.includes(t));
    const observedOnly = observed.filter((t) => !declared.includes(t));
    const matched = new Set<ToolRecord>();
    const observedSources = labelsOf(observed, 'observed');
    const manifests = manifestLocations(declared);
    for (const d of declaredOnly) {
      const hit = observedOnly.find((o) => !matched.has(o) && renameKind(d.name, o) !== undefined);
      if (!hit) {
        findings.push(
          finding('drift-missing', d.name, locationsOf(d), `Tool "${visible(d.name, 128)}" is declared in ${labelsOf([d], 'declared')} but ${observedSources} does not list it.`),
        );
        continue;
      }
      matched.add(hit);
      const how = renameKind(d.name, hit);
      findings.push(
        finding(
          'drift-renamed',
          hit.name,
          locationsOf(d),
          `${labelsOf([d], 'declared')} lists "${visible(d.name, 128)}", which is ${how} of the tool "${visible(hit.name, 128)}"; hosts match tools by name, so declare "${visible(hit.name, 128)}".`,
        ),
      );
    }
    if (!options.declaredListIncomplete) {
      for (const o of observedOnly) {
        if (matched.has(o)) continue;
        findings.push(
          finding('drift-undeclared', o.name, manifests, `Tool "${visible(o.name, 128)}" is listed by ${labelsOf([o], 'observed')} but no manifest declares it (${labelsOf(declared, 'declared')}).`),
        );
      }
    }
  }
  for (const t of tools) {
    const message = annotationDisagreement(t);
    if (message) findings.push(finding('drift-annotations', t.name, locationsOf(t), message));
  }
  findings.push(...duplicateConflicts(tools));
  return findings;
}

const DEFINITION_FIELDS = ['title', 'description', 'inputSchema', 'outputSchema', 'annotations', 'requiredScopes', 'httpMethod'] as const;

/**
 * The loader keeps same-named tools apart only when their definitions differ (identical twins
 * merge), so two records of one name here are twins a host must choose between.
 */
function duplicateConflicts(tools: readonly ToolRecord[]): FindingDraft[] {
  const byName = new Map<string, ToolRecord[]>();
  for (const t of tools) {
    const list = byName.get(t.name);
    if (list) list.push(t);
    else byName.set(t.name, [t]);
  }
  const findings: FindingDraft[] = [];
  for (const [name, twins] of byName) {
    if (twins.length < 2) continue;
    const differ = DEFINITION_FIELDS.filter((f) => new Set(twins.map((t, i) => fieldKey(t[f], i))).size > 1);
    const where = twins.map((t) => placeOf(t));
    findings.push(
      finding(
        'duplicate-conflict',
        name,
        twins.flatMap((t) => locationsOf(t).slice(0, 1)),
        `Tool "${visible(name, 128)}" has ${twins.length} different definitions (${where.join('; ')}); they differ in ${differ.join(', ') || 'their definition'}. Hosts keep one of them, and which one is undefined: each definition was analysed on its own.`,
      ),
    );
  }
  return findings;
}

/** A value without JSON form (YAML's .inf) never equals another twin's: `i` keeps it apart. */
function fieldKey(value: unknown, i: number): string {
  if (value === undefined) return '';
  try {
    return canonicalJson(value);
  } catch {
    return `\u0000${i}`;
  }
}

function placeOf(t: ToolRecord): string {
  const o = t.origins.find((x) => x.provenance !== 'declared') ?? t.origins[0];
  if (!o) return 'an unnamed source';
  return o.format === 'introspection' ? originLabel(o) : `${visible(o.path, 200)}${o.line !== undefined ? `:${o.line}` : ''}`;
}

/** How a declared name stands for an observed tool, in words, or undefined when it does not. */
function renameKind(declaredName: string, o: ToolRecord): string | undefined {
  const key = normaliseName(declaredName);
  if (key === normaliseName(o.name)) return 'a differently spelled form of the name';
  if (o.title !== undefined && key === normaliseName(o.title)) return 'the title';
  if (o.annotations?.title !== undefined && key === normaliseName(o.annotations.title)) return 'the annotations title';
  if (declaredName.length >= MIN_TRUNCATED_LENGTH && o.name.length > declaredName.length && o.name.startsWith(declaredName)) return 'a truncated form';
  return undefined;
}

type Effective = ToolRecord['effective'];
const EFFECTIVE_KEYS = ['readOnly', 'destructive', 'idempotent', 'openWorld'] as const;

function effectiveOf(a: ToolAnnotations): Effective {
  const readOnly = a.readOnlyHint ?? false;
  return {
    readOnly,
    destructive: !readOnly && (a.destructiveHint ?? true),
    idempotent: a.idempotentHint ?? false,
    openWorld: a.openWorldHint ?? true,
  };
}

/** Compares effective classifications, so `destructiveHint: true` and an absent hint agree. */
function annotationDisagreement(t: ToolRecord): string | undefined {
  const views = t.origins
    .filter((o) => o.annotations !== undefined || ANNOTATING_FORMATS.has(o.format))
    .map((o) => ({ origin: o, effective: effectiveOf(o.annotations ?? {}) }));
  if (views.length < 2) return undefined;
  const diffs: string[] = [];
  for (const key of EFFECTIVE_KEYS) {
    const values = new Set(views.map((v) => v.effective[key]));
    if (values.size < 2) continue;
    diffs.push(`${key} is ${views.map((v) => `${v.effective[key]} in ${originLabel(v.origin)}`).join(', ')}`);
  }
  if (diffs.length === 0) return undefined;
  return `Sources disagree on tool "${visible(t.name, 128)}": ${diffs.join('; ')}.`;
}

function originLabel(o: ToolOrigin): string {
  return o.format === 'introspection' ? `the live server (${visible(o.path, 120)})` : visible(o.path, 200);
}

function labelsOf(tools: readonly ToolRecord[], which: 'declared' | 'observed'): string {
  const labels = new Set<string>();
  for (const t of tools) {
    for (const o of t.origins) if ((o.provenance === 'declared') === (which === 'declared')) labels.add(originLabel(o));
  }
  return labels.size > 0 ? [...labels].join(', ') : 'an unnamed source';
}

/** The manifests that declare tools: where an undeclared tool should be added. */
function manifestLocations(declared: readonly ToolRecord[]): Location[] {
  const paths = new Set<string>();
  for (const t of declared) for (const o of t.origins) if (o.provenance === 'declared') paths.add(o.path);
  return [...paths].map((path) => ({ path }));
}

function locationsOf(t: ToolRecord): Location[] {
  if (t.location) return [t.location];
  return t.origins
    .filter((o) => o.provenance === 'declared' || o.format !== 'introspection')
    .map((o) => (o.line !== undefined ? { path: o.path, line: o.line } : { path: o.path }));
}

function finding(rule: BuiltinRule, tool: string, locations: Location[], message: string): FindingDraft {
  const check = builtinCheck(rule);
  const draft: FindingDraft = {
    id: `${check.id}:${visible(tool, 128)}`,
    kind: 'drift',
    title: check.title,
    message,
    layers: [...check.layers],
    tool,
    cvssVector: check.cvssVector,
    locations,
    remediation: check.remediation,
    docs: check.docs,
  };
  if (check.controlId) draft.controlId = check.controlId;
  return draft;
}
