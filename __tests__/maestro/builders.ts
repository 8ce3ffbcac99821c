import type { Capability, CapabilityId, CapabilityProfile } from '../../src/model/capability.js';
import type { ServerProfile } from '../../src/model/profile.js';
import type { RepoSnapshot } from '../../src/model/repo.js';
import type { ToolRecord } from '../../src/model/tool.js';
import type { Provenance, SourceFormat } from '../../src/model/source.js';

export interface ToolOpts {
  description?: string;
  readOnly?: boolean;
  destructive?: boolean;
  openWorld?: boolean;
  /** Declared annotations; omitted means none were declared. */
  annotations?: ToolRecord['annotations'];
  inputSchema?: unknown;
  outputSchema?: unknown;
  requiredScopes?: string[];
  httpMethod?: string;
  provenance?: Provenance;
  format?: SourceFormat;
  path?: string;
  line?: number;
}

/** A tool as the loader would hand it over; defaults describe a harmless, unannotated reader. */
export function tool(name: string, o: ToolOpts = {}): ToolRecord {
  const path = o.path ?? 'mcp-tools.json';
  const line = o.line ?? 1;
  return {
    name,
    description: o.description ?? 'Returns one item by id.',
    inputSchema: o.inputSchema ?? { type: 'object', properties: { id: { type: 'string' } } },
    ...(o.outputSchema !== undefined ? { outputSchema: o.outputSchema } : {}),
    ...(o.annotations ? { annotations: o.annotations } : {}),
    annotationsDeclared: o.annotations !== undefined,
    annotationsAllDefault: false,
    effective: {
      readOnly: o.readOnly ?? true,
      destructive: o.destructive ?? false,
      idempotent: true,
      openWorld: o.openWorld ?? false,
    },
    ...(o.requiredScopes ? { requiredScopes: o.requiredScopes } : {}),
    ...(o.httpMethod ? { httpMethod: o.httpMethod } : {}),
    origins: [{ path, format: o.format ?? 'tools-dump', provenance: o.provenance ?? 'dump', line }],
    location: { path, line },
  };
}

export const writer = (name: string, o: ToolOpts = {}): ToolRecord => tool(name, { readOnly: false, destructive: false, ...o });
export const destroyer = (name: string, o: ToolOpts = {}): ToolRecord => tool(name, { readOnly: false, destructive: true, ...o });

export function profile(over: Partial<ServerProfile> = {}): ServerProfile {
  return {
    sources: [],
    packages: [],
    transports: [],
    remotes: [],
    secrets: [],
    tools: [tool('get_item')],
    toolsIncomplete: false,
    oauthProviders: [],
    filesystemScopes: [],
    network: {},
    safetyKnobs: [],
    privacyPolicies: [],
    ...over,
  };
}

export function caps(ids: readonly CapabilityId[], toolCount = 1): CapabilityProfile {
  const capabilities: Capability[] = ids.map((id) => ({ id, evidence: [{ kind: 'test', detail: `${id} by construction` }] }));
  return {
    capabilities,
    surface: { toolCount, unknown: toolCount === 0, incomplete: false, annotated: 0, readOnly: 0, destructive: 0, openWorld: 0 },
    effects: [],
  };
}

export function repo(files: Record<string, string> = {}, truncated = false): RepoSnapshot {
  return {
    files: Object.entries(files).map(([path, text]) => ({ path, size: text.length, text })),
    truncated,
  };
}

export const REGISTRY_SOURCE = { path: 'server.json', format: 'registry-server-json' as const };
