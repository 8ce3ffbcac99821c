import { classifyTools } from '../../src/capabilities/effects.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectCapabilities } from '../../src/capabilities/index.js';
import { buildProfile, loadFiles } from '../../src/manifest/index.js';
import type { CapabilityId, CapabilityProfile, Evidence, ServerProfile, ToolRecord } from '../../src/model/index.js';

/** A tool as the loader would merge it; spec defaults apply to whatever the annotations leave out. */
export function tool(name: string, opts: Partial<ToolRecord> & { readOnly?: boolean; destructive?: boolean; openWorld?: boolean } = {}): ToolRecord {
  const { readOnly, destructive, openWorld, ...rest } = opts;
  const declared = readOnly !== undefined || destructive !== undefined || openWorld !== undefined;
  return {
    name,
    description: `${name} tool`,
    inputSchema: { type: 'object', properties: {} },
    annotationsDeclared: declared,
    annotationsAllDefault: false,
    effective: {
      readOnly: readOnly ?? false,
      destructive: readOnly === true ? false : (destructive ?? true),
      idempotent: false,
      openWorld: openWorld ?? true,
    },
    origins: [{ path: 'mcp-tools.json', format: 'tools-dump', provenance: 'dump' }],
    ...rest,
  };
}

export function profile(over: Partial<ServerProfile> = {}): ServerProfile {
  return {
    sources: [],
    packages: [],
    transports: [],
    remotes: [],
    secrets: [],
    tools: [],
    toolsIncomplete: false,
    oauthProviders: [],
    filesystemScopes: [],
    network: {},
    safetyKnobs: [],
    privacyPolicies: [],
    ...over,
  };
}

/** Capabilities written by hand: each id with evidence naming the given tools. */
export function capabilities(
  p: ServerProfile,
  caps: Partial<Record<CapabilityId, string[]>> = {},
  kind = 'name-verb',
): CapabilityProfile {
  const tools = p.tools;
  return {
    capabilities: Object.entries(caps).map(([id, names]) => ({
      id: id as CapabilityId,
      evidence: (names ?? []).map((t): Evidence => ({ kind, detail: `${t} shows ${id}`, tool: t })),
    })),
    effects: classifyTools(tools),
    surface: {
      toolCount: tools.length,
      unknown: tools.length === 0,
      incomplete: p.toolsIncomplete,
      annotated: tools.filter((t) => t.annotationsDeclared).length,
      readOnly: tools.filter((t) => t.effective.readOnly).length,
      destructive: tools.filter((t) => t.effective.destructive).length,
      openWorld: tools.filter((t) => t.effective.openWorld).length,
    },
  };
}

/** Loads a fixture repository through the real loader and capability detector. */
export function fixtureRepo(name: string): { profile: ServerProfile; capabilities: CapabilityProfile } {
  const root = fileURLToPath(new URL(`../../fixtures/repos/${name}/`, import.meta.url));
  const files = ['server.json', 'mcp-tools.json'].map((path) => ({ path, text: readFileSync(root + path, 'utf8') }));
  const loaded = loadFiles(files);
  if (loaded.errors.length > 0) throw new Error(`fixture ${name} did not load: ${JSON.stringify(loaded.errors)}`);
  const p = buildProfile(loaded.fragments, loaded.config, loaded.configPath);
  return { profile: p, capabilities: detectCapabilities(p) };
}
