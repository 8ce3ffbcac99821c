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
  depth: number;
  index: number;
  node: IndexNode | undefined;
  keys: string[] | Set<string> | undefined;
  pendingKey: string | undefined;
  pendingKeyOffset: number;
}

export function indexJson(text: string, from = 0): JsonIndex {
  const root: IndexNode = { offset: from, valueOffset: from };
  const stack: Frame[] = [];
  let expectKey = false;
  let i = from;
  const n = text.length;
  let rootSeen = false;

  /** Records a value in its parent; returns the node when the value is indexed. */
  const valueStart = (offset: number): IndexNode | undefined => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (rootSeen) return undefined;
      rootSeen = true;
      root.valueOffset = offset;
      return root;
    }
    if (!top.node) return undefined;
    const key = top.array ? top.index : top.pendingKey;
    if (key === undefined) return undefined;
    const node: IndexNode = { offset: top.array ? offset : top.pendingKeyOffset, valueOffset: offset };
    (top.node.children ??= new Map()).set(key, node);
    return node;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    // Whitespace and colons are most of a pretty-printed file: leave them first.
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x3a) {
      i++;
      continue;
    }
    if (c === 0x22 /* " */) {
      const start = i;
      // Jump from quote to quote; a quote preceded by an odd run of backslashes is escaped.
      let end = text.indexOf('"', i + 1);
      while (end !== -1) {
        let backslashes = 0;
        for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
        if (backslashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) end = n - 1;
      i = end + 1;
      const top = stack[stack.length - 1];
      if (expectKey && top && !top.array) {
        const raw = text.slice(start + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (key === '__proto__') return { root, problem: { offset: start, message: 'forbidden key "__proto__"', hint: 'remove the key: it can alter object prototypes in consumers' } };
        // Objects have a handful of keys: an array is cheaper than a Set until they do not.
        top.keys ??= [];
        if (Array.isArray(top.keys) && top.keys.length >= 16) top.keys = new Set(top.keys);
        if (Array.isArray(top.keys) ? top.keys.includes(key) : top.keys.has(key)) {
          return { root, problem: { offset: start, message: `duplicate key "${key}"`, hint: 'keep one occurrence: JSON parsers disagree on which one wins' } };
        }
        if (Array.isArray(top.keys)) top.keys.push(key);
        else top.keys.add(key);
        top.pendingKey = key;
        top.pendingKeyOffset = start;
        expectKey = false;
      } else {
        valueStart(start);
      }
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const node = valueStart(i);
      const parent = stack[stack.length - 1];
      const depth = parent ? parent.depth + 1 : 0;
      if (depth > MAX_DEPTH) {
        return { root, problem: { offset: i, message: `nesting deeper than ${MAX_DEPTH} levels`, hint: 'flatten the document; no manifest needs this depth' } };
      }
      stack.push({ array: c === 0x5b, depth, index: 0, node: depth < INDEX_DEPTH ? node : undefined, keys: undefined, pendingKey: undefined, pendingKeyOffset: 0 });
      expectKey = c === 0x7b;
      i++;
      continue;
    }
    if (c === 0x7d || c === 0x5d) {
      stack.pop();
      expectKey = false;
      i++;
      // A sub-index started inside the document ends with its own container.
      if (stack.length === 0 && from > 0) break;
      continue;
    }
    if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top) {
        if (top.array) top.index++;
        else expectKey = true;
      }
      i++;
      continue;
    }
    // A number, true, false or null: a value.
    valueStart(i);
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09) break;
      i++;
    }
  }
  return { root };
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
