import type { Location, ToolAnnotations, ToolOrigin, ToolRecord } from '../model/index.js';
import { isObject, str } from './fragment.js';
import { canonicalJson } from '../surface/canonical-json.js';

const HINTS = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const;
/** MCP spec defaults; mcp-go's NewTool serialises exactly these when the author set nothing. */
const SPEC_DEFAULTS = { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true } as const;
const HTTP_METHODS = new Set(['get', 'head', 'options', 'post', 'put', 'patch', 'delete']);
const PRECEDENCE = { observed: 3, dump: 2, declared: 1 } as const;

function readAnnotations(raw: unknown): ToolAnnotations | undefined {
  if (!isObject(raw)) return undefined;
  const out: ToolAnnotations = {};
  if (typeof raw['title'] === 'string') out.title = raw['title'];
  for (const h of HINTS) if (typeof raw[h] === 'boolean') out[h] = raw[h] as boolean;
  return Object.keys(out).length > 0 ? out : undefined;
}

function hasHints(a: ToolAnnotations | undefined): boolean {
  return !!a && HINTS.some((h) => a[h] !== undefined);
}

export function isAllDefault(a: ToolAnnotations | undefined): boolean {
  return !!a && HINTS.every((h) => a[h] === SPEC_DEFAULTS[h]);
}

/** Applies the spec defaults: a missing hint is the risky value, never the safe one. */
export function effectiveOf(a: ToolAnnotations | undefined): ToolRecord['effective'] {
  const readOnly = a?.readOnlyHint === true;
  return {
    readOnly,
    destructive: !readOnly && a?.destructiveHint !== false,
    idempotent: readOnly || a?.idempotentHint === true,
    openWorld: a?.openWorldHint !== false,
  };
}

/** Builds a ToolRecord from a raw MCP Tool object (or a catalog entry with fewer fields). */
export function toolFromRaw(raw: Record<string, unknown>, origin: ToolOrigin, location?: Location): ToolRecord {
  const annotations = readAnnotations(raw['annotations']);
  const allDefault = isAllDefault(annotations);
  const method = str(raw['httpMethod']) ?? str(raw['method']);
  const scopes = Array.isArray(raw['requiredScopes']) ? raw['requiredScopes'].filter((s): s is string => typeof s === 'string') : undefined;
  const title = str(raw['title']) ?? annotations?.title;
  const record: ToolRecord = {
    name: String(raw['name']),
    annotationsDeclared: hasHints(annotations) && !allDefault,
    annotationsAllDefault: allDefault,
    effective: effectiveOf(annotations),
    origins: [{ ...origin, ...(location?.line !== undefined && { line: location.line }), ...(annotations && { annotations }) }],
  };
  if (title !== undefined) record.title = title;
  const description = str(raw['description']);
  if (description !== undefined) record.description = description;
  const input = isObject(raw['inputSchema']) ? raw['inputSchema'] : isObject(raw['parameters']) ? raw['parameters'] : undefined;
  if (input) record.inputSchema = input;
  if (isObject(raw['outputSchema'])) record.outputSchema = raw['outputSchema'];
  if (annotations) record.annotations = annotations;
  if (scopes && scopes.length > 0) record.requiredScopes = scopes;
  if (method && HTTP_METHODS.has(method.toLowerCase())) record.httpMethod = method.toUpperCase();
  if (location) record.location = location;
  return record;
}

/**
 * Merges records of the same tool from several sources. The most authoritative source
 * (observed > dump > declared) wins each field it has; provenance of every source is kept.
 *
 * Records of the most authoritative provenance that define the tool differently are twins, not
 * one tool: each stays its own record, so every definition a host may serve is analysed (keeping
 * only the first would hide a poisoned twin listed after a benign one). Identical ones merge.
 * Less authoritative records (a manifest's declaration) fill the gaps of each twin.
 */
export function mergeTools(records: ToolRecord[]): ToolRecord[] {
  const byName = new Map<string, ToolRecord[]>();
  for (const r of records) {
    const list = byName.get(r.name);
    if (list) list.push(r);
    else byName.set(r.name, [r]);
  }
  const merged: ToolRecord[] = [];
  for (const [, list] of byName) {
    const ranked = [...list].sort((a, b) => rank(b) - rank(a));
    const first = ranked[0];
    if (!first || ranked.length === 1) {
      if (first) merged.push(first);
      continue;
    }
    const top = rank(first);
    const twins: ToolRecord[][] = [];
    // One key per record (a definition can be large), looked up, not compared pairwise.
    const byKey = new Map<string, ToolRecord[]>();
    for (const r of ranked) {
      if (rank(r) !== top) break;
      const key = definitionKey(r);
      const same = key !== undefined ? byKey.get(key) : undefined;
      if (same) same.push(r);
      else {
        const twin = [r];
        twins.push(twin);
        if (key !== undefined) byKey.set(key, twin);
      }
    }
    const lower = ranked.filter((r) => rank(r) !== top);
    for (const twin of twins) merged.push(mergeRanked([...twin, ...lower]));
  }
  return merged;
}

/** One record from records of one tool, most authoritative first. */
function mergeRanked(ranked: ToolRecord[]): ToolRecord {
  const first = ranked[0]!;
  if (ranked.length === 1) return first;
  const out: ToolRecord = { ...first, origins: ranked.flatMap((r) => r.origins) };
  for (const r of ranked.slice(1)) {
    out.title ??= r.title;
    out.description ??= r.description;
    out.inputSchema ??= r.inputSchema;
    out.outputSchema ??= r.outputSchema;
    out.requiredScopes ??= r.requiredScopes;
    out.httpMethod ??= r.httpMethod;
    out.location ??= r.location;
  }
  const annotated = ranked.find((r) => r.annotations && hasHints(r.annotations));
  if (annotated?.annotations) {
    out.annotations = annotated.annotations;
    out.annotationsDeclared = annotated.annotationsDeclared;
    out.annotationsAllDefault = annotated.annotationsAllDefault;
    out.effective = annotated.effective;
  }
  return out;
}

/** Everything a host reads of a tool, as canonical JSON; undefined when it has no JSON form (then it is never "the same"). */
function definitionKey(r: ToolRecord): string | undefined {
  try {
    return canonicalJson({
      title: r.title,
      description: r.description,
      inputSchema: r.inputSchema,
      outputSchema: r.outputSchema,
      annotations: r.annotations,
      requiredScopes: r.requiredScopes,
      httpMethod: r.httpMethod,
    });
  } catch {
    return undefined;
  }
}

function rank(r: ToolRecord): number {
  return Math.max(...r.origins.map((o) => PRECEDENCE[o.provenance]));
}
