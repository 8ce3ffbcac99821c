// Precomputes, for every text pattern the poisoning screen runs, a set of literal strings at least
// one of which appears in any text the pattern matches. At run time the screen looks the literals
// up in one pass over a tool's text and compiles and runs only the patterns whose literals are
// there: most tools contain none, and compiling some eighty large case-insensitive patterns cost
// more than scanning 2,000 tools with them. Run by the build; the output is committed and a test
// fails when it is stale.
import regjsparser from 'regjsparser';
import { writeIfChanged } from './write-if-changed.mjs';

export const SCREEN_LITERALS_JSON = 'src/surface/generated/screen-literals.json';

/**
 * Basic Cyrillic (Ѐ–џ): case-insensitive literals may use these letters, except those that letters
 * of Cyrillic Extended-C (U+1C80–U+1C88, untouched by NFKC) also match under /iu.
 */
export const CYRILLIC = { from: 0x400, to: 0x45f, except: 'вдостъ' };
/** Cross products beyond this many strings stop a run of literal parts (and start a new one). */
const MAX_STRINGS = 64;
/** Character classes of at most this many characters are expanded into literals. */
const MAX_CLASS = 8;

const cross = (a, b) => {
  const out = new Set();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
};

/** A set every string of which is non-empty: usable as a required set. */
const usable = (set) => (set !== null && set.length > 0 && set.every((s) => s.length > 0) ? set : null);

/** Literals this long are rare enough in tool text; past it, fewer literals beat longer ones. */
const SELECTIVE_LENGTH = 5;

/** The better of two required sets: the longer shortest literal (up to SELECTIVE_LENGTH), then the fewer literals. */
function better(a, b) {
  if (a === null) return b;
  if (b === null) return a;
  const minA = Math.min(SELECTIVE_LENGTH, ...a.map((s) => s.length));
  const minB = Math.min(SELECTIVE_LENGTH, ...b.map((s) => s.length));
  if (minA !== minB) return minA > minB ? a : b;
  return b.length < a.length ? b : a;
}

/**
 * What a node of the pattern can match, as far as literals go:
 * - `exact`: every string the node can match (a small finite set), or null;
 * - `req`: a set of non-empty literals one of which every match contains, or null.
 * A case-insensitive pattern yields literals of ASCII and (most) basic Cyrillic letters only.
 * After NFKC the only other characters that case-fold to those letters (the long s, the Kelvin
 * sign) are gone, so lower-casing the text is enough (a test checks it over the whole BMP); other
 * scripts' case folding is left to the pattern.
 */
function analyse(node, ci) {
  const none = { exact: null, req: null };
  const char = (cp) => {
    if (ci && cp > 0x7f && !(cp >= CYRILLIC.from && cp <= CYRILLIC.to && !CYRILLIC.except.includes(String.fromCodePoint(cp).toLowerCase()))) return null;
    const c = String.fromCodePoint(cp);
    return ci ? c.toLowerCase() : c;
  };
  switch (node.type) {
    case 'value': {
      const c = char(node.codePoint);
      return c === null ? none : { exact: [c], req: [c] };
    }
    case 'characterClass': {
      if (node.negative || node.kind !== 'union') return none;
      const chars = new Set();
      for (const m of node.body) {
        if (m.type === 'value') {
          const c = char(m.codePoint);
          if (c === null) return none;
          chars.add(c);
        } else if (m.type === 'characterClassRange') {
          if (m.max.codePoint - m.min.codePoint >= MAX_CLASS) return none;
          for (let cp = m.min.codePoint; cp <= m.max.codePoint; cp++) {
            const c = char(cp);
            if (c === null) return none;
            chars.add(c);
          }
        } else return none;
        if (chars.size > MAX_CLASS) return none;
      }
      const set = [...chars];
      return { exact: set, req: usable(set) };
    }
    case 'anchor':
      return { exact: [''], req: null };
    case 'group':
      // A lookaround consumes nothing: as a part of a sequence it is the empty string.
      if (node.behavior !== 'normal' && node.behavior !== 'ignore') return { exact: [''], req: null };
      return sequence(node.body, ci);
    case 'alternative':
      return sequence(node.body, ci);
    case 'disjunction': {
      const alts = node.body.map((a) => analyse(a, ci));
      let exact = [];
      for (const a of alts) exact = exact === null || a.exact === null ? null : [...new Set([...exact, ...a.exact])];
      if (exact !== null && exact.length > MAX_STRINGS) exact = null;
      const each = alts.map((a) => better(a.req, usable(a.exact)));
      const req = each.some((r) => r === null) ? null : [...new Set(each.flat())];
      return { exact, req };
    }
    case 'quantifier': {
      const inner = analyse(node.body[0], ci);
      const max = node.max ?? Infinity;
      if (node.min === 0) return { exact: max === 1 && inner.exact !== null ? [...new Set([...inner.exact, ''])] : null, req: null };
      let exact = null;
      if (inner.exact !== null && node.min === max && inner.exact.length ** max <= MAX_STRINGS) {
        exact = [''];
        for (let i = 0; i < max; i++) exact = cross(exact, inner.exact);
      }
      return { exact, req: better(inner.req, usable(inner.exact)) };
    }
    default:
      // Escapes such as \s, \w, \p{L}, the dot, backreferences: no literal.
      return none;
  }
}

/** A sequence: runs of adjacent exact parts concatenate into longer literals; the best set wins. */
function sequence(terms, ci) {
  let run = [''];
  let allExact = true;
  let req = null;
  const close = () => {
    req = better(req, usable(run));
    run = [''];
  };
  for (const t of terms) {
    const r = analyse(t, ci);
    if (r.exact === null) {
      allExact = false;
      close();
      req = better(req, r.req);
      continue;
    }
    if (run.length * r.exact.length > MAX_STRINGS) {
      allExact = false;
      close();
    }
    run = cross(run, r.exact);
    req = better(req, r.req);
  }
  const exact = allExact ? run : null;
  close();
  return { exact, req };
}

/**
 * The literals one of which any match of the pattern contains (lower-case when the pattern is
 * case-insensitive), or null when the pattern has no such set and must always run.
 */
export function requiredLiterals(source, flags = '') {
  const ci = flags.includes('i');
  const ast = regjsparser.parse(source, flags.replace(/[gmsdy]/g, ''), { lookbehind: true, namedGroups: true, unicodePropertyEscape: true, unicodeSet: flags.includes('v') });
  const r = analyse(ast, ci);
  const set = better(r.req, usable(r.exact));
  // A literal that contains another of the set adds nothing: text with it has the shorter one too.
  return set === null ? null : set.filter((s) => !set.some((o) => o !== s && s.includes(o))).sort();
}

/** The generated table: for each pattern (flags and source), its literals. */
export function generateScreenLiterals(specs) {
  const seen = new Set();
  const patterns = [];
  for (const s of specs) {
    const flags = s.flags ?? '';
    const key = `${flags}/${s.source}`;
    if (seen.has(key)) continue;
    seen.add(key);
    patterns.push({ flags, source: s.source, literals: requiredLiterals(s.source, flags) });
  }
  return `${JSON.stringify({ generatedBy: 'scripts/gen-screen-literals.mjs from the poisoning checks (do not edit; npm run build regenerates it)', patterns }, null, 2)}\n`;
}

/** The screen's patterns, read from the TypeScript catalog module (through tsx, as the build runs). */
export async function screenSpecs() {
  const { tsImport } = await import('tsx/esm/api');
  const catalog = await tsImport('../src/surface/catalog.ts', import.meta.url);
  return catalog.screenPatterns();
}

export function writeScreenLiterals(text) {
  writeIfChanged(SCREEN_LITERALS_JSON, text);
}

if (import.meta.url === `file://${process.argv[1]}`) writeScreenLiterals(generateScreenLiterals(await screenSpecs()));
