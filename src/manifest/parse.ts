import type * as JsoncParser from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { INDEX_DEPTH, indexJson, nearestNode, type JsonIndex } from './json-index.js';
import type * as JsYaml from 'js-yaml';
import type { Event } from 'js-yaml';
import { lazy } from '../lazy.js';
import type { InputError } from '../model/index.js';
import { LineIndex, type JsonPath } from './position.js';

// A scan of JSON manifests needs neither the YAML parser nor the JSON error locator (failures only).
const yaml = lazy(() => require('js-yaml') as typeof JsYaml);
const jsonc = lazy(() => require('jsonc-parser') as typeof JsoncParser);

/** A parsed manifest that can say on which line any value sits. */
export interface ParsedDocument {
  path: string;
  syntax: 'json' | 'yaml';
  value: unknown;
  /** Line/column of the key (or item) at `path`, or of the nearest ancestor that exists. */
  locate(path: JsonPath): { line: number; column: number };
}

export type ParseOutcome = { ok: true; doc: ParsedDocument } | { ok: false; error: InputError };

/** Aliases beyond this are refused: a "billion laughs" document expands exponentially when traversed. */
const MAX_YAML_ALIASES = 64;
const MAX_DEPTH = 64;

export function parseDocument(path: string, text: string, syntax: 'json' | 'yaml'): ParseOutcome {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return syntax === 'json' ? parseJson(path, body) : parseYaml(path, body);
}

function fail(path: string, lines: LineIndex, offset: number, message: string, hint: string): ParseOutcome {
  const { line, column } = lines.at(offset);
  return { ok: false, error: { path, line, column, message, hint } };
}

function parseJson(path: string, text: string): ParseOutcome {
  const lines = new LineIndex(text);
  let value: unknown;
  try {
    // The native parser is an order of magnitude faster than any tree builder; it decides validity.
    value = JSON.parse(text);
  } catch (err) {
    if (err instanceof RangeError) {
      return fail(path, lines, 0, 'nesting too deep to parse', 'flatten the document; no manifest needs this depth');
    }
    return jsonSyntaxError(path, text, lines);
  }
  const index = indexJson(text);
  if (index.problem) return fail(path, lines, index.problem.offset, index.problem.message, index.problem.hint);
  return {
    ok: true,
    doc: {
      path,
      syntax: 'json',
      value,
      locate: (p) => lines.at(locateJson(text, index, p)),
    },
  };
}

/**
 * Resolves a path to an offset. The document index covers only the top levels; below them the
 * enclosing container is indexed on demand (once, then cached), level by level.
 */
function locateJson(text: string, index: JsonIndex, path: ReadonlyArray<string | number>): number {
  let current = index;
  let rest = path;
  let offset = index.root.offset;
  for (;;) {
    const { node, depth } = nearestNode(current, rest);
    if (depth > 0) offset = node.offset;
    // Found, or stopped above the bottom of what this index covers: the path goes no deeper.
    if (depth === rest.length || depth < INDEX_DEPTH) return offset;
    current = subIndex(text, index, node.valueOffset);
    rest = rest.slice(depth);
  }
}

function subIndex(text: string, index: JsonIndex, offset: number): JsonIndex {
  let subs = subIndexes.get(index);
  if (!subs) {
    subs = new Map();
    subIndexes.set(index, subs);
  }
  let sub = subs.get(offset);
  if (!sub) {
    sub = indexJson(text, offset);
    subs.set(offset, sub);
  }
  return sub;
}

const subIndexes = new WeakMap<JsonIndex, Map<number, JsonIndex>>();

/** Only on the failure path: jsonc-parser says where and what, which JSON.parse does not portably. */
function jsonSyntaxError(path: string, text: string, lines: LineIndex): ParseOutcome {
  const errors: ParseError[] = [];
  try {
    jsonc().parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // A pathological document can exhaust the recursive parser; the message below still applies.
  }
  const first = errors[0];
  return fail(
    path,
    lines,
    first?.offset ?? 0,
    `invalid JSON: ${first ? describeJsonError(jsonc().printParseErrorCode(first.error)) : text.trim() === '' ? 'the file is empty' : 'malformed document'}`,
    'fix the syntax at this position (unquoted keys, trailing commas and comments are not JSON)',
  );
}

function describeJsonError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'a property name in double quotes was expected',
    ValueExpected: 'a value was expected',
    ColonExpected: 'a colon was expected',
    CommaExpected: 'a comma was expected',
    CloseBraceExpected: 'a closing } was expected',
    CloseBracketExpected: 'a closing ] was expected',
    EndOfFileExpected: 'extra content after the end of the document',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidUnicode: 'invalid \\u escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in string',
  };
  return words[code] ?? code;
}

function parseYaml(path: string, text: string): ParseOutcome {
  const lines = new LineIndex(text);
  let value: unknown;
  let events: Event[];
  try {
    value = yaml().load(text, { filename: path, maxAliases: MAX_YAML_ALIASES, maxDepth: MAX_DEPTH });
    events = yaml().parseEvents(text, { filename: path, maxDepth: MAX_DEPTH });
  } catch (err) {
    if (err instanceof yaml().YAMLException) {
      const line = (err.mark?.line ?? 0) + 1;
      const column = (err.mark?.column ?? 0) + 1;
      return { ok: false, error: { path, line, column, message: `invalid YAML: ${err.reason}`, hint: yamlHint(err.reason) } };
    }
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { path, line: 1, column: 1, message: `invalid YAML: ${message}`, hint: 'check the file is UTF-8 YAML' } };
  }
  const index = indexYamlEvents(text, events);
  if (index.forbidden !== undefined) {
    return fail(path, lines, index.forbidden, 'forbidden key "__proto__"', 'remove the key: it can alter object prototypes in consumers');
  }
  return {
    ok: true,
    doc: {
      path,
      syntax: 'yaml',
      value,
      locate: (p) => {
        for (let n = p.length; n >= 0; n--) {
          const off = index.offsets.get(pathKey(p.slice(0, n)));
          if (off !== undefined) return lines.at(off);
        }
        return { line: 1, column: 1 };
      },
    },
  };
}

function yamlHint(reason: string): string {
  if (reason.includes('maxAliases')) return `remove repeated aliases (*name): at most ${MAX_YAML_ALIASES} are accepted, to stop alias bombs`;
  if (reason.includes('duplicated mapping key')) return 'keep one occurrence of the key';
  if (reason.includes('unknown') && reason.includes('tag')) return 'remove the custom tag (!tag): only plain YAML is accepted';
  if (reason.includes('depth')) return `flatten the document: at most ${MAX_DEPTH} nesting levels`;
  return 'fix the YAML syntax at this position (indentation, quotes, colons)';
}

function pathKey(path: JsonPath): string {
  return path.map((p) => (typeof p === 'number' ? `#${p}` : `.${p}`)).join('');
}

interface Frame {
  kind: 'map' | 'seq';
  path: (string | number)[];
  index: number;
  key?: string;
  keyOffset?: number;
  expectKey: boolean;
}

/** Walks js-yaml's event stream to map each value path to the offset of its key or item. */
function indexYamlEvents(text: string, events: Event[]): { offsets: Map<string, number>; forbidden?: number } {
  const offsets = new Map<string, number>([['', 0]]);
  const stack: Frame[] = [];
  let forbidden: number | undefined;
  let documents = 0;

  const childPath = (frame: Frame): (string | number)[] | undefined =>
    frame.kind === 'seq' ? [...frame.path, frame.index] : frame.key !== undefined ? [...frame.path, frame.key] : undefined;

  // Called for every value node; returns the path it occupies (undefined for mapping keys).
  const place = (start: number): (string | number)[] | null => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    if (top.kind === 'map' && top.expectKey) return null;
    const p = childPath(top);
    // Empty scalars (`-` alone, `key:` with no value) have no offset (-1): keep the parent's position.
    const at = top.kind === 'map' ? (top.keyOffset ?? start) : start;
    if (p && at >= 0) offsets.set(pathKey(p), at);
    return p ?? [];
  };
  const advance = (): void => {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.kind === 'seq') top.index++;
    else top.expectKey = !top.expectKey;
  };

  for (const ev of events) {
    switch (ev.type) {
      case 1:
        documents++;
        break;
      case 2:
      case 3: {
        if (documents > 1) break;
        const p = place(ev.start);
        if (p === null) {
          // A complex key: rare in manifests; index nothing beneath it.
          stack.push({ kind: ev.type === 3 ? 'map' : 'seq', path: ['\u0000complex-key'], index: 0, expectKey: true });
          break;
        }
        stack.push({ kind: ev.type === 3 ? 'map' : 'seq', path: p, index: 0, expectKey: true });
        break;
      }
      case 4: {
        const top = stack[stack.length - 1];
        if (top && top.kind === 'map' && top.expectKey) {
          const key = yaml().getScalarValue(text, ev);
          top.key = key;
          top.keyOffset = ev.valueStart;
          if (key === '__proto__' && forbidden === undefined) forbidden = ev.valueStart;
        } else {
          place(ev.valueStart >= 0 ? ev.valueStart : Math.max(ev.tagStart, ev.anchorStart));
        }
        advance();
        break;
      }
      case 5:
        place(ev.anchorStart > 0 ? ev.anchorStart - 1 : -1);
        advance();
        break;
      case 6:
        if (stack.length > 0) {
          stack.pop();
          advance();
        }
        break;
    }
  }
  return forbidden === undefined ? { offsets } : { offsets, forbidden };
}

