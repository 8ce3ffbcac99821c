import { describe, expect, it } from 'vitest';
import { evaluateControls, nameWords } from '../../src/maestro/index.js';
import type { ToolRecord } from '../../src/model/tool.js';
import { caps, destroyer, profile, repo, tool, writer } from './builders.js';

function findingsFor(tools: ToolRecord[]) {
  return evaluateControls({ profile: profile({ tools }), capabilities: caps([], tools.length), repo: repo() }).findings;
}

describe('annotation contradiction check', () => {
  it('flags a delete tool marked readOnlyHint:true, per tool, on the tool line', () => {
    const f = findingsFor([tool('delete_flag', { annotations: { readOnlyHint: true }, line: 42 })]);
    const hit = f.find((x) => x.id === 'CHK-ANNOTATION-CONTRADICTION:delete_flag');
    expect(hit?.kind).toBe('annotation-contradiction');
    expect(hit?.tool).toBe('delete_flag');
    expect(hit?.locations).toEqual([{ path: 'mcp-tools.json', line: 42 }]);
    expect(hit?.message).toContain('readOnlyHint: true');
  });

  it('flags drop/remove tools marked destructiveHint:false, verbs at either end of the name', () => {
    const f = findingsFor([
      destroyer('drop-collection', { annotations: { readOnlyHint: false, destructiveHint: false } }),
      destroyer('kv_namespace_remove', { annotations: { destructiveHint: false } }),
    ]);
    expect(f.map((x) => x.id)).toEqual(
      expect.arrayContaining(['CHK-ANNOTATION-CONTRADICTION:drop-collection', 'CHK-ANNOTATION-CONTRADICTION:kv_namespace_remove']),
    );
  });

  it('flags an HTTP DELETE tool marked read-only even when its name says nothing', () => {
    const f = findingsFor([tool('flag', { httpMethod: 'delete', annotations: { readOnlyHint: true } })]);
    expect(f.some((x) => x.id === 'CHK-ANNOTATION-CONTRADICTION:flag')).toBe(true);
  });

  it('does not flag honest annotations, unannotated tools, or read tools whose object is a verb', () => {
    const f = findingsFor([
      destroyer('delete_flag', { annotations: { readOnlyHint: false, destructiveHint: true } }),
      destroyer('delete_other'),
      tool('list_merge_requests', { annotations: { readOnlyHint: true } }),
      tool('get_deploy_status', { annotations: { readOnlyHint: true } }),
      writer('create-index', { annotations: { readOnlyHint: false, destructiveHint: false } }),
    ]);
    expect(f.filter((x) => x.kind === 'annotation-contradiction')).toEqual([]);
  });

  it('splits names in every common style', () => {
    expect(nameWords('kv_namespace-deleteAll.v2')).toEqual(['kv', 'namespace', 'delete', 'all', 'v2']);
  });
});

describe('tool name checks', () => {
  it('reports names outside ^[A-Za-z0-9_.-]{1,128}$ as spec violations, one per tool', () => {
    const long = 'a'.repeat(129);
    const f = findingsFor([tool('Delete Flag'), tool(long), tool('ok_name.v1-x')]);
    const ids = f.filter((x) => x.id.startsWith('CHK-TOOL-NAME:')).map((x) => x.id);
    expect(ids).toEqual(['CHK-TOOL-NAME:Delete Flag', `CHK-TOOL-NAME:${long}`]);
    expect(f.find((x) => x.id === 'CHK-TOOL-NAME:Delete Flag')?.kind).toBe('spec-violation');
  });

  it('reports duplicate names, whether the loader kept both records or merged their origins', () => {
    const twice = findingsFor([tool('search', { line: 3 }), tool('search', { line: 9 })]);
    const dup = twice.find((x) => x.id === 'CHK-DUPLICATE-TOOL:search');
    expect(dup?.locations).toEqual([{ path: 'mcp-tools.json', line: 3 }, { path: 'mcp-tools.json', line: 9 }]);
    const merged = tool('search');
    merged.origins.push({ path: 'mcp-tools.json', format: 'tools-dump', provenance: 'dump', line: 20 });
    expect(findingsFor([merged]).some((x) => x.id === 'CHK-DUPLICATE-TOOL:search')).toBe(true);
    expect(findingsFor([tool('search'), tool('fetch')]).some((x) => x.kind === 'spec-violation')).toBe(false);
  });
});

describe('unknown tool surface', () => {
  it('is a finding when no tool is declared, never a clean bill', () => {
    const r = evaluateControls({
      profile: profile({ tools: [], sources: [{ path: 'server.json', format: 'registry-server-json' }] }),
      capabilities: caps([], 0),
      repo: repo(),
    });
    const f = r.findings.find((x) => x.id === 'CHK-UNKNOWN-SURFACE');
    expect(f?.kind).toBe('unknown-surface');
    expect(f?.locations).toEqual([{ path: 'server.json' }]);
    // Tool-based baseline controls cannot be present without tools.
    for (const id of ['MAE-L1-01', 'MAE-L3-01', 'MAE-L3-02']) {
      expect(r.controls.find((c) => c.id === id)?.status).toBe('missing');
    }
  });

  it('is absent when tools are declared', () => {
    expect(findingsFor([tool('get_item')]).some((x) => x.id === 'CHK-UNKNOWN-SURFACE')).toBe(false);
  });
});
