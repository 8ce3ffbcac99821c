import catalogJson from '../../data/checks/tool-surface.json' with { type: 'json' };
import sensitivePathsJson from '../../data/checks/sensitive-paths.json' with { type: 'json' };
import type { FindingKind } from '../model/finding.js';
import type { LayerId } from '../model/layer.js';

export interface RegexSpec {
  label: string;
  source: string;
  flags?: string;
}

export type Detector =
  | { type: 'codepoints'; ranges: { from: string; to: string; label: string }[]; decode?: 'unicode-tags' }
  | { type: 'patterns'; patterns: RegexSpec[] }
  | { type: 'sensitive-paths'; patterns: RegexSpec[] }
  | { type: 'tool-reference'; patterns: RegexSpec[]; namePatterns: RegexSpec[]; ignoreNames: string[] }
  | { type: 'parameter'; rules: { label: string; match?: 'name' | 'words'; name: RegexSpec; description?: RegexSpec }[] }
  | { type: 'builtin'; rule: BuiltinRule };

export type BuiltinRule =
  | 'toxic-flow'
  | 'drift-undeclared'
  | 'drift-missing'
  | 'drift-renamed'
  | 'drift-annotations'
  | 'duplicate-conflict'
  | 'lock-added'
  | 'lock-removed'
  | 'lock-changed'
  | 'lock-missing';

export interface CheckDefinition {
  id: string;
  kind: Extract<FindingKind, 'poisoning' | 'toxic-flow' | 'drift' | 'lock-mismatch'>;
  title: string;
  layers: LayerId[];
  controlId?: string;
  crosswalk: { owaspMcpTop10?: string[]; owaspAsi?: string[]; maestroThreats?: string[]; cwe?: string[] };
  cvssVector: string;
  remediation: string;
  docs: string;
  /** The threat scenario (data/aivss/scenarios.json) that scores the finding when it applies. */
  scenario?: string;
  detector: Detector;
  /** Tools the check must flag, and tools (real ones where it says so) it must not. */
  fixtures?: { positive: CheckFixture[]; negative: CheckFixture[] };
}

export interface CheckFixture {
  tool: { name: string; description?: string; inputSchema?: unknown; [key: string]: unknown };
  note?: string;
  /** Where a real benign tool was taken from. */
  source?: string;
}

export interface CheckCatalog {
  catalog: 'tool-surface';
  version: string;
  limits: { maxTextLength: number; maxStringsPerItem: number; maxEvidencePerFinding: number; maxDecodeDepth: number; minEncodedLength: number };
  checks: CheckDefinition[];
}

let cached: CheckCatalog | undefined;

/** The bundled check catalog; `validateCatalog` (schema, pattern safety, unique ids) runs in the test suite. */
export function checkCatalog(): CheckCatalog {
  if (cached) return cached;
  cached = catalogJson as unknown as CheckCatalog;
  return cached;
}


export function checkById(id: string): CheckDefinition {
  const check = checkCatalog().checks.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id} in the catalog`);
  return check;
}

export function builtinCheck(rule: BuiltinRule): CheckDefinition {
  const check = checkCatalog().checks.find((c) => c.detector.type === 'builtin' && c.detector.rule === rule);
  if (!check) throw new Error(`no check for ${rule} in the catalog`);
  return check;
}

export type OperatingSystem = 'linux' | 'macos' | 'windows';

export interface SensitivePathList {
  description: string;
  version: string;
  groups: { id: string; label: string; entries: { path: string; what: string; os: OperatingSystem[] }[] }[];
}

export function sensitivePathList(): SensitivePathList {
  return sensitivePathsJson as unknown as SensitivePathList;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One literal path as a pattern: either separator, the Windows folder variables for AppData, a
 * path boundary before (so `x.npmrc` or `my.ssh` do not match) and, for a file, after.
 */
function pathSource(path: string): string {
  const folder = path.endsWith('/');
  const body = (p: string): string => p.replace(/\/$/, '').split('/').map(escapeRegex).join('[/\\\\]');
  const variants = [body(path)];
  if (path.startsWith('AppData/Roaming/')) variants.push(`%APPDATA%[/\\\\]${body(path.slice('AppData/Roaming/'.length))}`);
  if (path.startsWith('AppData/Local/')) variants.push(`%LOCALAPPDATA%[/\\\\]${body(path.slice('AppData/Local/'.length))}`);
  const before = path.startsWith('/') || path.startsWith('%') ? '(?<![A-Za-z0-9_])' : '(?<![A-Za-z0-9_.-])';
  return `${before}(?:${variants.join('|')})${folder ? '(?:[/\\\\]|(?![A-Za-z0-9_-]))' : '(?![A-Za-z0-9_-])'}`;
}

let pathSpecs: RegexSpec[] | undefined;

/** The sensitive-path list as patterns, one per group (its label names the group in findings). */
export function sensitivePathPatterns(): RegexSpec[] {
  return (pathSpecs ??= sensitivePathList().groups.map((g) => ({ label: g.label, source: g.entries.map((e) => pathSource(e.path)).join('|'), flags: 'i' })));
}

/** The text patterns a check runs: its own, and for the sensitive-path check the path list. */
export function textPatternsOf(d: Detector): RegexSpec[] {
  if (d.type === 'patterns') return d.patterns;
  if (d.type === 'sensitive-paths') return [...d.patterns, ...sensitivePathPatterns()];
  return [];
}

/** Every text pattern the poisoning screen looks for: the poisoning checks' text and tool-reference patterns. */
export function screenPatterns(checks: readonly CheckDefinition[] = checkCatalog().checks): RegexSpec[] {
  return checks
    .filter((c) => c.kind === 'poisoning')
    .flatMap((c) => (c.detector.type === 'tool-reference' ? [...c.detector.patterns, ...c.detector.namePatterns] : textPatternsOf(c.detector)));
}

export function regexesOf(d: Detector): RegexSpec[] {
  switch (d.type) {
    case 'patterns':
    case 'sensitive-paths':
      return textPatternsOf(d);
    case 'tool-reference':
      return [...d.patterns, ...d.namePatterns];
    case 'parameter':
      return d.rules.flatMap((r) => (r.description ? [r.name, r.description] : [r.name]));
    default:
      return [];
  }
}

/**
 * A conservative static test for catastrophic backtracking: no backreferences, and no
 * group that carries a quantifier while containing an unbounded one (`(a+)*`, `(?:x\s*)+`).
 * Bounded nesting such as `(?:_[a-z]{1,30}){1,6}` is allowed. Returns why a pattern is unsafe.
 */
export function unsafePatternReason(source: string): string | undefined {
  if (/\\[1-9]|\\k</.test(source)) return 'backreferences are not allowed';
  // For each open group, whether it contains an unbounded quantifier so far.
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') {
      i += 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') stack.push(false);
    else if (ch === ')') {
      const innerUnbounded = stack.pop() ?? false;
      const q = quantifierAt(source, i + 1);
      if ((q === 'bounded' || q === 'unbounded') && innerUnbounded) return 'a quantified group contains an unbounded quantifier (nested quantifiers)';
      if (q === 'unbounded') return 'an unbounded quantifier on a group';
      if (innerUnbounded && stack.length > 0) stack[stack.length - 1] = true;
    } else if (quantifierAt(source, i) === 'unbounded' && stack.length > 0) {
      stack[stack.length - 1] = true;
    }
  }
  return undefined;
}

/** `optional` (`?`, `{0,1}`) never repeats, so it cannot cause backtracking blow-up on its own. */
function quantifierAt(source: string, i: number): 'optional' | 'bounded' | 'unbounded' | undefined {
  const ch = source[i];
  if (ch === '*' || ch === '+') return 'unbounded';
  if (ch === '?') return source[i - 1] === '(' ? undefined : 'optional';
  if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (!m) return undefined;
    if (m[2] !== undefined && m[3] === '') return 'unbounded';
    const max = Number(m[3] ?? m[1]);
    return max <= 1 ? 'optional' : 'bounded';
  }
  return undefined;
}
