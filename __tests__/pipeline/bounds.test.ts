import { describe, expect, it } from 'vitest';
import { boundTools, textSize } from '../../src/pipeline/bounds.js';
import type { ProfileFragment } from '../../src/manifest/fragment.js';
import type { ToolRecord } from '../../src/model/index.js';

const tool = (name: string, description = ''): ToolRecord => ({
  name,
  description,
  annotationsDeclared: false,
  annotationsAllDefault: false,
  effective: { readOnly: false, destructive: true, idempotent: false, openWorld: true },
  origins: [{ path: 'tools.json', format: 'tools-dump', provenance: 'dump', line: 3 }],
});
const fragment = (tools: ToolRecord[]): ProfileFragment => ({ source: { path: 'tools.json', format: 'tools-dump' }, tools });

describe('boundTools (issue 13, item 6)', () => {
  it('leaves out a tool over the text bound and names it in an input error', () => {
    const r = boundTools([fragment([tool('small'), tool('huge', 'x'.repeat(2000))])], { maxTools: 10, maxToolTextChars: 1000 });
    expect(r.fragments[0]!.tools!.map((t) => t.name)).toEqual(['small']);
    expect(r.errors).toEqual([expect.objectContaining({ path: 'tools.json', line: 3, message: expect.stringMatching(/tool "huge" has more than 1 KB of text .* not analysed/) })]);
  });

  it('keeps the first tools up to the per-scan bound across fragments and says how many were left out', () => {
    const r = boundTools([fragment([tool('a'), tool('b')]), fragment([tool('c'), tool('d')])], { maxTools: 3, maxToolTextChars: 1000 });
    expect(r.fragments.flatMap((f) => f.tools!.map((t) => t.name))).toEqual(['a', 'b', 'c']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toMatch(/^1 tool\(s\) beyond the limit of 3 tools per scan were not analysed \(the first: "d"\)/);
  });

  it('returns the same fragments when nothing is over a bound', () => {
    const input = [fragment([tool('a')])];
    const r = boundTools(input);
    expect(r.fragments[0]).toBe(input[0]);
    expect(r.errors).toEqual([]);
  });

  it('counts schema text without recursion, even for a schema deeper than the stack', () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 100_000; i++) deep = { items: deep };
    const t = { ...tool('deep'), inputSchema: deep };
    expect(textSize(t, 10_000)).toBeGreaterThan(10_000);
  });
});
