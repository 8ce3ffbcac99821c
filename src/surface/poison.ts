import type { FindingDraft } from '../model/finding.js';
import type { ToolRecord } from '../model/tool.js';
import { checkCatalog, screenPatterns, textPatternsOf, type CheckCatalog, type CheckDefinition, type Detector, type RegexSpec } from './catalog.js';
import { decodeHidden, mayBeEncoded, type DecodeLimits } from './decode.js';
import { foldConfusables, hasConfusables } from './fold.js';
import { literalScreen, type LiteralScreen } from './literal-screen.js';
import { itemFromPrompt, itemFromResource, itemFromTool, nameWords, screenTool, type SurfaceItem, type SurfaceParameter, type SurfaceText } from './surface-items.js';
import { escapeCodePoint, visible } from './visible.js';

export interface SurfaceInput {
  tools: readonly ToolRecord[];
  /** Raw MCP Prompt objects, when a source listed any. */
  prompts?: readonly unknown[];
  /** Raw MCP Resource objects, when a source listed any. */
  resources?: readonly unknown[];
}

type CodepointDetector = Extract<Detector, { type: 'codepoints' }>;

/** Runs every poisoning check of the catalog on every tool, prompt and resource text. */
export function detectPoisoning(input: SurfaceInput): FindingDraft[] {
  const catalog = checkCatalog();
  const { maxStringsPerItem, maxTextLength, maxEvidencePerFinding } = catalog.limits;
  const extras: SurfaceItem[] = [
    ...(input.prompts ?? []).map(itemFromPrompt).filter((i): i is SurfaceItem => i !== undefined),
    ...(input.resources ?? []).map(itemFromResource).filter((i): i is SurfaceItem => i !== undefined),
  ];
  if (input.tools.length === 0 && extras.length === 0) return [];
  let ownNames: Set<string> | undefined;
  // Only a cross-server reference needs the server's own names: computed when one may fire.
  const own = (): Set<string> =>
    (ownNames ??= new Set([...input.tools.map((t) => normaliseName(t.name)), ...extras.filter((i) => i.kind !== 'resource').map((i) => normaliseName(i.name))]));
  const poisoning = catalog.checks.filter((c) => c.kind === 'poisoning');
  const hidden = poisoning.flatMap((c) => (c.detector.type === 'codepoints' ? [c.detector] : []));
  const parameterChecks = poisoning.filter((c) => c.detector.type === 'parameter');
  const findings: FindingDraft[] = [];
  const prefilter = screenOf(catalog);
  // Keyed by the catalog: `hidden` is a new array on every call.
  const hiddenAny = rangeTable(catalog, () => hidden.flatMap((d) => d.ranges), [0xad]).any;

  const decodeLimits: DecodeLimits = { maxDepth: catalog.limits.maxDecodeDepth, minEncodedLength: catalog.limits.minEncodedLength };

  const checkItem = (item: SurfaceItem): void => {
    const texts = prepareTexts(item.texts, hidden, maxTextLength, decodeLimits);
    for (const check of poisoning) {
      const evidence = runCheck(check, item, texts, own);
      if (evidence.length > 0) findings.push(toFinding(check, item, evidence, maxEvidencePerFinding));
    }
  };

  for (const tool of input.tools) {
    // Most tools are benign: one pass over their joined text decides whether any text check can
    // fire. With no hidden characters the prepared text is the raw text (NFKC for non-ASCII), and
    // NFKC of the joined texts is the join of each text's NFKC ('\n' neither composes nor reorders).
    // Look-alike letters and encoded text get the full item too, when folding or decoding could
    // give a text check something to match.
    const screen = screenTool(tool, maxStringsPerItem, maxTextLength);
    const plain = nfkc(screen.text);
    if (
      hiddenAny.test(screen.text) ||
      prefilter.matches(plain) ||
      (hasConfusables(plain) && prefilter.matches(foldConfusables(plain))) ||
      (mayBeEncoded(screen.text) && decodeHidden(screen.text, decodeLimits).length > 0)
    ) {
      checkItem(itemFromTool(tool, maxStringsPerItem));
      continue;
    }
    // Only the parameter checks read names rather than text; the full item (with the parameters'
    // paths the evidence names) is built on a hit.
    let item: SurfaceItem | undefined;
    for (const check of parameterChecks) {
      if (!screen.parameters.some((param) => parameterRules(check).some((rule) => ruleMatches(rule, param)))) continue;
      item ??= itemFromTool(tool, maxStringsPerItem);
      // The screen has no paths, so an output property can pass it; the full item decides.
      const evidence = parameterEvidence(check, item.parameters);
      if (evidence.length > 0) findings.push(toFinding(check, item, evidence, maxEvidencePerFinding));
    }
  }
  extras.forEach(checkItem);
  return findings;
}

interface PreparedText extends SurfaceText {
  /** Invisible characters removed and NFKC applied, so `ig\u200Bnore` or fullwidth letters still match. */
  plain: string;
  /** `plain` with look-alike letters folded (same offsets), when it has any. */
  folded?: string;
  /** Where the text came from when it is not the item's own: hidden tag text or a decoded string. */
  derived?: 'tags' | 'decoded';
  /** The text this one was decoded from: a pattern that already fires there is not reported twice. */
  parent?: PreparedText;
}

const ASCII = /^[\x00-\x7f]*$/;

/** NFKC leaves ASCII unchanged; most tool text is ASCII, so skip the normalizer for it. */
function nfkc(text: string): string {
  return ASCII.test(text) ? text : text.normalize('NFKC');
}

function prepared(field: string, text: string, hidden: CodepointDetector[], extra: Partial<PreparedText> = {}): PreparedText {
  const plain = nfkc(stripHidden(text, hidden));
  const folded = foldConfusables(plain);
  return { field, text, plain, ...(folded !== plain && { folded }), ...extra };
}

function prepareTexts(texts: SurfaceText[], hidden: CodepointDetector[], max: number, limits: DecodeLimits): PreparedText[] {
  const out: PreparedText[] = [];
  for (const t of texts) {
    const text = t.text.length > max ? t.text.slice(0, max) : t.text;
    const own = prepared(t.field, text, hidden);
    out.push(own);
    // A message hidden in tag characters is text the model reads: run the other checks on it too.
    const decoded = decodeTags(text);
    if (decoded.trim() !== '') out.push({ field: `${t.field} (hidden tag text)`, text: decoded, plain: decoded, derived: 'tags' });
    // So is text behind an encoding; the field says which encoding and what it was decoded from.
    const layers: { text: PreparedText; how: string }[] = [];
    for (const d of decodeHidden(text, limits)) {
      const outer = d.parent !== undefined ? layers[d.parent] : undefined;
      const step = `${d.encoding} decoded from "${visible(d.from, 40)}"`;
      const how = outer ? `${outer.how}, then ${step}` : step;
      const p = prepared(`${t.field} (${how})`, d.text, hidden, { derived: 'decoded', parent: outer?.text ?? own });
      out.push(p);
      layers.push({ text: p, how });
    }
  }
  return out;
}

function runCheck(check: CheckDefinition, item: SurfaceItem, texts: PreparedText[], ownNames: () => Set<string>): string[] {
  const d = check.detector;
  switch (d.type) {
    case 'codepoints':
      return texts.filter((t) => t.derived !== 'tags').flatMap((t) => codepointEvidence(d, t));
    case 'patterns':
    case 'sensitive-paths': {
      // One test over all of an item's texts first: most patterns match nothing, and then no
      // per-field pass is needed. With the m flag the joined test only ever matches more.
      const joined = joinedPlain(texts);
      const hits = textPatternsOf(d).filter((p) => compile(p, 'm').test(joined));
      return hits.length === 0 ? [] : texts.flatMap((t) => hits.flatMap((p) => patternEvidence(p, t)));
    }
    case 'tool-reference': {
      const ignore = ignoreSet(d.ignoreNames);
      const own = { has: (key: string): boolean => ownNames().has(key) || key === normaliseName(item.name) };
      // Names are not prose: a property called `other_servers` says nothing about other servers.
      const prose = texts.filter((t) => !/\(name(?: as words)?\)$/.test(t.field) && t.field !== 'name' && !t.field.startsWith('name ('));
      const joined = joinedPlain(prose);
      const patterns = d.patterns.filter((p) => compile(p, 'm').test(joined));
      const namePatterns = d.namePatterns.filter((p) => compile(p, 'm').test(joined));
      if (patterns.length === 0 && namePatterns.length === 0) return [];
      return prose.flatMap((t) => [
        ...patterns.flatMap((p) => patternEvidence(p, t)),
        ...namePatterns.flatMap((p) => namedToolEvidence(p, t, own, ignore)),
      ]);
    }
    case 'parameter':
      return parameterEvidence(check, item.parameters);
    case 'builtin':
      return [];
  }
}

function parameterEvidence(check: CheckDefinition, parameters: readonly SurfaceParameter[]): string[] {
  const out: string[] = [];
  for (const param of parameters) {
    for (const rule of parameterRules(check)) {
      if (!ruleMatches(rule, param)) continue;
      const why = param.description ? ` described as "${visible(param.description, 120)}"` : '';
      out.push(`${rule.label}: parameter "${visible(param.name, 64)}" at ${visible(param.path, 120)}${why}`);
    }
  }
  return out;
}

type ParameterRule = Extract<Detector, { type: 'parameter' }>['rules'][number];

function parameterRules(check: CheckDefinition): readonly ParameterRule[] {
  return check.detector.type === 'parameter' ? check.detector.rules : [];
}

/** A parameter rule matches by name (or the name's words) and, when it has one, by description. */
function ruleMatches(rule: ParameterRule, param: SurfaceParameter): boolean {
  // Output properties are filled by the server, not the model: names-as-words look at inputs only.
  if (rule.match === 'words' && param.path.startsWith('outputSchema')) return false;
  const subject = rule.match === 'words' ? nameWords(param.name) : param.name;
  if (subject === undefined || !compile(rule.name).test(subject)) return false;
  return !rule.description || compile(rule.description).test((param.description ?? '').normalize('NFKC'));
}

const screens = new WeakMap<CheckCatalog, LiteralScreen>();

/**
 * The literal screen over every text pattern of the catalog's poisoning checks, built once per
 * catalog (its patterns stay compiled across scans): a miss means no text check can fire.
 */
function screenOf(catalog: CheckCatalog): LiteralScreen {
  let screen = screens.get(catalog);
  if (screen === undefined) {
    screen = literalScreen(screenPatterns(catalog.checks));
    screens.set(catalog, screen);
  }
  return screen;
}

const joinedCache = new WeakMap<PreparedText[], string>();

function joinedPlain(texts: PreparedText[]): string {
  let joined = joinedCache.get(texts);
  if (joined === undefined) {
    joined = texts.map((t) => (t.folded !== undefined ? `${t.plain}\n${t.folded}` : t.plain)).join('\n');
    joinedCache.set(texts, joined);
  }
  return joined;
}

function codepointEvidence(d: CodepointDetector, t: PreparedText): string[] {
  const { ranges, any } = rangeTable(d, () => d.ranges);
  if (!any.test(t.text)) return [];
  const byLabel = new Map<string, number>();
  const codepoints = new Set<string>();
  let total = 0;
  for (const ch of t.text) {
    const cp = ch.codePointAt(0) ?? 0;
    const range = ranges.find((r) => cp >= r.from && cp <= r.to);
    if (!range) continue;
    total += 1;
    byLabel.set(range.label, (byLabel.get(range.label) ?? 0) + 1);
    if (codepoints.size < 6) codepoints.add(escapeCodePoint(cp));
  }
  if (total === 0) return [];
  const kinds = [...byLabel.entries()].map(([label, n]) => `${n} ${label}${n === 1 ? '' : 's'}`).join(', ');
  const cps = [...codepoints].slice(0, 5).join(' ') + (codepoints.size > 5 ? ' …' : '');
  let line = `${t.field} hides ${kinds} (${cps})`;
  if (d.decode === 'unicode-tags') {
    const decoded = decodeTags(t.text);
    if (decoded !== '') line += `; the hidden text reads "${visible(decoded, 200)}"`;
  } else {
    line += `: "${visible(t.text, 120)}"`;
  }
  return [line];
}

/** Where a pattern matches a text: its own letters first, else with look-alike letters folded. */
function matchIn(spec: RegexSpec, t: PreparedText): { m: RegExpExecArray; folded: boolean } | undefined {
  const m = compile(spec).exec(t.plain);
  if (m) return { m, folded: false };
  const f = t.folded !== undefined ? compile(spec).exec(t.folded) : null;
  return f ? { m: f, folded: true } : undefined;
}

const FOLDED = ' (look-alike letters folded)';

function patternEvidence(spec: RegexSpec, t: PreparedText): string[] {
  const hit = matchIn(spec, t);
  if (!hit) return [];
  // Decoded text that says what its source already says in plain sight adds nothing.
  if (t.parent && matchIn(spec, t.parent)) return [];
  // The excerpt quotes the original: folding keeps offsets, so the match sits at the same place.
  return [`${spec.label} in ${t.field}${hit.folded ? FOLDED : ''}: "${excerpt(t.plain, hit.m.index, hit.m[0].length)}"`];
}

function namedToolEvidence(spec: RegexSpec, t: PreparedText, own: { has(key: string): boolean }, ignore: Set<string>): string[] {
  const out: string[] = [];
  const variants = t.folded !== undefined ? [t.plain, t.folded] : [t.plain];
  for (const subject of variants) {
    const re = compile(spec, 'g');
    re.lastIndex = 0;
    for (let m = re.exec(subject); m !== null && out.length < 5; m = re.exec(subject)) {
      if (m[0].length === 0) re.lastIndex += 1;
      const name = m[1];
      if (name === undefined) continue;
      const key = normaliseName(name);
      if (own.has(key) || ignore.has(key)) continue;
      const shown = subject === t.plain ? name : t.plain.slice(m.index + m[0].indexOf(name), m.index + m[0].indexOf(name) + name.length);
      out.push(`${spec.label} ("${visible(shown, 64)}") in ${t.field}${subject === t.plain ? '' : FOLDED}: "${excerpt(t.plain, m.index, m[0].length)}"`);
    }
    if (out.length > 0) break;
  }
  return out;
}

// Keyed by the catalog's spec object: thousands of tools reuse the same few dozen patterns.
const compiled = new WeakMap<RegexSpec, Map<string, RegExp>>();

function compile(spec: RegexSpec, extra = ''): RegExp {
  let perSpec = compiled.get(spec);
  if (!perSpec) {
    perSpec = new Map();
    compiled.set(spec, perSpec);
  }
  let re = perSpec.get(extra);
  if (!re) {
    re = new RegExp(spec.source, [...new Set((spec.flags ?? '') + extra)].join(''));
    perSpec.set(extra, re);
  }
  if (re.global) re.lastIndex = 0;
  return re;
}

const ignoreSets = new WeakMap<readonly string[], Set<string>>();

function ignoreSet(names: readonly string[]): Set<string> {
  let set = ignoreSets.get(names);
  if (!set) {
    set = new Set(names.map(normaliseName));
    ignoreSets.set(names, set);
  }
  return set;
}

interface RangeTable {
  ranges: { from: number; to: number; label: string }[];
  /** One character class over every range: most texts have none, and a regex test says so at native speed. */
  any: RegExp;
}

const rangeTables = new WeakMap<object, RangeTable>();

function rangeTable(key: object, rangesOf: () => readonly { from: string; to: string; label: string }[], extra: number[] = []): RangeTable {
  let table = rangeTables.get(key);
  if (!table) {
    const ranges = rangesOf();
    const parsed = ranges.map((r) => ({ from: parseInt(r.from, 16), to: parseInt(r.to, 16), label: r.label }));
    const cls = [...parsed.map((r) => `\\u{${r.from.toString(16)}}-\\u{${r.to.toString(16)}}`), ...extra.map((cp) => `\\u{${cp.toString(16)}}`)].join('');
    table = { ranges: parsed, any: new RegExp(`[${cls}]`, 'u') };
    rangeTables.set(key, table);
  }
  return table;
}

function excerpt(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 30);
  const end = Math.min(text.length, index + length + 30);
  return (start > 0 ? '…' : '') + visible(text.slice(start, end), 200) + (end < text.length ? '…' : '');
}

/** Tag characters U+E0020–U+E007E map onto ASCII 0x20–0x7E; the rest of the block carries no letter. */
export function decodeTags(text: string): string {
  if (!/[\u{e0000}-\u{e007f}]/u.test(text)) return '';
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xe0020 && cp <= 0xe007e) out += String.fromCharCode(cp - 0xe0000);
  }
  return out;
}

function stripHidden(text: string, hidden: CodepointDetector[]): string {
  const table = rangeTable(hidden, () => hidden.flatMap((d) => d.ranges), [0xad]);
  if (!table.any.test(text)) return text;
  const ranges = table.ranges.map((r) => [r.from, r.to] as const);
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0xad || ranges.some(([a, b]) => cp >= a && cp <= b)) continue;
    out += ch;
  }
  return out;
}

/** Case-insensitive, with `-`, `_`, `.`, and spaces treated alike (`Query Documentation` ~ `query_documentation`). */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s_.-]+/g, ' ').trim();
}

function toFinding(check: CheckDefinition, item: SurfaceItem, evidence: string[], max: number): FindingDraft {
  const subject = item.kind === 'tool' ? item.name : `${item.kind}:${item.name}`;
  const shown = evidence.slice(0, max);
  const more = evidence.length > max ? ` (and ${evidence.length - max} more)` : '';
  const finding: FindingDraft = {
    id: `${check.id}:${visible(subject, 128)}`,
    kind: 'poisoning',
    title: check.title,
    message: `${capitalise(item.kind)} "${visible(item.name, 128)}": ${shown.join('; ')}${more}`,
    layers: [...check.layers],
    cvssVector: check.cvssVector,
    locations: [...item.locations],
    remediation: check.remediation,
    docs: check.docs,
  };
  if (check.controlId) finding.controlId = check.controlId;
  if (item.kind === 'tool') finding.tool = item.name;
  return finding;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
