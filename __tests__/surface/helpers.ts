import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

/** Every tool in a dump-like JSON file (array, {tools}, a single Tool or a .snap), or none. */
function toolsIn(file: string): Record<string, unknown>[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  const list = Array.isArray(json) ? json : typeof json === 'object' && json !== null && Array.isArray((json as { tools?: unknown }).tools) ? (json as { tools: unknown[] }).tools : [json];
  return list.filter((t): t is Record<string, unknown> => typeof t === 'object' && t !== null && typeof (t as { name?: unknown }).name === 'string' && ('inputSchema' in t || 'description' in t));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(json|snap)$/.test(n) ? [p] : [];
  });
}

/**
 * The real tools of the fixtures, per root: fixtures/corpus and fixtures/calibration are copies of
 * shared/corpus/real and shared/calibration; fixtures/surface holds real dumps of their own.
 */
export const REAL_TOOL_ROOTS = ['../../fixtures/calibration/', '../../fixtures/surface/', '../../fixtures/corpus/'].map((r) => fileURLToPath(new URL(r, import.meta.url)));

export function realTools(root: string): { file: string; tools: ToolRecord[] }[] {
  return files(root).map((file) => ({ file, tools: toolRecordsFromIntrospection(toolsIn(file), file).tools }));
}
