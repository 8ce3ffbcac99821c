import { describe, expect, it } from 'vitest';
import type { ToolRecord } from '../../src/model/tool.js';
import { detectDrift } from '../../src/surface/index.js';
import { declaredTool, observedTools, readFixture } from './helpers.js';

const MANIFEST = 'packages/mcp/mcpb/manifest.json';

function context7Declared(): ToolRecord[] {
  const manifest = readFixture('context7-mcpb-manifest.json') as { tools: { name: string; description: string }[] };
  return manifest.tools.map((t) => declaredTool(t.name, MANIFEST, t.description));
}

describe('detectDrift', () => {
  it('recognises Context7\'s manifest listing tools by title, and reports no missing or undeclared tools for them', () => {
    const findings = detectDrift([...context7Declared(), ...observedTools('context7-observed-tools.json', 'node dist/index.js')]);
    expect(findings.map((f) => f.id)).toEqual(['MRG-DRIFT-RENAMED:resolve-library-id', 'MRG-DRIFT-RENAMED:query-docs']);
    expect(findings[1]!.message).toContain('"Query Documentation", which is the title of the tool "query-docs"');
    expect(findings[1]!.locations).toEqual([{ path: MANIFEST }]);
    expect(findings.every((f) => f.kind === 'drift')).toBe(true);
  });

  it('matches names case-insensitively with separators normalised, and truncated names', () => {
    const observed = observedTools('context7-observed-tools.json', 'live');
    const findings = detectDrift([declaredTool('Query_Docs', MANIFEST), declaredTool('resolve-libr', MANIFEST), ...observed]);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining('a differently spelled form of the name of the tool "query-docs"'),
      expect.stringContaining('a truncated form of the tool "resolve-library-id"'),
    ]);
  });

  it('reports undeclared and declared-but-absent tools', () => {
    const observed = observedTools('context7-observed-tools.json', 'live');
    const findings = detectDrift([declaredTool('delete_library', MANIFEST), ...observed.map((t) => (t.name === 'query-docs' ? merge(t) : t))]);
    expect(findings.map((f) => f.id)).toEqual(['MRG-DRIFT-MISSING:delete_library', 'MRG-DRIFT-UNDECLARED:resolve-library-id']);
    expect(findings[1]!.locations).toEqual([{ path: MANIFEST }]);
  });

  it('expects undeclared tools when the manifest says its list is generated', () => {
    const observed = observedTools('context7-observed-tools.json', 'live');
    expect(detectDrift([...observed.map((t) => (t.name === 'query-docs' ? merge(t) : t))], { declaredListIncomplete: true })).toEqual([]);
  });

  it('reports sources that disagree on annotations, comparing effective classifications', () => {
    const [live] = observedTools('github-merge_pull_request.snap', 'github-mcp-server stdio');
    const snapshot = { path: 'pkg/github/__toolsnaps__/merge_pull_request.snap', format: 'tool-snapshot' as const, provenance: 'dump' as const, annotations: { readOnlyHint: true } };
    const findings = detectDrift([{ ...live!, origins: [...live!.origins, snapshot] }]);
    expect(findings.map((f) => f.id)).toEqual(['MRG-DRIFT-ANNOTATIONS:merge_pull_request']);
    expect(findings[0]!.message).toContain('readOnly is false in the live server (github-mcp-server stdio), true in pkg/github/__toolsnaps__/merge_pull_request.snap');

    // `destructiveHint: true` and an absent hint mean the same; no finding.
    const same = { ...snapshot, annotations: { ...live!.annotations, destructiveHint: true } };
    expect(detectDrift([{ ...live!, origins: [...live!.origins, same] }])).toEqual([]);
  });

  it('has nothing to say without both sides', () => {
    expect(detectDrift(context7Declared())).toEqual([]);
    expect(detectDrift(observedTools('context7-observed-tools.json'))).toEqual([]);
  });
});

/** The loader's merge of a declared and an observed record of one tool. */
function merge(observed: ToolRecord): ToolRecord {
  return { ...observed, origins: [{ path: MANIFEST, format: 'mcpb-manifest', provenance: 'declared' }, ...observed.origins] };
}
