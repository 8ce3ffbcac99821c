import type { ControlEvidence } from '../../model/control.js';
import type { ToolRecord } from '../../model/tool.js';
import { compile } from '../text.js';
import {
  CatalogParamError,
  MAX_LISTED,
  bool,
  isRecord,
  listNames,
  optStr,
  outcome,
  selectTools,
  selector,
  str,
  strs,
} from './types.js';
import type { Detector } from './types.js';

const NO_TOOLS = 'absent: no tools declared (unknown surface)';

function toolEv(name: string, tool: ToolRecord, detail: string, kind: 'observed' | 'gap' | 'against'): ControlEvidence {
  return {
    strength: kind === 'gap' ? 'absent' : 'observed',
    detector: name,
    detail,
    ...(tool.location ? { location: tool.location } : {}),
    ...(kind === 'against' ? { against: true } : {}),
  };
}

function properties(schema: unknown): Record<string, unknown> {
  if (!isRecord(schema)) return {};
  const props = schema['properties'];
  return isRecord(props) ? props : {};
}

/** Annotations declared on every tool; the SDK's all-default set says nothing and does not count. */
export const toolAnnotations: Detector = ({ profile }, _p, name) => {
  const tools = profile.tools;
  if (tools.length === 0) return outcome({ absent: NO_TOOLS });
  const lacking = tools.filter((t) => !t.annotationsDeclared || t.annotationsAllDefault);
  if (lacking.length === 0) {
    return outcome({ satisfied: [{ strength: 'observed', detector: name, detail: `all ${tools.length} tools declare annotations` }], absent: '' });
  }
  return outcome({
    gaps: lacking
      .slice(0, MAX_LISTED)
      .map((t) => toolEv(name, t, `${t.name}: ${t.annotationsAllDefault ? 'only the all-default annotation set' : 'no annotations'}`, 'gap')),
    absent: `absent: ${lacking.length} of ${tools.length} tools have no real annotations (${listNames(lacking.map((t) => t.name))})`,
  });
};

const TYPED_KEYS = ['type', 'enum', 'const', '$ref', 'anyOf', 'oneOf', 'allOf'];

const STRING_LIMITS = ['enum', 'const', 'pattern', 'format', 'maxLength'];

/** Strings need a bound (enum, pattern, format, maxLength); objects need declared properties or to be closed. */
function looseProperty(v: Record<string, unknown>): string | undefined {
  const t = v['type'];
  if (t === 'string' && !STRING_LIMITS.some((k) => k in v)) return 'unbounded string';
  if (t === 'object' && !isRecord(v['properties']) && v['additionalProperties'] !== false) return 'free-form object';
  if (t === 'array' && isRecord(v['items'])) return looseProperty(v['items']);
  return undefined;
}

function schemaProblem(tool: ToolRecord, requireClosed: boolean, requireConstrained = false): string | undefined {
  const s = tool.inputSchema;
  if (!isRecord(s)) return 'no inputSchema';
  if (s['type'] !== undefined && s['type'] !== 'object') return `inputSchema type is ${JSON.stringify(s['type'])}`;
  const props = properties(s);
  const keys = Object.keys(props);
  let untyped: string[] | undefined;
  let loose: string[] | undefined;
  for (const k of keys) {
    const v = props[k];
    if (!isRecord(v) || !TYPED_KEYS.some((key) => key in v)) (untyped ??= []).push(k);
    else if (requireConstrained) {
      const why = looseProperty(v);
      if (why) (loose ??= []).push(`${k} (${why})`);
    }
  }
  if (untyped) return `untyped properties: ${listNames(untyped, 3)}`;
  if (requireClosed && keys.length > 0 && s['additionalProperties'] !== false) return 'additionalProperties is not false';
  // Untyped properties are the worse problem and are named first; only typed ones can be loose.
  if (loose) return `unconstrained properties: ${listNames(loose, 3)}`;
  return undefined;
}

/** Every tool has a typed object schema (closed, when asked). */
export const inputSchemas: Detector = ({ profile }, p, name) => {
  const tools = profile.tools;
  if (tools.length === 0) return outcome({ absent: NO_TOOLS });
  const closed = bool(p, 'requireClosed');
  const constrained = bool(p, 'requireConstrained');
  const problems = tools.flatMap((t) => {
    const why = schemaProblem(t, closed, constrained);
    return why ? [{ t, why }] : [];
  });
  if (problems.length === 0) {
    return outcome({ satisfied: [{ strength: 'observed', detector: name, detail: `all ${tools.length} tools have strict input schemas` }], absent: '' });
  }
  return outcome({
    gaps: problems.slice(0, MAX_LISTED).map(({ t, why }) => toolEv(name, t, `${t.name}: ${why}`, 'gap')),
    absent: `absent: ${problems.length} of ${tools.length} tools lack a strict input schema`,
  });
};

function isNumeric(schema: unknown): boolean {
  if (!isRecord(schema)) return false;
  const t = schema['type'];
  return t === 'integer' || t === 'number' || (Array.isArray(t) && t.some((x) => x === 'integer' || x === 'number'));
}

/** Tools of a class carry (or, as counter-evidence, must not carry) a parameter whose name matches. */
export const toolParams: Detector = ({ profile }, p, name) => {
  const re = compile(str(p, 'property'));
  const sel = selector(p);
  const mode = optStr(p, 'mode') ?? 'any';
  if (mode !== 'any' && mode !== 'every') throw new CatalogParamError("parameter 'mode' must be any or every");
  const violates = optStr(p, 'role') === 'violates';
  const needMax = bool(p, 'requireMaximum');
  const tools = selectTools(profile.tools, sel);
  if (tools.length === 0) return outcome({ absent: profile.tools.length === 0 ? NO_TOOLS : `absent: no ${sel} tools` });
  const withMatch: { t: ToolRecord; keys: string[] }[] = [];
  for (const t of tools) {
    const props = properties(t.inputSchema);
    let keys: string[] | undefined;
    for (const k in props) {
      if (!re.test(k)) continue;
      const v = props[k];
      if (needMax && isNumeric(v) && !(isRecord(v) && typeof v['maximum'] === 'number')) continue;
      (keys ??= []).push(k);
    }
    if (keys) withMatch.push({ t, keys });
  }
  if (violates) {
    return outcome({
      against: withMatch.slice(0, MAX_LISTED).map(({ t, keys }) => toolEv(name, t, `${t.name} takes ${keys.join(', ')} as an argument`, 'against')),
      absent: 'no such parameter',
    });
  }
  const matched = new Set(withMatch.map((x) => x.t));
  const lacking = tools.filter((t) => !matched.has(t));
  const ok = mode === 'any' ? withMatch.length > 0 : lacking.length === 0;
  if (ok) {
    return outcome({
      satisfied: withMatch.slice(0, MAX_LISTED).map(({ t, keys }) => toolEv(name, t, `${t.name} has ${keys.join(', ')}`, 'observed')),
      absent: '',
    });
  }
  return outcome({
    gaps: mode === 'every' ? lacking.slice(0, MAX_LISTED).map((t) => toolEv(name, t, `${t.name} has no such parameter`, 'gap')) : [],
    absent:
      mode === 'every'
        ? `absent: ${lacking.length} of ${tools.length} ${sel} tools lack it (${listNames(lacking.map((t) => t.name))})`
        : `absent: none of the ${tools.length}${sel === 'all' ? '' : ` ${sel}`} tool${tools.length === 1 ? '' : 's'} has it`,
  });
};

/** Every selected tool declares an outputSchema with a field whose name matches (provenance). */
export const toolOutputFields: Detector = ({ profile }, p, name) => {
  const re = compile(str(p, 'fields'));
  const sel = selector(p);
  const tools = selectTools(profile.tools, sel);
  if (tools.length === 0) return outcome({ absent: profile.tools.length === 0 ? NO_TOOLS : `absent: no ${sel} tools` });
  const lacking = tools.filter((t) => !Object.keys(properties(t.outputSchema)).some((k) => re.test(k)));
  if (lacking.length === 0) {
    return outcome({ satisfied: [{ strength: 'observed', detector: name, detail: `all ${tools.length} ${sel} tools return provenance fields` }], absent: '' });
  }
  return outcome({
    gaps: lacking.slice(0, MAX_LISTED).map((t) => toolEv(name, t, `${t.name}: no provenance field in outputSchema`, 'gap')),
    absent: `absent: ${lacking.length} of ${tools.length} ${sel} tools return no provenance fields`,
  });
};

/** The tool surface comes from a committed dump or snapshot of a given format. */
export const toolSources: Detector = ({ profile }, p, name) => {
  const formats = strs(p, 'formats') ?? [];
  const src = profile.sources.filter((s) => formats.includes(s.format));
  if (src.length === 0) return outcome({ absent: `absent: no ${formats.join('/')} source` });
  return outcome({
    satisfied: src.slice(0, MAX_LISTED).map((s) => ({ strength: 'observed', detector: name, detail: `${s.format} ${s.path}`, location: { path: s.path } })),
    absent: '',
  });
};

/** A real surface (dump, snapshot, introspection) is committed and agrees with any declared tool list. */
export const toolInventory: Detector = ({ profile }, _p, name) => {
  const tools = profile.tools;
  if (tools.length === 0) return outcome({ absent: NO_TOOLS });
  // One pass: whether each tool was seen for real (dump, snapshot, introspection) and/or declared.
  let realCount = 0;
  let declaredCount = 0;
  const paths = new Set<string>();
  const kinds = tools.map((t) => {
    let real = false;
    let declared = false;
    for (const o of t.origins) {
      if (o.provenance === 'declared') declared = true;
      else {
        real = true;
        paths.add(o.path);
      }
    }
    if (real) realCount++;
    if (declared) declaredCount++;
    return { real, declared };
  });
  if (realCount === 0) return outcome({ absent: 'absent: tools are only listed in manifests, which can drift from the code' });
  const against: ControlEvidence[] = [];
  if (declaredCount > 0) {
    for (let i = 0; i < tools.length && against.length < MAX_LISTED; i++) {
      const t = tools[i]!;
      const { real, declared } = kinds[i]!;
      if (!real) against.push(toolEv(name, t, `${t.name} is listed in a manifest but not exposed by the server`, 'against'));
      else if (!declared) against.push(toolEv(name, t, `${t.name} is exposed but not listed in the manifest`, 'against'));
    }
  }
  const pathList = [...paths];
  return outcome({
    satisfied: against.length
      ? []
      : [{ strength: 'observed', detector: name, detail: `real surface of ${realCount} tools committed (${listNames(pathList, 2)})`, ...(pathList[0] ? { location: { path: pathList[0] } } : {}) }],
    against,
    absent: 'declared and real tool lists disagree',
  });
};

/** Write tools name the OAuth scopes they need, none of them wildcard or admin. */
export const toolScopes: Detector = ({ profile }, p, name) => {
  const sel = selector(p);
  const forbidden = optStr(p, 'forbidden');
  const bad = forbidden ? compile(forbidden, 'i') : undefined;
  const tools = selectTools(profile.tools, sel);
  if (tools.length === 0) return outcome({ absent: profile.tools.length === 0 ? NO_TOOLS : `absent: no ${sel} tools` });
  const against = bad
    ? tools
        .filter((t) => (t.requiredScopes ?? []).some((s) => bad.test(s)))
        .slice(0, MAX_LISTED)
        .map((t) => toolEv(name, t, `${t.name} asks for a broad scope: ${(t.requiredScopes ?? []).filter((s) => bad.test(s)).join(', ')}`, 'against'))
    : [];
  const lacking = tools.filter((t) => !t.requiredScopes || t.requiredScopes.length === 0);
  if (lacking.length === 0 && against.length === 0) {
    return outcome({ satisfied: [{ strength: 'observed', detector: name, detail: `all ${tools.length} ${sel} tools declare required scopes` }], absent: '' });
  }
  return outcome({
    against,
    gaps: lacking.slice(0, MAX_LISTED).map((t) => toolEv(name, t, `${t.name} declares no required scopes`, 'gap')),
    absent: `absent: ${lacking.length} of ${tools.length} ${sel} tools declare no required scopes`,
  });
};

const MAX_TOOL_TEXT = 64 * 1024;

function toolText(t: ToolRecord): string {
  // Schema descriptions are model-facing too; JSON keeps non-ASCII characters as they are.
  const parts = [t.name, t.title ?? '', t.description ?? '', t.inputSchema === undefined ? '' : JSON.stringify(t.inputSchema)];
  return parts.join('\n').slice(0, MAX_TOOL_TEXT);
}

/** Light metadata screen for the control status; the full poisoning analysis lives elsewhere. */
export const metadataHygiene: Detector = ({ profile }, p, name) => {
  const tools = profile.tools;
  if (tools.length === 0) return outcome({ absent: 'absent: no tool metadata to check (unknown surface)' });
  const namePattern = compile(str(p, 'namePattern'));
  const invisible = compile(str(p, 'invisible'));
  const phrases = compile(str(p, 'phrases'), 'i');
  const against: ControlEvidence[] = [];
  for (const t of tools) {
    if (against.length >= MAX_LISTED) break;
    const text = toolText(t);
    const problems: string[] = [];
    if (!namePattern.test(t.name)) problems.push('name outside the MCP naming rule');
    if (invisible.test(text)) problems.push('invisible or bidi characters');
    const phrase = phrases.exec(text);
    if (phrase) problems.push(`model-directed text "${phrase[0]}"`);
    if (problems.length) against.push(toolEv(name, t, `${JSON.stringify(t.name)}: ${problems.join('; ')}`, 'against'));
  }
  return outcome({
    satisfied: against.length ? [] : [{ strength: 'observed', detector: name, detail: `metadata of ${tools.length} tools checked: clean` }],
    against,
    absent: 'tool metadata problems',
  });
};
