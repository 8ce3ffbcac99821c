import type { ToolAnnotations, ToolRecord } from '../model/tool.js';
import { canonicalJson } from './canonical-json.js';
import { visible } from './visible.js';
import { sha256Hex } from './sha256.js';

export const LOCK_VERSION = 1;
export const LOCK_FILE_NAME = 'mcp-tools.lock.json';

/** The fields a lock pins, besides the name: what a model reads and what the host trusts. */
export const LOCKED_FIELDS = ['description', 'inputSchema', 'outputSchema', 'annotations'] as const;
export type LockedField = (typeof LOCKED_FIELDS)[number];

export interface LockedDefinition {
  description?: string;
  inputSchema?: unknown;
  outputSchema?: unknown;
  annotations?: ToolAnnotations;
}

export interface LockedTool {
  name: string;
  /** Lowercase hex SHA-256 of the canonical JSON of `{name, ...definition}`. */
  sha256: string;
  /** Kept in the lock so a changed tool can be shown as a diff, not only as a new hash. */
  definition: LockedDefinition;
}

export interface ToolLock {
  lockVersion: typeof LOCK_VERSION;
  algorithm: 'sha256';
  canonicalization: 'RFC8785';
  /** Sorted by name (UTF-16 code units), so the file is stable across runs. */
  tools: LockedTool[];
}

export function lockDefinition(tool: ToolRecord): LockedDefinition {
  const def: LockedDefinition = {};
  if (tool.description !== undefined) def.description = tool.description;
  if (tool.inputSchema !== undefined) def.inputSchema = tool.inputSchema;
  if (tool.outputSchema !== undefined) def.outputSchema = tool.outputSchema;
  if (tool.annotations !== undefined) def.annotations = tool.annotations;
  return def;
}

export function hashTool(name: string, definition: LockedDefinition): string {
  return sha256Hex(canonicalJson({ name, ...definition }));
}

/** Same-named tools with different definitions: a lock keyed by name cannot pin them. */
export class DuplicateToolError extends Error {
  override readonly name = 'DuplicateToolError';
  constructor(
    readonly tool: string,
    readonly places: string[],
  ) {
    super(
      `tool "${visible(tool, 128)}" has ${places.length} different definitions (${places.join(', ')}); a lock pins one definition per name: ` +
        'remove the stale or unexpected definition, or give each tool a unique name, then run `mcp-risk-gate lock` again',
    );
  }
}

/**
 * Throws DuplicateToolError on twins (same-named tools that differ), unless `twins: 'keep'`: then
 * each twin gets its own entry, so a diff against a committed lock shows the unexpected definition.
 */
export function computeLock(tools: readonly ToolRecord[], options: { twins?: 'throw' | 'keep' } = {}): ToolLock {
  const seen = new Map<string, ToolRecord>();
  const locked: LockedTool[] = [];
  for (const tool of tools) {
    const twin = seen.get(tool.name);
    if (twin !== undefined && options.twins !== 'keep') {
      throw new DuplicateToolError(tool.name, tools.filter((t) => t.name === tool.name).map(placeOf));
    }
    seen.set(tool.name, tool);
    const definition = lockDefinition(tool);
    locked.push({ name: tool.name, sha256: hashTool(tool.name, definition), definition });
  }
  locked.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { lockVersion: LOCK_VERSION, algorithm: 'sha256', canonicalization: 'RFC8785', tools: locked };
}

function placeOf(tool: ToolRecord): string {
  const o = tool.origins.find((x) => x.provenance !== 'declared') ?? tool.origins[0];
  if (o === undefined) return 'an unnamed source';
  if (o.format === 'introspection') return 'the live server';
  return `${visible(o.path, 200)}${o.line !== undefined ? `:${o.line}` : ''}`;
}

/** The lock as written to disk: 2-space JSON with a trailing newline, members in a fixed order. */
export function serializeLock(lock: ToolLock): string {
  const tools = lock.tools.map((t) => ({ name: t.name, sha256: t.sha256, definition: t.definition }));
  return JSON.stringify({ lockVersion: lock.lockVersion, algorithm: lock.algorithm, canonicalization: lock.canonicalization, tools }, null, 2) + '\n';
}

export interface TextChange {
  old: string;
  new: string;
}

export interface AnnotationChange {
  key: string;
  old?: unknown;
  new?: unknown;
}

export interface ToolChange {
  name: string;
  oldSha256: string;
  newSha256: string;
  fields: LockedField[];
  /** Visible excerpts around the first difference. */
  description?: TextChange;
  inputSchemaPaths?: string[];
  outputSchemaPaths?: string[];
  annotations?: AnnotationChange[];
}

export interface LockDiff {
  added: LockedTool[];
  removed: LockedTool[];
  changed: ToolChange[];
  unchanged: number;
}

export function lockMatches(diff: LockDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

export function diffLock(previous: ToolLock, current: ToolLock): LockDiff {
  const before = new Map(previous.tools.map((t) => [t.name, t]));
  const after = new Map(current.tools.map((t) => [t.name, t]));
  const diff: LockDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const tool of current.tools) {
    const old = before.get(tool.name);
    if (!old) diff.added.push(tool);
    else if (old.sha256 === tool.sha256) diff.unchanged += 1;
    else diff.changed.push(describeChange(old, tool));
  }
  for (const tool of previous.tools) if (!after.has(tool.name)) diff.removed.push(tool);
  return diff;
}

function describeChange(old: LockedTool, now: LockedTool): ToolChange {
  const change: ToolChange = { name: now.name, oldSha256: old.sha256, newSha256: now.sha256, fields: [] };
  for (const field of LOCKED_FIELDS) {
    const a = old.definition[field];
    const b = now.definition[field];
    if (canonicalOrAbsent(a) === canonicalOrAbsent(b)) continue;
    change.fields.push(field);
    if (field === 'description') change.description = excerptChange(old.definition.description ?? '', now.definition.description ?? '');
    if (field === 'inputSchema') change.inputSchemaPaths = changedPaths(a, b);
    if (field === 'outputSchema') change.outputSchemaPaths = changedPaths(a, b);
    if (field === 'annotations') change.annotations = annotationChanges(old.definition.annotations, now.definition.annotations);
  }
  return change;
}

function canonicalOrAbsent(value: unknown): string | undefined {
  return value === undefined ? undefined : canonicalJson(value);
}

const EXCERPT_CONTEXT = 40;

/** Excerpts of both texts from a little before the first differing character. */
export function excerptChange(a: string, b: string): TextChange {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const start = Math.max(0, i - EXCERPT_CONTEXT);
  const cut = (s: string): string => (start > 0 ? '…' : '') + visible(s.slice(start), EXCERPT_CONTEXT * 3);
  return { old: cut(a), new: cut(b) };
}

const MAX_PATHS = 20;

/** JSON-Pointer paths where two JSON values differ, capped so a rewritten schema stays readable. */
export function changedPaths(a: unknown, b: unknown): string[] {
  const out: string[] = [];
  walkDiff(a, b, '', out);
  if (out.length > MAX_PATHS) return [...out.slice(0, MAX_PATHS), `… ${out.length - MAX_PATHS} more`];
  return out;
}

function walkDiff(a: unknown, b: unknown, path: string, out: string[]): void {
  if (out.length > MAX_PATHS) return;
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const k of keys) walkDiff(a[k], b[k], `${path}/${escapePointer(k)}`, out);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i += 1) walkDiff(a[i], b[i], `${path}/${i}`, out);
    return;
  }
  if (canonicalOrAbsent(a) !== canonicalOrAbsent(b)) out.push(path === '' ? '/' : path);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function escapePointer(key: string): string {
  return visible(key.replace(/~/g, '~0').replace(/\//g, '~1'), 80);
}

function annotationChanges(a: ToolAnnotations | undefined, b: ToolAnnotations | undefined): AnnotationChange[] {
  const left: Record<string, unknown> = { ...a };
  const right: Record<string, unknown> = { ...b };
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
  const out: AnnotationChange[] = [];
  for (const key of keys) {
    if (canonicalOrAbsent(left[key]) === canonicalOrAbsent(right[key])) continue;
    const change: AnnotationChange = { key };
    if (left[key] !== undefined) change.old = left[key];
    if (right[key] !== undefined) change.new = right[key];
    out.push(change);
  }
  return out;
}

/** A plain-text rendering of a diff, for the terminal and for finding messages. */
export function formatLockDiff(diff: LockDiff): string {
  const lines: string[] = [];
  for (const t of diff.added) lines.push(`+ ${visible(t.name, 128)}: new tool, not in the lock`);
  for (const t of diff.removed) lines.push(`- ${visible(t.name, 128)}: in the lock, no longer listed`);
  for (const c of diff.changed) {
    lines.push(`~ ${visible(c.name, 128)}: changed ${c.fields.join(', ')}`);
    lines.push(...describeFields(c).map((l) => `    ${l}`));
  }
  return lines.join('\n');
}

export function describeFields(c: ToolChange): string[] {
  const lines: string[] = [];
  if (c.description) {
    lines.push(`description was: "${c.description.old}"`);
    lines.push(`description now: "${c.description.new}"`);
  }
  if (c.inputSchemaPaths) lines.push(`inputSchema changed at ${c.inputSchemaPaths.join(', ')}`);
  if (c.outputSchemaPaths) lines.push(`outputSchema changed at ${c.outputSchemaPaths.join(', ')}`);
  for (const a of c.annotations ?? []) {
    lines.push(`annotations.${visible(a.key, 40)}: ${visible(JSON.stringify(a.old) ?? "(absent)", 80)} → ${visible(JSON.stringify(a.new) ?? "(absent)", 80)}`);
  }
  return lines;
}
