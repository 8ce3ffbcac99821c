import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/pipeline/analyze.js';
import { MAX_TOOL_EVIDENCE, renderJson } from '../../src/report/json.js';

const FIXTURE = new URL('../../fixtures/repos/configcat-like/', import.meta.url);
const server = readFileSync(new URL('server.json', FIXTURE), 'utf8');
const repo = { files: [], truncated: false };

interface Report {
  tools: { name: string; capabilities: string[] }[];
  capabilities: { id: string; evidence: { tool?: string; kind: string }[]; evidenceCount: number }[];
}

function report(tools: unknown[]): Report {
  const result = analyze({ files: [{ path: 'server.json', text: server }, { path: 'mcp-tools.json', text: JSON.stringify(tools) }], repo, today: '2026-11-21' });
  return JSON.parse(renderJson(result)) as Report;
}

describe('the JSON report', () => {
  it('lists each tool with the capabilities it shows', () => {
    const r = report([
      { name: 'delete_flag', description: 'Deletes a feature flag', inputSchema: { type: 'object' }, annotations: { readOnlyHint: false, destructiveHint: true } },
      { name: 'list_flags', description: 'Lists feature flags', inputSchema: { type: 'object' }, annotations: { readOnlyHint: true, openWorldHint: false } },
    ]);
    const caps = Object.fromEntries(r.tools.map((t) => [t.name, t.capabilities]));
    expect(caps['delete_flag']).toEqual(expect.arrayContaining(['write', 'destructive']));
    expect(caps['list_flags']).not.toContain('write');
    expect(caps['list_flags']).not.toContain('destructive');
  });

  it(`names at most ${MAX_TOOL_EVIDENCE} tools per capability, counts them all, and keeps every manifest-level reason`, () => {
    const tools = Array.from({ length: 50 }, (_, i) => ({ name: `delete_flag_${i}`, description: 'Deletes a feature flag', inputSchema: { type: 'object' } }));
    const r = report(tools);
    const write = r.capabilities.find((c) => c.id === 'write')!;
    expect(write.evidence.filter((e) => e.tool !== undefined)).toHaveLength(MAX_TOOL_EVIDENCE);
    expect(write.evidenceCount).toBe(50);
    const credentials = r.capabilities.find((c) => c.id === 'credentials')!;
    expect(credentials.evidence.length).toBe(credentials.evidenceCount);
    expect(credentials.evidence.every((e) => e.tool === undefined)).toBe(true);
    // The tools past the cap are not lost: each names its capabilities.
    expect(r.tools.every((t) => t.capabilities.includes('write') && t.capabilities.includes('destructive'))).toBe(true);
  });
});
