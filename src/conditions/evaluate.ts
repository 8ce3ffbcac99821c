import type { CapabilityProfile, Evidence } from '../model/capability.js';
import type { ControlResult, ControlStatus } from '../model/control.js';
import type { Location } from '../model/location.js';
import type { ServerProfile } from '../model/profile.js';
import type { ToolRecord } from '../model/tool.js';
import { classifyTool } from '../capabilities/effects.js';
import { inputProperties } from '../capabilities/inputs.js';
import { nameWords } from '../capabilities/words.js';
import type { Condition, ControlCondStatus, ProfileFact, ToolMatch } from './types.js';

/** What a condition reads: the normalized profile, its capabilities and, when evaluated, MAESTRO control results. */
export interface InferenceInput {
  profile: ServerProfile;
  capabilities: CapabilityProfile;
  controls?: ControlResult[];
}

/** One piece of evidence behind a matched condition. */
export interface Hit {
  tool?: string;
  detail?: string;
  location?: Location;
  /** Evidence that rests only on an MCP spec default (listed after stronger evidence). */
  weak?: boolean;
}

export interface Outcome {
  ok: boolean;
  hits: Hit[];
}

const SAFE_METHODS = new Set(['get', 'head', 'options']);
const NO: Outcome = { ok: false, hits: [] };

// Rubric patterns are few and evaluated against every tool, several times per scan (what-if re-inference).
const regexCache = new Map<string, RegExp>();

/** A case-insensitive pattern from the knowledge data, compiled once. */
export function regex(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (!re) {
    re = new RegExp(pattern, 'i');
    regexCache.set(pattern, re);
  }
  return re;
}

/** The tool's inferred effect changes something (what it does, not what MCP defaults assume). */
export function mayWrite(tool: ToolRecord): boolean {
  if (tool.httpMethod !== undefined && SAFE_METHODS.has(tool.httpMethod.toLowerCase())) return false;
  return classifyTool(tool).effects.includes('write');
}

function propertyNames(schema: unknown, depth = 0): string[] {
  if (typeof schema !== 'object' || schema === null || depth > 1) return [];
  const props = (schema as { properties?: unknown }).properties;
  if (typeof props !== 'object' || props === null) return [];
  const names: string[] = [];
  for (const key in props) {
    names.push(key);
    if (depth === 0) for (const nested of propertyNames((props as Record<string, unknown>)[key], 1)) names.push(nested);
  }
  return names;
}

/** What tool conditions read of one tool, computed once per profile. */
interface ToolFacts {
  tool: ToolRecord;
  text: string;
  props: string[];
  /** Top-level input properties with their JSON Schema `format`. */
  formats: [string, string][];
  words: string[];
  mayWrite: boolean;
}

// Rules read these for every tool, on every inference (and the what-if re-infers several times).
const factsByProfile = new WeakMap<ServerProfile, ToolFacts[]>();

function toolFacts(profile: ServerProfile): ToolFacts[] {
  let facts = factsByProfile.get(profile);
  if (!facts) {
    facts = profile.tools.map((tool) => ({
      tool,
      text: `${tool.name}\n${tool.title ?? ''}\n${tool.description ?? ''}`,
      props: propertyNames(tool.inputSchema),
      formats: inputProperties(tool.inputSchema).filter((p): p is [string, string] => p[1] !== undefined),
      words: nameWords(tool.name),
      mayWrite: mayWrite(tool),
    }));
    factsByProfile.set(profile, facts);
  }
  return facts;
}

type ToolPredicate = (f: ToolFacts) => boolean;
const predicates = new WeakMap<ToolMatch, ToolPredicate>();

/** A tool condition compiled once: cheap flag tests first, regular expressions last. */
function predicateFor(m: ToolMatch): ToolPredicate {
  let p = predicates.get(m);
  if (p) return p;
  const name = m.name !== undefined ? regex(m.name) : undefined;
  const text = m.text !== undefined ? regex(m.text) : undefined;
  const prop = m.inputProperty !== undefined ? regex(m.inputProperty) : undefined;
  const formats = m.inputFormats !== undefined ? new Set(m.inputFormats) : undefined;
  const words = m.nameWords !== undefined ? new Set(m.nameWords) : undefined;
  p = ({ tool, text: toolText, props, formats: propFormats, words: toolWords, mayWrite: writes }) => {
    if (m.readOnly !== undefined && tool.effective.readOnly !== m.readOnly) return false;
    if (m.destructive !== undefined && tool.effective.destructive !== m.destructive) return false;
    if (m.openWorld !== undefined && tool.effective.openWorld !== m.openWorld) return false;
    if (m.annotated !== undefined && tool.annotationsDeclared !== m.annotated) return false;
    if (m.mayWrite !== undefined && writes !== m.mayWrite) return false;
    if (m.hasOutputSchema !== undefined && (tool.outputSchema !== undefined) !== m.hasOutputSchema) return false;
    if (name && !name.test(tool.name)) return false;
    if (text && !text.test(toolText)) return false;
    if (words && !toolWords.some((w) => words.has(w))) return false;
    // A property matches by name or, when formats are given, by its declared format.
    if ((prop || formats) && !((prop !== undefined && props.some((x) => prop.test(x))) || (formats !== undefined && propFormats.some(([, f]) => formats.has(f))))) return false;
    return true;
  };
  predicates.set(m, p);
  return p;
}

function weakHit(e: Evidence): Hit {
  const hit: Hit = { detail: e.detail, weak: true };
  if (e.tool !== undefined) hit.tool = e.tool;
  if (e.location !== undefined) hit.location = e.location;
  return hit;
}

// One hit object per tool, shared by every condition that names it (hits are never mutated).
const toolHits = new WeakMap<ToolRecord, Hit>();

const hitTools = new WeakMap<Hit, ToolRecord>();

function toolHit(tool: ToolRecord): Hit {
  let hit = toolHits.get(tool);
  if (!hit) {
    hit = tool.location ? { tool: tool.name, location: tool.location } : { tool: tool.name };
    toolHits.set(tool, hit);
    hitTools.set(hit, tool);
  }
  return hit;
}

/** The tool record a hit names (same-named twins are distinct records), when it names one. */
export function toolOfHit(hit: Hit): ToolRecord | undefined {
  return hitTools.get(hit);
}

function fact(input: InferenceInput, which: ProfileFact): Outcome {
  const p = input.profile;
  const remoteHits = (): Hit[] =>
    p.remotes.map((r) => at(`remote ${r.type} endpoint ${r.url}`, r.location));
  switch (which) {
    case 'remote': {
      const hits = remoteHits();
      return { ok: hits.length > 0, hits };
    }
    case 'remote-only': {
      const hits = remoteHits();
      return { ok: hits.length > 0 && p.packages.length === 0, hits };
    }
    case 'package': {
      const hits = p.packages.map((k) => {
        const detail = `package ${k.registryType ?? ''} ${k.identifier ?? ''}`.replace(/\s+/g, ' ').trim();
        return k.location ? { detail, location: k.location } : { detail };
      });
      return { ok: hits.length > 0, hits };
    }
    case 'oauth':
      return { ok: p.oauthProviders.length > 0, hits: p.oauthProviders.map((o) => ({ detail: `OAuth provider ${o}` })) };
    case 'secrets': {
      const hits = p.secrets.map((s) => at(`${s.kind} ${s.name}${s.markedSecret ? ' (marked secret)' : ' (secret by name, not marked)'}`, s.location));
      return { ok: hits.length > 0, hits };
    }
    case 'tool-scopes': {
      const hits = p.tools.filter((t) => (t.requiredScopes?.length ?? 0) > 0).map(toolHit);
      return { ok: hits.length > 0, hits };
    }
    case 'local-http-transport':
      return found(
        p.transports
          .filter((t) => t.via === 'package' && t.type !== 'stdio')
          .map((t) => at(`the server process listens over ${t.type}${t.url ? ` at ${t.url}` : ''}`, t.location)),
      );
    case 'published-port':
      return found(
        p.packages.flatMap((k) => k.arguments.filter((a) => /^(-p|--publish|--port)\b/.test(a)).map((a) => at(`runtime argument "${a}" opens a local port`, k.location))),
      );
    case 'remote-without-credential-header':
      return found(
        p.remotes
          .filter((r) => r.url.startsWith('https://') && !r.headers.some((h) => h.isSecret && h.isRequired))
          .map((r) => at(`remote ${r.url} requires no credential header: authorization happens at the remote (OAuth)`, r.location)),
      );
    case 'oauth-callback':
      return found(p.packages.flatMap((k) => k.arguments.filter((a) => /OAUTH/i.test(a)).map((a) => at(`runtime argument "${a}" configures an OAuth flow`, k.location))));
    case 'filesystem-scope':
      return found(p.filesystemScopes.map((l) => at('a path input or volume mount gives filesystem access', l)));
  }
}

function at(detail: string, location: Location | undefined): Hit {
  return location ? { detail, location } : { detail };
}

function found(hits: Hit[]): Outcome {
  return hits.length > 0 ? { ok: true, hits } : NO;
}

function controlStatus(input: InferenceInput, id: string): { status: ControlCondStatus; control?: ControlResult } {
  const control = input.controls?.find((c) => c.id === id);
  return control ? { status: control.status, control } : { status: 'unknown' };
}

function stat(input: InferenceInput, which: string): number {
  const s = input.capabilities.surface;
  switch (which) {
    case 'toolCount':
      return s.toolCount;
    case 'annotated':
      return s.annotated;
    case 'readOnly':
      return s.readOnly;
    case 'destructive':
      return s.destructive;
    case 'openWorld':
      return s.openWorld;
    case 'writeTools':
      return toolFacts(input.profile).filter((f) => f.mayWrite).length;
    default:
      return 0;
  }
}

/**
 * What a condition kind reads of the inference input. The outcome memo below keys on the profile,
 * the capabilities and the statuses of the controls a condition names (`controlIds`); `uncached`
 * marks anything else (a kind reading the repository, a clock, a control's evidence), which must
 * bypass the memo.
 */
type Reads = 'nothing' | 'profile' | 'capabilities' | 'controls' | 'children' | 'uncached';
type ConditionKind = 'always' | 'capability' | 'transport' | 'source' | 'surface' | 'effect' | 'stat' | 'tools' | 'fact' | 'safetyKnob' | 'control' | 'all' | 'any' | 'not';

/**
 * This table says what each kind reads, and `kindOf` is exhaustive over the Condition union: a
 * new kind does not compile until it is entered here. `tools` and `fact` are refined per key below,
 * so a new tool-match key or profile fact must be entered too.
 */
const READS: Readonly<Record<ConditionKind, Reads>> = {
  always: 'nothing',
  capability: 'capabilities',
  transport: 'profile',
  source: 'profile',
  surface: 'capabilities',
  // Tools by inferred effect: the capabilities' effects table, indexed per capability profile.
  effect: 'capabilities',
  stat: 'profile',
  tools: 'profile',
  fact: 'profile',
  safetyKnob: 'profile',
  control: 'controls',
  all: 'children',
  any: 'children',
  not: 'children',
};

/** What each `tools` key reads of a tool record (all of it is part of the profile). */
const TOOL_MATCH_READS: Readonly<Record<keyof ToolMatch, Reads>> = {
  name: 'profile',
  text: 'profile',
  inputProperty: 'profile',
  // The JSON Schema `format` of top-level input properties.
  inputFormats: 'profile',
  // Words split from the tool name, computed once per profile (toolFacts).
  nameWords: 'profile',
  readOnly: 'profile',
  destructive: 'profile',
  openWorld: 'profile',
  annotated: 'profile',
  mayWrite: 'profile',
  hasOutputSchema: 'profile',
};

/** What each profile fact reads: remotes, packages and their arguments, transports, secrets, scopes. */
const FACT_READS: Readonly<Record<ProfileFact, Reads>> = {
  remote: 'profile',
  'remote-only': 'profile',
  package: 'profile',
  oauth: 'profile',
  secrets: 'profile',
  'tool-scopes': 'profile',
  'local-http-transport': 'profile',
  'published-port': 'profile',
  'remote-without-credential-header': 'profile',
  'oauth-callback': 'profile',
  'filesystem-scope': 'profile',
};

function kindOf(cond: Condition): ConditionKind {
  if ('all' in cond) return 'all';
  if ('any' in cond) return 'any';
  if ('not' in cond) return 'not';
  if ('always' in cond) return 'always';
  if ('capability' in cond) return 'capability';
  if ('transport' in cond) return 'transport';
  if ('source' in cond) return 'source';
  if ('surface' in cond) return 'surface';
  if ('effect' in cond) return 'effect';
  if ('stat' in cond) return 'stat';
  if ('tools' in cond) return 'tools';
  if ('fact' in cond) return 'fact';
  if ('safetyKnob' in cond) return 'safetyKnob';
  if ('control' in cond) return 'control';
  const unreached: never = cond;
  throw new Error(`unknown condition kind: ${JSON.stringify(unreached)}`);
}

function readsOf(cond: Condition): Reads {
  if ('tools' in cond) {
    // A key the table does not know (data the schema should have refused) is not cached.
    const table: Readonly<Record<string, Reads>> = TOOL_MATCH_READS;
    return Object.keys(cond.tools).some((k) => (table[k] ?? 'uncached') === 'uncached') ? 'uncached' : 'profile';
  }
  if ('fact' in cond) return FACT_READS[cond.fact] ?? 'uncached';
  return READS[kindOf(cond)];
}

const memoizableCache = new WeakMap<Condition, boolean>();

/** True when the condition (and every part of it) reads only what the memo key covers. */
function memoizable(cond: Condition): boolean {
  let ok = memoizableCache.get(cond);
  if (ok === undefined) {
    const reads = readsOf(cond);
    if (reads === 'children') {
      const parts = 'all' in cond ? cond.all : 'any' in cond ? cond.any : 'not' in cond ? [cond.not] : [];
      ok = parts.every(memoizable);
    } else {
      ok = reads !== 'uncached';
    }
    memoizableCache.set(cond, ok);
  }
  return ok;
}

const controlIdsCache = new WeakMap<Condition, readonly string[]>();

/** The control ids a condition reads, in order; empty when it reads none. */
export function controlIds(cond: Condition): readonly string[] {
  let ids = controlIdsCache.get(cond);
  if (ids === undefined) {
    if ('control' in cond) ids = [cond.control];
    else if ('all' in cond) ids = cond.all.flatMap(controlIds);
    else if ('any' in cond) ids = cond.any.flatMap(controlIds);
    else if ('not' in cond) ids = controlIds(cond.not);
    else ids = [];
    controlIdsCache.set(cond, ids);
  }
  return ids;
}

// What-if re-assessments (what would lower it, the fix path) change only control statuses: an
// outcome is computed once per profile, capabilities and the statuses of the controls it reads.
// Outcomes are shared between assessments and must not be mutated. Measured: a 2,000-tool scan
// takes 1.4 s of CPU with this memo, 2.4 s without.
const outcomes = new WeakMap<ServerProfile, WeakMap<CapabilityProfile, WeakMap<Condition, Map<string, Outcome>>>>();

function memoFor(input: InferenceInput): WeakMap<Condition, Map<string, Outcome>> {
  let byCaps = outcomes.get(input.profile);
  if (!byCaps) {
    byCaps = new WeakMap();
    outcomes.set(input.profile, byCaps);
  }
  let memo = byCaps.get(input.capabilities);
  if (!memo) {
    memo = new WeakMap();
    byCaps.set(input.capabilities, memo);
  }
  return memo;
}

// Most tools have one or two effects: index the tools by effect once per capability profile.
const effectIndex = new WeakMap<CapabilityProfile, Map<string, number[]>>();

function toolsWithEffect(capabilities: CapabilityProfile, effect: string): readonly number[] {
  let index = effectIndex.get(capabilities);
  if (!index) {
    index = new Map();
    capabilities.effects.forEach((e, i) => {
      for (const id of e.effects) {
        let list = index!.get(id);
        if (!list) index!.set(id, (list = []));
        list.push(i);
      }
    });
    effectIndex.set(capabilities, index);
  }
  return index.get(effect) ?? [];
}

/** Evaluates one condition; the hits say which tools, fields and files made it true. */
export function evaluate(cond: Condition, input: InferenceInput): Outcome {
  if (!memoizable(cond)) return evaluateUncached(cond, input);
  const ids = controlIds(cond);
  const key = ids.length === 0 ? '' : ids.map((id) => controlStatus(input, id).status).join('|');
  const memo = memoFor(input);
  let byStatus = memo.get(cond);
  if (!byStatus) {
    byStatus = new Map();
    memo.set(cond, byStatus);
  }
  let outcome = byStatus.get(key);
  if (!outcome) {
    outcome = evaluateUncached(cond, input);
    byStatus.set(key, outcome);
  }
  return outcome;
}

function evaluateUncached(cond: Condition, input: InferenceInput): Outcome {
  if ('all' in cond) {
    const hits: Hit[] = [];
    for (const c of cond.all) {
      const o = evaluate(c, input);
      if (!o.ok) return NO;
      hits.push(...o.hits);
    }
    return { ok: true, hits };
  }
  if ('any' in cond) {
    const hits: Hit[] = [];
    let ok = false;
    for (const c of cond.any) {
      const o = evaluate(c, input);
      if (o.ok) {
        ok = true;
        hits.push(...o.hits);
      }
    }
    return ok ? { ok, hits } : NO;
  }
  if ('not' in cond) {
    return { ok: !evaluate(cond.not, input).ok, hits: [] };
  }
  if ('always' in cond) return { ok: true, hits: [{ detail: 'applies to every server' }] };
  if ('transport' in cond) {
    const p = input.profile;
    const t = cond.transport;
    const ok =
      t === 'remote'
        ? p.remotes.length > 0 || p.transports.some((x) => x.via === 'remote')
        : t === 'package'
          ? p.packages.length > 0 || p.transports.some((x) => x.via === 'package')
          : p.transports.some((x) => x.type === t) || p.remotes.some((r) => r.type === t);
    return ok ? { ok, hits: [{ detail: `transport ${t}` }] } : NO;
  }
  if ('source' in cond) {
    const src = input.profile.sources.find((x) => x.format === cond.source);
    return src ? { ok: true, hits: [{ detail: `${cond.source} ${src.path}` }] } : NO;
  }
  if ('capability' in cond) {
    const cap = input.capabilities.capabilities.find((c) => c.id === cond.capability);
    if (!cap) return NO;
    const excluded = cond.excludeEvidenceKinds;
    const evidence = excluded ? cap.evidence.filter((e) => !excluded.includes(e.kind)) : cap.evidence;
    if (evidence.length === 0) return NO;
    // Evidence already has a hit's shape; only what rests on a spec default is copied, to mark it weak.
    const hits = evidence.map((e): Hit => (e.kind === 'spec-default' ? weakHit(e) : e));
    return { ok: true, hits };
  }
  if ('surface' in cond) {
    const s = input.capabilities.surface;
    if (cond.surface === 'unknown') return { ok: s.unknown, hits: [{ detail: 'no manifest, dump or introspection listed any tool' }] };
    if (cond.surface === 'incomplete') {
      return { ok: s.incomplete || input.profile.toolsIncomplete, hits: [{ detail: 'a source says its tool list is generated at run time or incomplete' }] };
    }
    if (cond.surface === 'any') return { ok: true, hits: [] };
    return { ok: !s.unknown && s.toolCount > 0, hits: [{ detail: `${s.toolCount} tools listed` }] };
  }
  if ('effect' in cond) {
    const hits: Hit[] = [];
    const effects = input.capabilities.effects;
    const tools = input.profile.tools;
    for (const i of toolsWithEffect(input.capabilities, cond.effect)) {
      const e = effects[i]!.effects;
      if (cond.with && !cond.with.every((w) => e.includes(w))) continue;
      if (cond.without && cond.without.some((w) => e.includes(w))) continue;
      const tool = tools[i];
      if (tool) hits.push(toolHit(tool));
    }
    return hits.length >= (cond.min ?? 1) ? { ok: true, hits } : NO;
  }
  if ('stat' in cond) {
    const value = stat(input, cond.stat);
    const ok = (cond.gte === undefined || value >= cond.gte) && (cond.lte === undefined || value <= cond.lte);
    return { ok, hits: ok ? [{ detail: `${cond.stat} = ${value}` }] : [] };
  }
  if ('tools' in cond) {
    const matches = predicateFor(cond.tools);
    const hits: Hit[] = [];
    for (const f of toolFacts(input.profile)) if (matches(f)) hits.push(toolHit(f.tool));
    return hits.length >= (cond.min ?? 1) ? { ok: true, hits } : NO;
  }
  if ('fact' in cond) return fact(input, cond.fact);
  if ('safetyKnob' in cond) {
    const knobs = input.profile.safetyKnobs.filter((k) => k.kind === cond.safetyKnob);
    return {
      ok: knobs.length > 0,
      hits: knobs.map((k) => (k.location ? { detail: `setting ${k.name}`, location: k.location } : { detail: `setting ${k.name}` })),
    };
  }
  // control
  const wanted: ControlCondStatus[] = Array.isArray(cond.status) ? cond.status : [cond.status];
  const { status, control } = controlStatus(input, cond.control);
  if (!wanted.includes(status)) return NO;
  const detail =
    status === 'unknown' ? `${cond.control} not evaluated` : `${cond.control} ${status}${control ? ` (${control.title})` : ''}`;
  const location = control?.evidence.find((e) => e.location)?.location;
  return { ok: true, hits: [location ? { detail, location } : { detail }] };
}

export type { ControlStatus };
