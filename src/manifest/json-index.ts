/**
 * One structural pass over text that JSON.parse has already accepted: records where each value
 * sits (key offset for object members, item offset for array items) down to a fixed depth, and
 * reports duplicate or forbidden keys at any depth. Much cheaper than building a syntax tree.
 */
export interface IndexNode {
  offset: number;
  /** Where the value itself starts (for a member, `offset` is its key). */
  valueOffset: number;
  children?: Map<string | number, IndexNode>;
}

export interface JsonIndex {
  root: IndexNode;
  problem?: { offset: number; message: string; hint: string };
}

/**
 * Levels below the root whose positions are recorded; deeper paths are resolved on demand by
 * indexing their ancestor. One level (a dump's tools, a manifest's top-level keys) is what most
 * lookups need, and a tools dump has tens of thousands of deeper values nobody asks about.
 */
export const INDEX_DEPTH = 1;
const MAX_DEPTH = 64;

interface Frame {
  array: boolean;
  index: number;
  /** Set when this container's children are recorded. */
  node: IndexNode | undefined;
  /** The child recorded last: the node of a container that opens as its value. */
  last: IndexNode | undefined;
  keys: string[] | Set<string> | undefined;
}

type Problem = NonNullable<JsonIndex['problem']>;

export function indexJson(text: string, from = 0): JsonIndex {
  const start = skipSpace(text, from);
  const root: IndexNode = { offset: from, valueOffset: start };
  // One frame per nesting level, reused by every container at that level: a tools dump opens tens
  // of thousands of containers, and each would otherwise allocate a frame and a key list.
  const frames: Frame[] = [];
  let depthNow = -1;
  // Whitespace, colons, numbers and literals carry no structure: a native regex search jumps over
  // them, which is most of a pretty-printed file. Values inside recorded containers are placed
  // when their key or separator is seen, so nothing is lost by not stopping at a number.
  const structural = /["{}[\],]/g;
  let expectKey = false;
  let i = start;
  for (;;) {
    structural.lastIndex = i;
    if (!structural.test(text)) break;
    i = structural.lastIndex - 1;
    const c = text.charCodeAt(i);
    const top = depthNow >= 0 ? frames[depthNow] : undefined;
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      if (expectKey && top !== undefined) {
        const problem = memberKey(text, top, i, end);
        if (problem) return { root, problem };
        expectKey = false;
      }
      i = end + 1;
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const depth = depthNow + 1;
      if (depth > MAX_DEPTH) {
        return { root, problem: { offset: i, message: `nesting deeper than ${MAX_DEPTH} levels`, hint: 'flatten the document; no manifest needs this depth' } };
      }
      const node = depth >= INDEX_DEPTH ? undefined : top ? top.last : root;
      const frame = openFrame(frames, depth, c === 0x5b, node);
      depthNow = depth;
      expectKey = c === 0x7b;
      i++;
      if (frame.array && node) item(text, frame, i);
      continue;
    }
    if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depthNow--;
      expectKey = false;
      i++;
      // A sub-index started inside the document ends with its own container.
      if (depthNow < 0 && from > 0) break;
      continue;
    }
    // A comma.
    i++;
    if (top) {
      if (!top.array) expectKey = true;
      else {
        top.index++;
        if (top.node) item(text, top, i);
      }
    }
  }
  return { root };
}

function openFrame(frames: Frame[], depth: number, array: boolean, node: IndexNode | undefined): Frame {
  const frame = frames[depth];
  if (!frame) return (frames[depth] = { array, index: 0, node, last: undefined, keys: undefined });
  frame.array = array;
  frame.index = 0;
  frame.node = node;
  frame.last = undefined;
  if (Array.isArray(frame.keys)) frame.keys.length = 0;
  else frame.keys = undefined;
  return frame;
}

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else return i;
  }
}

/** The closing quote of the string opening at `start`; a quote after an odd run of backslashes is escaped. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (end !== -1) {
    let backslashes = 0;
    for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if ((backslashes & 1) === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return text.length - 1;
}

/** Checks an object's key; in a recorded object, also records where the member's value starts. */
function memberKey(text: string, frame: Frame, start: number, end: number): Problem | undefined {
  const raw = text.slice(start + 1, end);
  const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
  if (key === '__proto__') return { offset: start, message: 'forbidden key "__proto__"', hint: 'remove the key: it can alter object prototypes in consumers' };
  // Objects have a handful of keys: an array is cheaper than a Set until they do not.
  let keys = frame.keys;
  if (keys === undefined) keys = frame.keys = [];
  else if (Array.isArray(keys) && keys.length >= 16) keys = frame.keys = new Set(keys);
  if (Array.isArray(keys) ? keys.includes(key) : keys.has(key)) {
    return { offset: start, message: `duplicate key "${key}"`, hint: 'keep one occurrence: JSON parsers disagree on which one wins' };
  }
  if (Array.isArray(keys)) keys.push(key);
  else keys.add(key);
  if (frame.node) record(frame, key, start, skipSpace(text, text.indexOf(':', end + 1) + 1));
  return undefined;
}

/** In a recorded array, places the item that starts after `[` or `,` (none before `]`). */
function item(text: string, frame: Frame, after: number): void {
  const at = skipSpace(text, after);
  if (text.charCodeAt(at) !== 0x5d) record(frame, frame.index, at, at);
}

function record(frame: Frame, key: string | number, offset: number, valueOffset: number): void {
  const node: IndexNode = { offset, valueOffset };
  (frame.node!.children ??= new Map()).set(key, node);
  frame.last = node;
}

/** The node at `path`, or the nearest indexed ancestor and how much of the path it covers. */
export function nearestNode(index: JsonIndex, path: ReadonlyArray<string | number>): { node: IndexNode; depth: number } {
  let node = index.root;
  let depth = 0;
  for (const part of path) {
    const child = node.children?.get(part);
    if (!child) break;
    node = child;
    depth++;
  }
  return { node, depth };
}
