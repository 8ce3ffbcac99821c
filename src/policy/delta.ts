import type { Finding } from '../model/finding.js';
import type { ScanResult } from '../model/result.js';
import type { ToolRecord } from '../model/tool.js';
import { canonicalJson } from '../surface/canonical-json.js';

export type ToolField = 'title' | 'description' | 'inputSchema' | 'outputSchema' | 'annotations' | 'requiredScopes' | 'httpMethod';

export interface ToolChange {
  name: string;
  fields: ToolField[];
}

export interface FactorChange {
  id: string;
  name: string;
  before?: number;
  after?: number;
}

export interface ScoreChange {
  before?: number;
  after?: number;
}

/** What a PR changes, base → head. Findings are matched by id, tools by name. */
export interface Delta {
  tools: { added: string[]; removed: string[]; changed: ToolChange[] };
  findings: { new: Finding[]; fixed: Finding[] };
  /** Controls that are missing in head but were not in base, and the reverse. */
  controls: { newlyMissing: string[]; nowPresent: string[] };
  score: ScoreChange;
  posture: ScoreChange;
  /** Only factors whose value differs (including ones present on one side only). */
  factors: FactorChange[];
}

const TOOL_FIELDS: readonly ToolField[] = ['title', 'description', 'inputSchema', 'outputSchema', 'annotations', 'requiredScopes', 'httpMethod'];

export function diffResults(base: ScanResult, head: ScanResult): Delta {
  const baseTools = byKey(base.profile.tools, (t) => t.name);
  const headTools = byKey(head.profile.tools, (t) => t.name);
  const added = [...headTools.keys()].filter((n) => !baseTools.has(n)).sort();
  const removed = [...baseTools.keys()].filter((n) => !headTools.has(n)).sort();
  const changed: ToolChange[] = [];
  for (const [name, after] of [...headTools].sort(([a], [b]) => compare(a, b))) {
    const before = baseTools.get(name);
    if (before === undefined) continue;
    const fields = TOOL_FIELDS.filter((f) => canonical(field(before, f)) !== canonical(field(after, f)));
    if (fields.length > 0) changed.push({ name, fields });
  }

  const baseFindings = byKey(base.findings ?? [], (f) => f.id);
  const headFindings = byKey(head.findings ?? [], (f) => f.id);
  const newFindings = [...headFindings.values()].filter((f) => !baseFindings.has(f.id));
  const fixed = [...baseFindings.values()].filter((f) => !headFindings.has(f.id));

  const missing = (r: ScanResult) => new Set((r.controls ?? []).filter((c) => c.status === 'missing').map((c) => c.id));
  const baseMissing = missing(base);
  const headMissing = missing(head);

  const baseFactors = byKey(base.factors ?? [], (f) => f.id);
  const headFactors = byKey(head.factors ?? [], (f) => f.id);
  const factors: FactorChange[] = [];
  for (const id of new Set([...headFactors.keys(), ...baseFactors.keys()])) {
    const b = baseFactors.get(id);
    const a = headFactors.get(id);
    if (b?.value === a?.value) continue;
    factors.push({ id, name: (a ?? b)?.name ?? id, ...(b !== undefined ? { before: b.value } : {}), ...(a !== undefined ? { after: a.value } : {}) });
  }

  return {
    tools: { added, removed, changed },
    findings: { new: sortFindings(newFindings), fixed: sortFindings(fixed) },
    controls: {
      newlyMissing: [...headMissing].filter((id) => !baseMissing.has(id)).sort(),
      nowPresent: [...baseMissing].filter((id) => !headMissing.has(id)).sort(),
    },
    score: range(base.score, head.score),
    posture: range(base.posture, head.posture),
    factors,
  };
}

/** True when the delta has anything a reviewer would want to see. */
export function hasChanges(delta: Delta): boolean {
  return (
    delta.tools.added.length + delta.tools.removed.length + delta.tools.changed.length > 0 ||
    delta.findings.new.length + delta.findings.fixed.length > 0 ||
    delta.controls.newlyMissing.length + delta.controls.nowPresent.length > 0 ||
    delta.score.before !== delta.score.after ||
    delta.posture.before !== delta.posture.after ||
    delta.factors.length > 0
  );
}

/** Most severe first, then by id, so every renderer lists findings the same way. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => b.aivss - a.aivss || naturalCompare(a.id, b.id));
}

/** `tool_2` before `tool_10`: runs of digits compare as numbers, the rest by code unit (locale-free, so stable). */
export function naturalCompare(a: string, b: string): number {
  const split = (s: string): string[] => s.match(/\d+|\D+/g) ?? [];
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    if (/^\d/.test(p) && /^\d/.test(q)) {
      const d = Number(p) - Number(q);
      if (d !== 0) return d;
      return p.length - q.length;
    }
    return compare(p, q);
  }
  return x.length - y.length || compare(a, b);
}

function range(before: number | undefined, after: number | undefined): ScoreChange {
  return { ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) };
}

function field(tool: ToolRecord, f: ToolField): unknown {
  return tool[f];
}

function byKey<T>(items: readonly T[], key: (t: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Key-order-independent JSON, so a reordered schema is not reported as a change. */
function canonical(value: unknown): string {
  return value === undefined ? 'undefined' : canonicalJson(value);
}
