/**
 * The decoding pass of the screen: text hidden from a reviewer by an encoding the model reads
 * through (base64/base64url runs, percent-encoding, HTML entities, `\u` escapes) is decoded so the
 * checks see it. Bounded: at most `maxDepth` layers, and all decoded text of one string together
 * never exceeds that string's length, so a hostile string cannot make the screen do more work
 * than its own size. Pure.
 */

export type Encoding = 'base64' | 'base64url' | 'percent-encoding' | 'HTML entities' | '\\u escapes';

export interface DecodedText {
  encoding: Encoding;
  /** The encoded text as it appears (the run for base64, the first escape for the rest). */
  from: string;
  text: string;
  /** 1 for text decoded from the original, 2 for text decoded from decoded text. */
  depth: number;
  /** For depth 2: the index, in the same result, of the text this was decoded from. */
  parent?: number;
}

export interface DecodeLimits {
  maxDepth: number;
  minEncodedLength: number;
}

/** Base64 runs that can reach `min` characters with their padding: shorter words are not even matched. */
const base64Runs = new Map<number, RegExp>();
const base64Run = (min: number): RegExp => {
  let re = base64Runs.get(min);
  if (re === undefined) {
    re = new RegExp(`[A-Za-z0-9+/_-]{${Math.max(1, min - 2)},}={0,2}`, 'g');
    base64Runs.set(min, re);
  }
  return re;
};
const PERCENT = /(?:%[0-9A-Fa-f]{2})+/g;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]{2,8}));/g;
const U_ESCAPE = /\\u(?:([0-9A-Fa-f]{4})|\{([0-9A-Fa-f]{1,6})\})/g;
/** One cheap test: could any decoder find something here? */
const ANY_ENCODING = /[A-Za-z0-9+/_-]{16,}|%[0-9A-Fa-f]{2}|&#?[A-Za-z0-9]{2,8};|\\u[0-9A-Fa-f{]/;

// The entities that spell instructions or markup; a full HTML5 table buys nothing here.
const NAMED: Record<string, string> = {
  lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ', sol: '/', bsol: '\\', lowbar: '_', colon: ':',
  period: '.', excl: '!', num: '#', percnt: '%', lpar: '(', rpar: ')', lsqb: '[', rsqb: ']', lbrace: '{', rbrace: '}',
  equals: '=', quest: '?', commat: '@', dollar: '$', tilde: '~', Tab: '\t', NewLine: '\n',
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decoded bytes count as hidden text only when they read as text: valid UTF-8, mostly printable, mostly letters. */
function readsAsText(s: string): boolean {
  if (s.length < 6) return false;
  let printable = 0;
  let letters = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x1b || (cp >= 0x20 && cp !== 0x7f && !(cp >= 0x80 && cp <= 0x9f))) printable += 1;
    if (/\p{L}|\s/u.test(ch)) letters += 1;
  }
  const n = [...s].length;
  return printable / n >= 0.95 && letters / n >= 0.5;
}

function base64Bytes(run: string): Uint8Array | undefined {
  let s = run.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (s.length % 4 === 1) s = s.slice(0, -1);
  s += '='.repeat((4 - (s.length % 4)) % 4);
  try {
    const binary = atob(s);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Runs that could be base64 of text: long enough, with both cases (identifiers in one case are skipped unread). */
function base64Texts(text: string, min: number): DecodedText[] {
  const out: DecodedText[] = [];
  const runs = base64Run(min);
  runs.lastIndex = 0;
  for (let m = runs.exec(text); m !== null; m = runs.exec(text)) {
    const run = m[0];
    if (run.length < min || !/[A-Z]/.test(run) || !/[a-z]/.test(run)) continue;
    const bytes = base64Bytes(run);
    if (!bytes) continue;
    let decoded: string;
    try {
      decoded = utf8.decode(bytes);
    } catch {
      continue;
    }
    if (!readsAsText(decoded)) continue;
    out.push({ encoding: /[-_]/.test(run) ? 'base64url' : 'base64', from: run, text: decoded, depth: 1 });
  }
  return out;
}

function percentText(text: string): DecodedText | undefined {
  if (!text.includes('%')) return undefined;
  let first: string | undefined;
  const decoded = text.replace(PERCENT, (run) => {
    try {
      const d = decodeURIComponent(run);
      first ??= run;
      return d;
    } catch {
      return run;
    }
  });
  return first !== undefined && decoded !== text ? { encoding: 'percent-encoding', from: first, text: decoded, depth: 1 } : undefined;
}

function fromCodePoint(hex: string | undefined, dec?: string): string | undefined {
  const cp = hex !== undefined ? parseInt(hex, 16) : Number(dec);
  return Number.isInteger(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
}

function entityText(text: string): DecodedText | undefined {
  if (!text.includes('&')) return undefined;
  let first: string | undefined;
  const decoded = text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    const ch = name !== undefined ? NAMED[name] : fromCodePoint(hex, dec);
    if (ch === undefined) return whole;
    first ??= whole;
    return ch;
  });
  return first !== undefined && decoded !== text ? { encoding: 'HTML entities', from: first, text: decoded, depth: 1 } : undefined;
}

function escapeText(text: string): DecodedText | undefined {
  if (!text.includes('\\u')) return undefined;
  let first: string | undefined;
  const decoded = text.replace(U_ESCAPE, (whole, four: string | undefined, braced: string | undefined) => {
    const ch = fromCodePoint(four ?? braced);
    if (ch === undefined) return whole;
    first ??= whole;
    return ch;
  });
  return first !== undefined && decoded !== text ? { encoding: '\\u escapes', from: first, text: decoded, depth: 1 } : undefined;
}

function decodeOnce(text: string, min: number): DecodedText[] {
  const out: DecodedText[] = base64Texts(text, min);
  for (const d of [percentText(text), entityText(text), escapeText(text)]) if (d) out.push(d);
  return out;
}

/** Whether any decoder could find something in the text (a cheap regular-expression test). */
export function mayBeEncoded(text: string): boolean {
  return ANY_ENCODING.test(text);
}

/**
 * Every text hidden in `text` by one encoding, and (up to `maxDepth`) by an encoding inside that;
 * at most `text.length` characters of decoded text in all.
 */
export function decodeHidden(text: string, limits: DecodeLimits): DecodedText[] {
  if (limits.maxDepth < 1 || !mayBeEncoded(text)) return [];
  const out: DecodedText[] = [];
  let budget = text.length;
  let layer: { text: string; index?: number }[] = [{ text }];
  for (let depth = 1; depth <= limits.maxDepth && layer.length > 0 && budget > 0; depth++) {
    const next: { text: string; index: number }[] = [];
    for (const source of layer) {
      if (!mayBeEncoded(source.text)) continue;
      for (const d of decodeOnce(source.text, limits.minEncodedLength)) {
        if (d.text.length > budget) return out;
        budget -= d.text.length;
        out.push(source.index === undefined ? { ...d, depth } : { ...d, depth, parent: source.index });
        next.push({ text: d.text, index: out.length - 1 });
      }
    }
    layer = next;
  }
  return out;
}
