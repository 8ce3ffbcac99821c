import literalsJson from './generated/screen-literals.json' with { type: 'json' };
import type { RegexSpec } from './catalog.js';

/**
 * The poisoning screen's first pass. Each text pattern has a set of literals one of which any text
 * it matches contains (scripts/gen-screen-literals.mjs derives them from the pattern at build
 * time). One pass over a tool's text finds which literals occur; only the patterns they belong to
 * are compiled and run. A pattern without such a set (or one added without rebuilding) always runs.
 */
export interface LiteralScreen {
  /** Whether any of the patterns matches the text: exact, since a hit is confirmed by the pattern. */
  matches(text: string): boolean;
}

interface GeneratedPattern {
  flags: string;
  source: string;
  literals: string[] | null;
}

interface Entry {
  literal: string;
  patterns: number[];
}

/**
 * Literals by their first one or two UTF-16 units, for one pass over the text. Pairs of ASCII
 * units (nearly every position of tool text) index an array; the rest a map.
 */
class LiteralIndex {
  private readonly singles = new Map<number, number[]>();
  private readonly ascii: (Entry[] | undefined)[] = new Array<Entry[] | undefined>(128 * 128);
  private readonly pairs = new Map<number, Entry[]>();
  /** Every literal, for the finder. */
  private readonly literals = new Set<string>();
  /** Characters scanned so far, and the finder once they pass FINDER_AFTER. */
  private scanned = 0;
  private finder: RegExp | undefined;
  size = 0;

  add(literal: string, pattern: number): void {
    this.size += 1;
    this.literals.add(literal);
    const first = literal.charCodeAt(0);
    if (literal.length === 1) {
      const list = this.singles.get(first);
      if (list) list.push(pattern);
      else this.singles.set(first, [pattern]);
      return;
    }
    const second = literal.charCodeAt(1);
    let list: Entry[] | undefined;
    if (first < 128 && second < 128) list = this.ascii[(first << 7) | second] ??= [];
    else {
      list = this.pairs.get(first * 0x10000 + second) ?? [];
      this.pairs.set(first * 0x10000 + second, list);
    }
    const entry = list.find((e) => e.literal === literal);
    if (entry) entry.patterns.push(pattern);
    else list.push({ literal, patterns: [pattern] });
  }

  /** Adds to `found` every pattern one of whose literals occurs in the text. */
  collect(text: string, found: Set<number>): void {
    this.scanned += text.length;
    if (this.finder === undefined && this.scanned <= FINDER_AFTER) {
      for (let i = 0; i < text.length; i++) this.at(text, i, found);
      return;
    }
    // On a large server, one alternation of every literal (compiled once) skips the positions
    // where none starts far faster than the loop above; compiling it costs more than small
    // servers save (callgrind: +11M instructions on 25 tools, -26M on 79, -88M on 2,000).
    this.finder ??= new RegExp(
      [...this.literals]
        .sort((a, b) => b.length - a.length)
        .map((l) => l.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
        .join('|'),
      'g',
    );
    const finder = this.finder;
    finder.lastIndex = 0;
    for (let m = finder.exec(text); m !== null; m = finder.exec(text)) {
      this.at(text, m.index, found);
      finder.lastIndex = m.index + 1;
    }
  }

  /** Every literal that starts at `i`. */
  private at(text: string, i: number, found: Set<number>): void {
    const c = text.charCodeAt(i);
    if (this.singles.size > 0) this.singles.get(c)?.forEach((p) => found.add(p));
    if (i + 1 >= text.length) return;
    const n = text.charCodeAt(i + 1);
    const list = c < 128 && n < 128 ? this.ascii[(c << 7) | n] : this.pairs.get(c * 0x10000 + n);
    if (list === undefined) return;
    for (const e of list) if (text.startsWith(e.literal, i)) for (const p of e.patterns) found.add(p);
  }
}

/** Characters a screen scans with its loop before it compiles the finder (about 40 tools). */
const FINDER_AFTER = 60_000;

const generated = new Map((literalsJson as { patterns: GeneratedPattern[] }).patterns.map((p) => [`${p.flags}/${p.source}`, p.literals]));

/** The generated literals of a pattern: a list, null (it has none), or undefined (not generated). */
export type LiteralsOf = (spec: RegexSpec) => readonly string[] | null | undefined;

const generatedLiterals: LiteralsOf = (spec) => generated.get(`${spec.flags ?? ''}/${spec.source}`);

/**
 * The screen for a list of patterns, each compiled (with `m`, as the joined text has lines) on its
 * first candidate text. `literalsOf` is the build-time table unless a test derives its own.
 */
export function literalScreen(specs: readonly RegexSpec[], literalsOf: LiteralsOf = generatedLiterals): LiteralScreen {
  const caseless = new LiteralIndex();
  const exact = new LiteralIndex();
  const always: number[] = [];
  const compiled: (RegExp | undefined)[] = [];
  specs.forEach((spec, i) => {
    const flags = spec.flags ?? '';
    const literals = literalsOf(spec);
    if (literals === undefined || literals === null) always.push(i);
    else for (const l of literals) (flags.includes('i') ? caseless : exact).add(l, i);
  });
  const regex = (i: number): RegExp => {
    let re = compiled[i];
    if (re === undefined) {
      const spec = specs[i]!;
      re = new RegExp(spec.source, `${(spec.flags ?? '').replace(/[gym]/g, '')}m`);
      compiled[i] = re;
    }
    return re;
  };
  return {
    matches(text: string): boolean {
      const found = new Set<number>(always);
      if (caseless.size > 0) caseless.collect(text.toLowerCase(), found);
      if (exact.size > 0) exact.collect(text, found);
      for (const i of found) if (regex(i).test(text)) return true;
      return false;
    },
  };
}
