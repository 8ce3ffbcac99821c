import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ToolRecord } from '../../src/model/tool.js';
import { toolRecordsFromIntrospection } from '../../src/surface/index.js';

export const SURFACE_FIXTURES = fileURLToPath(new URL('../../fixtures/surface/', import.meta.url));

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(SURFACE_FIXTURES + name, 'utf8'));
}

/** Tools from a real dump (array, `{tools}`, or one Tool), as observed records. */
export function observedTools(name: string, source = name): ToolRecord[] {
  const json = readFixture(name);
  const list = Array.isArray(json) ? json : typeof json === 'object' && json !== null && 'tools' in json ? (json as { tools: unknown[] }).tools : [json];
  return toolRecordsFromIntrospection(list, source).tools;
}

/** A tool as a manifest declares it: name and description, no annotations (MCPB cannot carry them). */
export function declaredTool(name: string, path: string, description?: string): ToolRecord {
  return {
    name,
    ...(description !== undefined ? { description } : {}),
    annotationsDeclared: false,
    annotationsAllDefault: false,
    effective: { readOnly: false, destructive: true, idempotent: false, openWorld: true },
    origins: [{ path, format: 'mcpb-manifest', provenance: 'declared' }],
  };
}
