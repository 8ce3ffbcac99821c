import type { CapabilityProfile } from '../../model/capability.js';
import type { ControlEvidence } from '../../model/control.js';
import type { ServerProfile } from '../../model/profile.js';
import type { RepoSnapshot } from '../../model/repo.js';
import type { ToolRecord } from '../../model/tool.js';

export interface DetectorContext {
  profile: ServerProfile;
  capabilities: CapabilityProfile;
  repo: RepoSnapshot;
}

/**
 * What one detector saw. `satisfied` argues for the control, `against` is counter-evidence
 * (it makes the control missing whatever else is found), `gaps` point at where the control
 * is lacking (tools without annotations) without vetoing other evidence.
 */
export interface DetectorOutcome {
  satisfied: ControlEvidence[];
  against: ControlEvidence[];
  gaps: ControlEvidence[];
  /** Why nothing satisfied it, in words; used when `satisfied` is empty. */
  absent: string;
}

export type Params = Readonly<Record<string, unknown>>;
export type Detector = (ctx: DetectorContext, params: Params, name: string) => DetectorOutcome;

export class CatalogParamError extends Error {}

export function str(p: Params, key: string): string {
  const v = p[key];
  if (typeof v !== 'string' || v === '') throw new CatalogParamError(`parameter '${key}' must be a non-empty string`);
  return v;
}

export function optStr(p: Params, key: string): string | undefined {
  const v = p[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new CatalogParamError(`parameter '${key}' must be a string`);
  return v;
}

export function strs(p: Params, key: string): string[] | undefined {
  const v = p[key];
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || !v.every((x): x is string => typeof x === 'string')) {
    throw new CatalogParamError(`parameter '${key}' must be an array of strings`);
  }
  return v;
}

export function bool(p: Params, key: string): boolean {
  const v = p[key];
  if (v === undefined) return false;
  if (typeof v !== 'boolean') throw new CatalogParamError(`parameter '${key}' must be a boolean`);
  return v;
}

export function outcome(partial: Partial<DetectorOutcome> & { absent: string }): DetectorOutcome {
  return { satisfied: [], against: [], gaps: [], ...partial };
}

export type ToolSelector = 'all' | 'write' | 'destructive' | 'open-world' | 'read-only';

export function selector(p: Params, key = 'tools'): ToolSelector {
  const v = p[key] ?? 'all';
  if (v === 'all' || v === 'write' || v === 'destructive' || v === 'open-world' || v === 'read-only') return v;
  throw new CatalogParamError(`parameter '${key}' must be one of all, write, destructive, open-world, read-only`);
}

/** Classification follows the effective (spec-default-applied) view, never raw hints. */
export function selectTools(tools: readonly ToolRecord[], sel: ToolSelector): ToolRecord[] {
  switch (sel) {
    case 'all':
      return [...tools];
    case 'write':
      return tools.filter((t) => !t.effective.readOnly);
    case 'destructive':
      return tools.filter((t) => !t.effective.readOnly && t.effective.destructive);
    case 'open-world':
      return tools.filter((t) => t.effective.openWorld);
    case 'read-only':
      return tools.filter((t) => t.effective.readOnly);
  }
}

/** Lists are capped so a 500-tool server does not produce a 500-line evidence list. */
export const MAX_LISTED = 10;

export function listNames(names: readonly string[], max = 5): string {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
