import { readFileSync } from 'node:fs';
import regjsparser from 'regjsparser';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { CYRILLIC, SCREEN_LITERALS_JSON, generateScreenLiterals, requiredLiterals } from '../../scripts/gen-screen-literals.mjs';
import { checkCatalog, screenPatterns, type RegexSpec } from '../../src/surface/catalog.js';
import { literalScreen } from '../../src/surface/literal-screen.js';
import { screenTool } from '../../src/surface/surface-items.js';
import { REAL_TOOL_ROOTS, realTools } from './helpers.js';

const literalsOf = requiredLiterals as (source: string, flags?: string) => string[] | null;
const specs: RegexSpec[] = screenPatterns();
const compiled = (s: RegexSpec): RegExp => new RegExp(s.source, `${(s.flags ?? '').replace(/[gym]/g, '')}m`);

describe('the literals derived from a pattern', () => {
  it('are up to date with the check catalog (run `npm run build` to regenerate)', () => {
    expect(readFileSync(SCREEN_LITERALS_JSON as string, 'utf8')).toBe((generateScreenLiterals as (s: RegexSpec[]) => string)(specs));
  });

  it.each([
    // A required word of the sequence: the first with the longest literals (counted up to five
    // characters), then the fewest.
    ['\\b(?:ignore|disregard)\\s+previous\\s+instructions', 'i', ['previous']],
    ['\\b(?:ignore|disregard)\\s+(?:all\\s+)?instructions', 'i', ['instructions']],
    // Adjacent literal parts concatenate; a literal containing another of the set is dropped.
    ['\\bcall(?:ed)?\\s+me', 'i', ['call']],
    ['\\bsend(?:s|ing)?\\s', '', ['send']],
    // An alternation needs a literal in every branch, else nothing is required.
    ['foo|bar\\d+', '', ['bar', 'foo']],
    ['foo|\\d+', '', null],
    // Small classes expand; case-insensitive patterns give lower-case literals.
    ['\\.SSH[/\\\\]id_rsa', 'i', ['.ssh/id_rsa', '.ssh\\id_rsa']],
    ['Bearer', '', ['Bearer']],
    // Lookarounds consume nothing and require nothing.
    ['(?<![a-z])token(?!s)', 'i', ['token']],
    // Case-insensitive letters outside ASCII and basic Cyrillic are left to the pattern; exact
    // non-ASCII text is a literal.
    ['(?<![\\p{L}])забудь', 'iu', ['забу']],
    ['(?<![\\p{L}])игнорируй', 'iu', ['рируй']],
    ['(?<![\\p{L}])σβήσε', 'iu', null],
    ['(?:忽略|无视)(?:之前)?', 'u', ['忽略', '无视']],
    // Nothing literal at all: the pattern always runs.
    ['[a-z]{3,}\\s+\\w+', 'i', null],
  ])('/%s/%s → %j', (source, flags, expected) => {
    expect(literalsOf(source, flags)).toEqual(expected);
  });
});

describe('lower-casing the text is enough for case-insensitive literals', () => {
  // The screen lower-cases a tool's text (after NFKC) and looks for the lower-case literals of a
  // case-insensitive pattern. That finds every match only if no character outside a literal's own
  // lower case matches it under /iu, apart from the two NFKC removes.
  const { from, to, except } = CYRILLIC as { from: number; to: number; except: string };
  const cyrillic = Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i).toLowerCase()).filter((c) => !except.includes(c));
  const letters = [...'abcdefghijklmnopqrstuvwxyz', ...cyrillic];
  it.each([...new Set(letters)])('%s', (letter) => {
    const re = new RegExp(`^${letter}$`, 'iu');
    const others: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (re.test(ch) && ch.normalize('NFKC').toLowerCase() !== letter) others.push(`U+${cp.toString(16)}`);
    }
    expect(others).toEqual([]);
  });
});

/** A seeded generator, so a failure names a case that reproduces. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Node = { type: string; [key: string]: unknown };

/**
 * A string the pattern may match, built from its syntax tree: a random branch of each alternation,
 * a random count for each quantifier, a random member of each class. Lookarounds and anchors are
 * not honoured, so callers keep only samples the pattern really matches.
 */
function sample(node: Node, rnd: () => number): string {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  switch (node.type) {
    case 'value':
      return String.fromCodePoint(node['codePoint'] as number);
    case 'characterClass': {
      if (node['negative']) return pick(['x', ' ', 'Q', '7']);
      const members = node['body'] as Node[];
      if (members.length === 0) return '';
      const m = pick(members);
      if (m.type === 'characterClassRange') {
        const lo = (m['min'] as { codePoint: number }).codePoint;
        const hi = (m['max'] as { codePoint: number }).codePoint;
        return String.fromCodePoint(lo + Math.floor(rnd() * (hi - lo + 1)));
      }
      return sample(m, rnd);
    }
    case 'characterClassEscape':
      return ({ s: ' ', S: 'k', d: '4', D: 'q', w: 'w', W: '-' } as Record<string, string>)[node['value'] as string] ?? 'a';
    case 'unicodePropertyEscape':
      return 'a';
    case 'dot':
      return pick(['x', '.', ' ']);
    case 'anchor':
    case 'reference':
      return '';
    case 'group':
      if (node['behavior'] !== 'normal' && node['behavior'] !== 'ignore') return '';
      return (node['body'] as Node[]).map((n) => sample(n, rnd)).join('');
    case 'alternative':
      return (node['body'] as Node[]).map((n) => sample(n, rnd)).join('');
    case 'disjunction':
      return sample(pick(node['body'] as Node[]), rnd);
    case 'quantifier': {
      const min = node['min'] as number;
      const max = Math.min((node['max'] as number | undefined) ?? min + 3, min + 3);
      const n = min + Math.floor(rnd() * (max - min + 1));
      return Array.from({ length: n }, () => sample((node['body'] as Node[])[0]!, rnd)).join('');
    }
    default:
      return '';
  }
}

function mixCase(text: string, rnd: () => number): string {
  return [...text].map((c) => (rnd() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join('');
}

describe('the literal screen', () => {
  // A screen scans its first texts with a loop and, past about 60,000 characters (a large server),
  // with one compiled alternation of its literals: both must find the same.
  it.each([
    ['the loop of a small server', false],
    ['the finder of a large server', true],
  ])('matches every generated text a pattern matches, in any case and inside other text (soundness: %s)', (_, large) => {
    const missed: string[] = [];
    let checked = 0;
    specs.forEach((spec, i) => {
      const rnd = random(1000 + i);
      const re = compiled(spec);
      const ast = regjsparser.parse(spec.source, (spec.flags ?? '').replace(/[gmsy]/g, ''), { lookbehind: true, namedGroups: true, unicodePropertyEscape: true }) as Node;
      const screen = literalScreen([spec]);
      if (large) expect(screen.matches('benign tool text. '.repeat(4000))).toBe(false);
      let kept = 0;
      for (let k = 0; k < 400 && kept < 40; k++) {
        let text = sample(ast, rnd);
        if ((spec.flags ?? '').includes('i')) text = mixCase(text, rnd);
        const framed = `${rnd() < 0.5 ? 'Returns the list. ' : ''}${text}${rnd() < 0.5 ? ' and more.' : ''}`;
        if (!re.test(framed)) continue;
        kept += 1;
        checked += 1;
        if (!screen.matches(framed)) missed.push(`${spec.label}: ${JSON.stringify(framed)}`);
      }
    });
    expect(missed).toEqual([]);
    expect(checked).toBeGreaterThan(specs.length * 10);
  });

  it('says exactly what running every pattern says, on every real tool of the fixtures', () => {
    const all = specs.map(compiled);
    const screen = literalScreen(specs);
    const texts: string[] = [];
    for (const root of REAL_TOOL_ROOTS) for (const { tools } of realTools(root)) for (const tool of tools) texts.push(screenTool(tool, 200, 4000).text);
    // And the positive examples of the catalog, which must all pass the screen.
    for (const check of checkCatalog().checks) {
      for (const p of check.fixtures?.positive ?? []) texts.push(`${p.tool.name}\n${p.tool.description ?? ''}\n${JSON.stringify(p.tool.inputSchema ?? {})}`);
    }
    const differ = texts.filter((t) => screen.matches(t) !== all.some((re) => re.test(t)));
    expect(differ).toEqual([]);
    expect(texts.length).toBeGreaterThan(500);
  });

  it('finds a literal that starts inside another, with the loop and with the finder', () => {
    // The first literal found fails its pattern (no word boundary before it); the one starting
    // two characters later is the match.
    const screen = literalScreen(
      [
        { label: 'whole word', source: '\\bABCDEFGH\\b' },
        { label: 'inner', source: 'CDE' },
      ],
      (spec) => literalsOf(spec.source, spec.flags),
    );
    expect(screen.matches('xABCDEFGH')).toBe(true);
    expect(screen.matches('filler '.repeat(10_000))).toBe(false);
    expect(screen.matches('xABCDEFGH')).toBe(true);
  });

  it('runs a pattern that has no literals (or none generated) on every text', () => {
    const screen = literalScreen([{ label: 'digits', source: '\\d{3}' }]);
    expect(screen.matches('call 555 now')).toBe(true);
    expect(screen.matches('no numbers')).toBe(false);
  });
});
