/**
 * One structural pass over text that JSON.parse has already accepted: records where each value
 * sits (key offset for object members, item offset for array items) down to a fixed depth, and
 * reports duplicate or forbidden keys at any depth. Much cheaper than building a syntax tree.
 */
export interface JsonIndex {
  offsets: Map<string, number>;
  /** Where the value (not its key) of each container at the index depth starts, for deeper look-ups. */
  containers: Map<string, number>;
  problem?: { offset: number; message: string; hint: string };
}

/** Paths longer than this are resolved on demand from their ancestor (a tools dump has thousands of deep schema values). */
export const INDEX_DEPTH = 3;
const MAX_DEPTH = 64;

interface Frame {
  array: boolean;
  path: string;
  depth: number;
  index: number;
  keys: Set<string> | undefined;
  pendingKey: string | undefined;
  pendingKeyOffset: number;
}

export function jsonPathKey(path: ReadonlyArray<string | number>): string {
  let k = '';
  for (const p of path) k += typeof p === 'number' ? `#${p}` : `.${p}`;
  return k;
}

export function indexJson(text: string, from = 0): JsonIndex {
  const offsets = new Map<string, number>([['', from]]);
  const containers = new Map<string, number>();
  const stack: Frame[] = [];
  let expectKey = false;
  let i = from;
  const n = text.length;

  const valueStart = (offset: number): void => {
    const top = stack[stack.length - 1];
    if (!top || top.depth >= INDEX_DEPTH) return;
    if (top.array) offsets.set(`${top.path}#${top.index}`, offset);
    else if (top.pendingKey !== undefined) offsets.set(`${top.path}.${top.pendingKey}`, top.pendingKeyOffset);
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      i++;
      let hasEscape = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) {
          hasEscape = true;
          i += 2;
          continue;
        }
        if (d === 0x22) break;
        i++;
      }
      const raw = text.slice(start + 1, i);
      i++;
      const top = stack[stack.length - 1];
      if (expectKey && top && !top.array) {
        const key = hasEscape ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (key === '__proto__') return { offsets, containers, problem: { offset: start, message: 'forbidden key "__proto__"', hint: 'remove the key: it can alter object prototypes in consumers' } };
        top.keys ??= new Set();
        if (top.keys.has(key)) return { offsets, containers, problem: { offset: start, message: `duplicate key "${key}"`, hint: 'keep one occurrence: JSON parsers disagree on which one wins' } };
        top.keys.add(key);
        top.pendingKey = key;
        top.pendingKeyOffset = start;
        expectKey = false;
      } else {
        valueStart(start);
      }
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      valueStart(i);
      const parent = stack[stack.length - 1];
      const path = !parent ? '' : parent.array ? `${parent.path}#${parent.index}` : `${parent.path}.${parent.pendingKey ?? ''}`;
      const depth = parent ? parent.depth + 1 : 0;
      if (depth === INDEX_DEPTH) containers.set(path, i);
      if (depth > MAX_DEPTH) {
        return { offsets, containers, problem: { offset: i, message: `nesting deeper than ${MAX_DEPTH} levels`, hint: 'flatten the document; no manifest needs this depth' } };
      }
      stack.push({ array: c === 0x5b, path, depth, index: 0, keys: undefined, pendingKey: undefined, pendingKeyOffset: 0 });
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
    if (c === 0x3a /* : */ || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
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
  return { offsets, containers };
}
