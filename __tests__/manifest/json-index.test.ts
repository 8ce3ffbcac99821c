import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseTree, type Node } from 'jsonc-parser';
import { indexJson, nearestNode, type JsonIndex } from '../../src/manifest/json-index.js';

/** Where jsonc-parser's syntax tree puts each child of a container: key (or item) offset and value offset. */
function reference(node: Node): Map<string | number, { offset: number; valueOffset: number; value: Node }> {
  const out = new Map<string | number, { offset: number; valueOffset: number; value: Node }>();
  (node.children ?? []).forEach((child, i) => {
    if (node.type === 'array') out.set(i, { offset: child.offset, valueOffset: child.offset, value: child });
    else {
      const [key, value] = child.children ?? [];
      if (key && value) out.set(key.value as string, { offset: key.offset, valueOffset: value.offset, value });
    }
  });
  return out;
}

/** Checks the index of the container `node` against the reference, then each child container through a sub-index. */
function expectSameAsTree(text: string, index: JsonIndex, node: Node, depthLeft: number): void {
  const expected = reference(node);
  const children = index.root.children ?? new Map();
  expect([...children.keys()]).toEqual([...expected.keys()]);
  for (const [key, ref] of expected) {
    const got = children.get(key)!;
    expect({ offset: got.offset, valueOffset: got.valueOffset }).toEqual({ offset: ref.offset, valueOffset: ref.valueOffset });
    if (depthLeft > 0 && (ref.value.type === 'object' || ref.value.type === 'array')) {
      expectSameAsTree(text, indexJson(text, got.valueOffset), ref.value, depthLeft - 1);
    }
  }
}

const layouts = [(v: unknown) => JSON.stringify(v), (v: unknown) => JSON.stringify(v, null, 2), (v: unknown) => JSON.stringify(v, null, '\t').replace(/\n/g, '\r\n')];

describe('indexJson', () => {
  it('records where each top-level member sits: its key, and its value after the colon', () => {
    const text = '{\n  "name" :  "x",\n  "n": 12,\n  "tools": [ {"a": true}, 3 ]\n}';
    const index = indexJson(text);
    expect(index.problem).toBeUndefined();
    expect(index.root.valueOffset).toBe(0);
    expect(index.root.children?.get('name')).toEqual({ offset: text.indexOf('"name"'), valueOffset: text.indexOf('"x"') });
    expect(index.root.children?.get('n')).toEqual({ offset: text.indexOf('"n"'), valueOffset: text.indexOf('12') });
    // Only one level is recorded; the array's items are found by indexing it on demand.
    expect(index.root.children?.get('tools')?.children).toBeUndefined();
    const tools = indexJson(text, index.root.children!.get('tools')!.valueOffset);
    expect(tools.root.children?.get(0)?.offset).toBe(text.indexOf('{"a"'));
    expect(tools.root.children?.get(1)?.offset).toBe(text.indexOf('3 ]'));
  });

  it('places array items of every kind, including numbers and literals the scan otherwise jumps over', () => {
    const text = '[1, "two", null, {"x": [false]}, [], -0.5e3]';
    const offsets = [...(indexJson(text).root.children ?? new Map()).values()].map((n) => n.offset);
    expect(offsets).toEqual([1, 4, 11, 17, 33, 37]);
  });

  it('treats empty containers and a scalar document as having no children', () => {
    expect(indexJson('[ ]').root.children).toBeUndefined();
    expect(indexJson('{}').root.children).toBeUndefined();
    expect(indexJson('  42').root).toEqual({ offset: 0, valueOffset: 2 });
  });

  it('is not fooled by escaped quotes, backslashes or structural characters inside strings', () => {
    const text = '{"a\\"b": "x\\\\", "c": "{[,]}\\"", "d": 1}';
    const index = indexJson(text);
    expect(index.problem).toBeUndefined();
    expect([...(index.root.children?.keys() ?? [])]).toEqual(['a"b', 'c', 'd']);
    expect(index.root.children?.get('d')?.valueOffset).toBe(text.length - 2);
  });

  it('reports a duplicate key at any depth, at the second occurrence', () => {
    const text = '{"tools": [{"name": "a", "inputSchema": {"type": "object", "type": "array"}}]}';
    expect(indexJson(text).problem).toEqual({ offset: text.lastIndexOf('"type"'), message: 'duplicate key "type"', hint: expect.any(String) });
  });

  it('compares keys by their decoded value, and switches to a set for wide objects', () => {
    expect(indexJson('{"a": 1, "\\u0061": 2}').problem?.message).toBe('duplicate key "a"');
    const wide = `{${Array.from({ length: 40 }, (_, i) => `"k${i}": ${i}`).join(', ')}, "k7": 0}`;
    expect(indexJson(wide).problem?.message).toBe('duplicate key "k7"');
    expect(indexJson(wide.replace(', "k7": 0', '')).problem).toBeUndefined();
  });

  it('refuses a "__proto__" key, escaped or not, and nesting beyond 64 levels', () => {
    expect(indexJson('{"a": {"__proto__": {}}}').problem?.message).toBe('forbidden key "__proto__"');
    expect(indexJson('{"__pro\\u0074o__": 1}').problem?.message).toBe('forbidden key "__proto__"');
    expect(indexJson('['.repeat(66) + ']'.repeat(66)).problem?.message).toBe('nesting deeper than 64 levels');
    expect(indexJson('['.repeat(65) + ']'.repeat(65)).problem).toBeUndefined();
  });

  it('a sub-index stops at the end of its own container', () => {
    const text = '[{"a": 1}, {"a": 1}]';
    const sub = indexJson(text, 1);
    expect(sub.problem).toBeUndefined();
    expect([...(sub.root.children?.keys() ?? [])]).toEqual(['a']);
  });

  it('nearestNode walks as far as the index goes and says how far that was', () => {
    const index = indexJson('{"a": {"b": 1}}');
    expect(nearestNode(index, ['a', 'b']).depth).toBe(1);
    expect(nearestNode(index, ['zzz']).node).toBe(index.root);
  });

  it('agrees with a full syntax tree on every position, for any JSON document in any layout', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(...layouts), (value, layout) => {
        const text = layout(value);
        const index = indexJson(text);
        // Generated objects may have a "__proto__" key: the one thing a valid document is refused for.
        if (index.problem) {
          expect(index.problem.message).toBe('forbidden key "__proto__"');
          expect(text.slice(index.problem.offset, index.problem.offset + 11)).toBe('"__proto__"');
          return;
        }
        const tree = parseTree(text)!;
        expect(index.root.valueOffset).toBe(tree.offset);
        if (tree.type === 'object' || tree.type === 'array') expectSameAsTree(text, index, tree, 3);
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 0) || 400, ...(process.env['FUZZ_SEED'] !== undefined && { seed: Number(process.env['FUZZ_SEED']) }) },
    );
  });
});
