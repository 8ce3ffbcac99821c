import secretsData from '../../data/redact/secrets.json' with { type: 'json' };

/**
 * The one redaction layer every output passes through (issue 13). Pure: known credential formats
 * come from data/redact/secrets.json, and the secrets of one run (introspect-env values, URL
 * credentials, command arguments) are handed in by the adapter that knows them. Whatever is
 * removed is replaced by a marker that says what it was, so a reader still sees why a line is odd.
 */

/** A value the adapter knows to be secret in this run, and what to call it in the marker. */
export interface KnownSecret {
  value: string;
  label: string;
}

export interface SecretFormat {
  id: string;
  label: string;
  source: string;
  flags?: string;
  truncated?: string;
}

export interface RedactData {
  redactVersion: number;
  formats: SecretFormat[];
  argumentFlags: string[];
  tokenLikeArgument: { minLength: number; minBitsPerChar: number };
}

export interface Redactor {
  /** One string with every secret replaced by its marker. Idempotent. */
  text(value: string): string;
  /**
   * A copy of a JSON-shaped value (objects, arrays, strings) with every string and key redacted;
   * string arrays are read as argument lists too (`--token VALUE`). Values this redactor already
   * returned come back as they are, so a renderer may redact what its adapter redacted before.
   */
  deep<T>(value: T): T;
  /**
   * `JSON.stringify(deep(value), null, space)` in one pass, without copying: what a JSON report
   * writes of a 2,000-tool result is redacted as it is written.
   */
  stringify(value: unknown, space?: number): string;
  /** The run's known secrets, longest first (for adapters that register them elsewhere). */
  readonly secrets: readonly KnownSecret[];
}

export const marker = (label: string): string => `[redacted: ${label}]`;
const MARKER_START = '[redacted';
/** A quote cut short ends with this; the cut secret before it still gives most of it away. */
const ELLIPSIS = '…';
/** Shorter prefixes before an ellipsis are too common to stand for a known secret. */
const MIN_TRUNCATED_PREFIX = 4;

interface CompiledFormat {
  label: string;
  re: RegExp;
  /** The format's start followed by token characters up to an ellipsis. */
  truncated?: RegExp;
}

interface Compiled {
  formats: CompiledFormat[];
  /** Every format in one alternation: most strings match none, and one pass says so. */
  any: RegExp;
}

const DATA = secretsData as RedactData;

function compileFormats(data: RedactData): Compiled {
  const formats = data.formats.map((f) => ({
    label: f.label,
    // `d` gives the index of the `secret` group, so only that part is replaced.
    re: new RegExp(f.source, `g${f.flags ?? ''}${f.source.includes('(?<secret>') ? 'd' : ''}`),
    ...(f.truncated !== undefined ? { truncated: new RegExp(`(?:${f.truncated})[A-Za-z0-9_\\-./+=]{0,200}${ELLIPSIS}`, 'g') } : {}),
  }));
  // Flags differ per format; the gate only has to be permissive, so it is case-insensitive throughout.
  const any = new RegExp(data.formats.map((f) => `(?:${f.source.replace('(?<secret>', '(?:')})`).join('|'), 'i');
  return { formats, any };
}

/** What may stand before a flag in running text (or the text's start): the flag pattern and its pre-test share it. */
const FLAG_BEFORE = `[\\s"'(\\[,=]`;
const FLAG_BEFORE_RE = new RegExp(FLAG_BEFORE);

/** A `-` where the flag pattern can begin: ids and dates (MAE-L3-01, 2026-11-30) skip the pattern. */
function mayHaveFlag(text: string): boolean {
  for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) if (i === 0 || FLAG_BEFORE_RE.test(text[i - 1]!)) return true;
  return false;
}

/** One character of a flag's value in running text. */
const VALUE = `[^\\s"',()\\[\\]]`;

function flagPattern(flags: readonly string[]): { inText: RegExp; whole: RegExp } {
  const names = flags.map((f) => f.replace(/[-_]/g, '[-_]?')).join('|');
  return {
    // `--token VALUE` or `--token=VALUE` inside a command line; the value is the `secret` group.
    // Prose ("pass --token to the server") is spared: a value needs a non-letter, or 20 letters.
    inText: new RegExp(`(?:^|${FLAG_BEFORE})--?(?:${names})(?:=|\\s{1,5})(?<secret>(?=${VALUE}{0,300}[^A-Za-z\\s"',()\\[\\]])${VALUE}{4,}|[A-Za-z]{20,})`, 'gid'),
    whole: new RegExp(`^--?(?:${names})$`, 'i'),
  };
}

const URL_RE = /\b[a-z][a-z0-9+.-]{0,30}:\/\/[^\s"'<>`]+/gi;

/**
 * Userinfo (`user:token@`) and every query value of a URL; the path and host stay readable.
 * Applied to any URL in any text: a query can carry an API key whatever its name.
 */
function redactUrl(url: string): string {
  const scheme = url.indexOf('://') + 3;
  const authorityEnd = firstOf(url, '/?#', scheme);
  const at = url.lastIndexOf('@', authorityEnd - 1);
  let out = url;
  if (at >= scheme && !url.startsWith(MARKER_START, scheme)) out = `${url.slice(0, scheme)}${marker('URL credentials')}${url.slice(at)}`;
  const q = out.indexOf('?');
  if (q < 0) return out;
  const hash = out.indexOf('#', q);
  const end = hash < 0 ? out.length : hash;
  const query = out
    .slice(q + 1, end)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0 || eq === pair.length - 1 || pair.startsWith(MARKER_START, eq + 1)) return pair;
      return `${pair.slice(0, eq + 1)}${marker('URL query value')}`;
    })
    .join('&');
  return `${out.slice(0, q + 1)}${query}${out.slice(end)}`;
}

function firstOf(text: string, chars: string, from: number): number {
  for (let i = from; i < text.length; i += 1) if (chars.includes(text[i]!)) return i;
  return text.length;
}

/** Replaces each match (or its `secret` group) with the marker, leaving markers already there alone. */
function replaceFormat(text: string, re: RegExp, label: string): string {
  re.lastIndex = 0;
  let out = '';
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    const span = m.indices?.groups?.['secret'] ?? [m.index, m.index + m[0].length];
    const [start, end] = span;
    if (text.startsWith(MARKER_START, start)) continue;
    out += `${text.slice(last, start)}${marker(label)}`;
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Shannon entropy in bits per character. */
function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

const PLACEHOLDER = /^(?:\$\{[^}]*\}|\{\{[^}]*\}\}|<[^>]*>|\$[A-Z_][A-Z0-9_]*)$/;

export interface ArgumentRules {
  /** `--token`, `-password`: the next argument is a credential. */
  isCredentialFlag(arg: string): boolean;
  /** `--token=VALUE`: the credential, when the flag is one. */
  inlineCredential(arg: string): string | undefined;
  /** A long random-looking word: a credential passed without a flag. */
  looksLikeToken(arg: string): boolean;
}

export function argumentRules(data: RedactData = DATA): ArgumentRules {
  const { whole } = flagPattern(data.argumentFlags);
  const { minLength, minBitsPerChar } = data.tokenLikeArgument;
  return {
    isCredentialFlag: (arg) => whole.test(arg),
    inlineCredential: (arg) => {
      const eq = arg.indexOf('=');
      if (eq < 0 || !whole.test(arg.slice(0, eq))) return undefined;
      const value = arg.slice(eq + 1);
      return value === '' || PLACEHOLDER.test(value) ? undefined : value;
    },
    looksLikeToken: (arg) =>
      arg.length >= minLength &&
      /^[A-Za-z0-9_\-+/=.~]+$/.test(arg) &&
      /[A-Za-z]/.test(arg) &&
      /[0-9]/.test(arg) &&
      // Paths and file names are long but not secret.
      !/^[./~-]/.test(arg) &&
      !/\.[a-z]{1,5}$/i.test(arg) &&
      (arg.match(/\//g)?.length ?? 0) <= 1 &&
      entropy(arg) >= minBitsPerChar,
  };
}

/**
 * A redactor for the known formats plus this run's secrets. Secrets shorter than 4 characters are
 * ignored: hiding every "1" or "on" would garble the report without hiding anything.
 */
export function createRedactor(known: readonly KnownSecret[] = [], data: RedactData = DATA): Redactor {
  const { formats, any } = data === DATA ? defaultFormats() : compileFormats(data);
  const flags = flagPattern(data.argumentFlags);
  const args = argumentRules(data);
  const secrets = dedupe(known.filter((k) => k.value.length >= MIN_TRUNCATED_PREFIX && !k.value.startsWith(MARKER_START)));
  // A key named __proto__ stays a key, as JSON.parse made it, instead of setting the prototype.
  const setKey = (o: Record<string, unknown>, k: string, v: unknown): void => {
    if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
    else o[k] = v;
  };
  // What each object walked became: its copy, or itself when clean. A result maps to itself too,
  // so a value this redactor returned comes back as it is. Set before the walk of its children, so
  // a cycle ends; one map, one lookup and one or two stores per object of a 40,000-object report.
  const copies = new WeakMap<object, unknown>();
  const finish = (value: object, result: object): object => {
    if (result !== value) {
      copies.set(value, result);
      copies.set(result, result);
    }
    return result;
  };

  // Reports repeat the same keys and short values thousands of times (a 2,000-tool report): each
  // distinct short string is scanned once per redactor.
  const seenText = new Map<string, string>();
  const text = (value: string): string => {
    if (value.length < 4) return value;
    if (value.length > 256) return scan(value);
    let out = seenText.get(value);
    if (out === undefined) {
      out = scan(value);
      if (seenText.size < 50_000) seenText.set(value, out);
    }
    return out;
  };
  const scan = (value: string): string => {
    let out = value;
    for (const s of secrets) if (out.includes(s.value)) out = out.split(s.value).join(marker(s.label));
    if (out.includes(ELLIPSIS)) out = redactTruncatedKnown(out, secrets);
    // A URL changes only through userinfo (`@`) or a query (`?`); a flag needs a `-` where one can start.
    if (out.includes('://') && (out.includes('@') || out.includes('?'))) out = out.replace(URL_RE, redactUrl);
    if (mayHaveFlag(out)) out = replaceFormat(out, flags.inText, 'credential argument');
    const cut = out.includes(ELLIPSIS);
    if (!cut && !any.test(out)) return out;
    for (const f of formats) {
      out = replaceFormat(out, f.re, f.label);
      if (cut && f.truncated !== undefined) out = out.replace(f.truncated, marker(f.label));
    }
    return out;
  };

  /** A string list read as a command line: the value after a credential flag, and token-like words. */
  const argumentList = (list: readonly string[], asArguments: boolean): string[] =>
    list.map((arg, i) => {
      const previous = i > 0 ? list[i - 1]! : '';
      if (args.isCredentialFlag(previous) && arg !== '' && !PLACEHOLDER.test(arg) && !arg.startsWith('-')) return marker('credential argument');
      if (asArguments && args.looksLikeToken(arg)) return marker('token-like argument');
      return text(arg);
    });
  /** A list of strings read as a command line; the list itself when nothing in it changes. */
  const stringList = (list: readonly string[], key: string | undefined): readonly string[] => {
    const redacted = argumentList(list, key === 'arguments' || key === 'args');
    return redacted.every((v, i) => v === list[i]) ? list : redacted;
  };

  // Copy on write: a subtree with nothing to redact is returned as it is, so a clean 2,000-tool
  // result costs a walk, not a copy. `copies` keeps shared and cyclic parts shared.
  const walk = (value: unknown, key: string | undefined): unknown => {
    if (typeof value === 'string') return text(value);
    if (value === null || typeof value !== 'object') return value;
    const seen = copies.get(value);
    if (seen !== undefined) return seen;
    if (Array.isArray(value)) {
      copies.set(value, value);
      if (value.every((v) => typeof v === 'string')) return finish(value, stringList(value as string[], key));
      let out: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        const w = walk(v, undefined);
        if (w !== v && out === undefined) out = value.slice(0, i);
        if (out !== undefined) out.push(w);
      }
      return finish(value, out ?? value);
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    copies.set(value, value);
    let out: Record<string, unknown> | undefined;
    const record = value as Record<string, unknown>;
    // for-in over own keys: no entries array per object on a 40,000-object report.
    for (const k in record) {
      if (!Object.prototype.hasOwnProperty.call(record, k)) continue;
      const v = record[k];
      const rk = text(k);
      const w = walk(v, k);
      if ((rk !== k || w !== v) && out === undefined) {
        out = {};
        for (const j in record) {
          if (j === k) break;
          if (Object.prototype.hasOwnProperty.call(record, j)) setKey(out, j, record[j]);
        }
      }
      if (out !== undefined) setKey(out, rk, w);
    }
    return finish(value, out ?? value);
  };

  // The same rules as `walk`, applied by JSON.stringify to each value it is about to write:
  // strings and string lists here. JSON.stringify hands over each value with its key, so keys are
  // checked on the way; a key that needs redacting (rare: a secret used as a property name) sends
  // the whole value through `walk` instead, which renames it.
  let keyChanged = false;
  function replacer(this: unknown, key: string, value: unknown): unknown {
    if (!keyChanged && key.length >= 4 && text(key) !== key) keyChanged = true;
    if (typeof value === 'string') return text(value);
    if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) return value;
    return stringList(value as string[], key);
  }
  const stringify = (value: unknown, space?: number): string => {
    keyChanged = false;
    const out = JSON.stringify(value, replacer, space);
    return keyChanged ? JSON.stringify(walk(value, undefined), null, space) : out;
  };

  return {
    text,
    deep: <T>(value: T): T => walk(value, undefined) as T,
    stringify,
    secrets,
  };
}

/** `…` preceded by the start of a known secret: a quote cut inside it. */
function redactTruncatedKnown(text: string, secrets: readonly KnownSecret[]): string {
  let out = text;
  for (let i = out.indexOf(ELLIPSIS); i >= 0; i = out.indexOf(ELLIPSIS, i + 1)) {
    for (const s of secrets) {
      let k = Math.min(s.value.length - 1, i);
      while (k >= MIN_TRUNCATED_PREFIX && out.slice(i - k, i) !== s.value.slice(0, k)) k -= 1;
      if (k >= MIN_TRUNCATED_PREFIX) {
        const m = marker(s.label);
        out = `${out.slice(0, i - k)}${m}${out.slice(i + 1)}`;
        i = i - k + m.length - 1;
        break;
      }
    }
  }
  return out;
}

function dedupe(list: readonly KnownSecret[]): KnownSecret[] {
  const byValue = new Map<string, KnownSecret>();
  for (const k of list) if (!byValue.has(k.value)) byValue.set(k.value, k);
  // Longest first: a secret that contains another is replaced whole.
  return [...byValue.values()].sort((a, b) => b.value.length - a.value.length || (a.value < b.value ? -1 : 1));
}

let compiled: Compiled | undefined;
function defaultFormats(): Compiled {
  compiled ??= compileFormats(DATA);
  return compiled;
}

let shared: Redactor | undefined;
/** The pattern-only redactor renderers use when their caller passes none. */
export function defaultRedactor(): Redactor {
  shared ??= createRedactor();
  return shared;
}

export const REDACT_DATA: RedactData = DATA;
