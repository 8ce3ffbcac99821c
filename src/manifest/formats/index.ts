import type { InputError, SourceFormat } from '../../model/index.js';
import type { ParsedDocument } from '../parse.js';
import type { ProfileFragment } from '../fragment.js';
import type { SchemaName } from '../validate.js';
import { fromRegistry } from './registry.js';
import { fromMcpb } from './mcpb.js';
import { fromSmithery } from './smithery.js';
import { fromDockerCatalog } from './docker-catalog.js';
import { fromToolhive } from './toolhive.js';
import { fromToolsDump, fromToolSnapshot } from './tools-dump.js';
import { fromMcpServers } from './mcp-servers.js';

/** What a format recognised in a document: itself (with the version the document states), or an error. */
export type Match = { schemaVersion?: string } | { error: { message: string; hint: string; at: ReadonlyArray<string | number> } };

/**
 * One manifest format: how discovery nominates its files, how a document is recognised, which
 * schema validates it and how it becomes a profile fragment. Adding a format is one entry here.
 *
 * Recognition has two tiers and no order: a document that declares an MCP `$schema` is what its
 * schema says (`bySchema`); otherwise its shape decides (`byShape`). In each tier at most one
 * format may claim a document; two claims are reported as ambiguous, never settled by list order.
 */
export interface ManifestFormat {
  format: SourceFormat;
  /** File names discovery reads as candidates (the name only nominates; the content decides). */
  fileNames?: readonly string[];
  filePattern?: RegExp;
  /** Recognition by a declared `$schema` (the string); undefined when it is not this format's. */
  bySchema?: (schema: string, value: Record<string, unknown>) => Match | undefined;
  /**
   * Recognition by shape; undefined when the document is not this format. `fileName` is the base
   * name, for shapes too generic to claim anywhere (VS Code's `servers` map, only in `mcp.json`).
   */
  byShape?: (value: unknown, fileName: string) => Match | undefined;
  /** The JSON Schema (generated validator) for the whole document. */
  schema?: SchemaName;
  /** Validation a single schema cannot do (a list of Tool objects); replaces `schema`. */
  validate?: (doc: ParsedDocument, against: (name: SchemaName, value: unknown, at: (string | number)[]) => InputError[]) => InputError[];
  load: (doc: ParsedDocument, schemaVersion: string | undefined) => ProfileFragment;
  /** Shown in "not a recognised manifest" hints. */
  describe: string;
}

/** Registry schema dates mcp-risk-gate knows (research/manifests.md §1.2). */
export const REGISTRY_SCHEMA_DATES = ['2025-07-09', '2025-09-16', '2025-09-29', '2025-10-11', '2025-10-17', '2025-12-11'] as const;
const REGISTRY_SCHEMA_RE = /^https?:\/\/static\.modelcontextprotocol\.io\/schemas\/([^/]+)\/server\.schema\.json$/;
const REGISTRY_DRAFT_RE = /modelcontextprotocol\/registry\/.*\/draft\/server\.schema\.json$/;

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function looksLikeTool(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v['name'] === 'string' &&
    (isObject(v['inputSchema']) || isObject(v['parameters']) || Array.isArray(v['arguments']) || typeof v['description'] === 'string')
  );
}

const DOCKER_TYPES = ['server', 'remote', 'poci'];
const hasMcpServers = (v: Record<string, unknown>): boolean => isObject(v['mcpServers']);
// VS Code keeps its client configuration in `.vscode/mcp.json` under `servers`.
const hasVsCodeServers = (v: Record<string, unknown>): boolean => isObject(v['servers']) && Object.values(v['servers']).every(isObject);
const namedAndVersioned = (v: Record<string, unknown>): boolean => typeof v['name'] === 'string' && typeof v['version'] === 'string';

const FORMATS: ManifestFormat[] = [
  {
    format: 'registry-server-json',
    describe: 'server.json (MCP Registry)',
    fileNames: ['server.json'],
    schema: 'registry-server',
    bySchema: (schema) => {
      const m = REGISTRY_SCHEMA_RE.exec(schema);
      if (m) {
        const date = m[1] ?? '';
        if (!(REGISTRY_SCHEMA_DATES as readonly string[]).includes(date)) {
          return {
            error: {
              message: `unknown MCP Registry schema date "${date}" in $schema`,
              hint: `use one of ${REGISTRY_SCHEMA_DATES.join(', ')}, or upgrade mcp-risk-gate if the registry published a newer schema`,
              at: ['$schema'],
            },
          };
        }
        return { schemaVersion: date };
      }
      return REGISTRY_DRAFT_RE.test(schema) ? { schemaVersion: 'draft' } : undefined;
    },
    // Without $schema: a reverse-DNS name plus packages or remotes.
    byShape: (v) => {
      if (!isObject(v) || typeof v['name'] !== 'string' || !/^[a-zA-Z0-9.-]+\/[a-zA-Z0-9._-]+$/.test(v['name'])) return undefined;
      if (!Array.isArray(v['packages']) && !Array.isArray(v['remotes'])) return undefined;
      const text = JSON.stringify(v);
      return text.includes('"registry_name"') || text.includes('"is_secret"') ? { schemaVersion: '2025-07-09' } : {};
    },
    load: fromRegistry,
  },
  {
    format: 'mcpb-manifest',
    describe: 'MCPB manifest.json',
    fileNames: ['manifest.json', 'manifest.template.json'],
    schema: 'mcpb-manifest',
    byShape: (v) =>
      isObject(v) && (typeof v['manifest_version'] === 'string' || typeof v['dxt_version'] === 'string') && isObject(v['server'])
        ? { schemaVersion: String(v['manifest_version'] ?? v['dxt_version']) }
        : undefined,
    load: fromMcpb,
  },
  {
    format: 'smithery',
    describe: 'smithery.yaml',
    fileNames: ['smithery.yaml', 'smithery.yml'],
    schema: 'smithery',
    byShape: (v) => (isObject(v) && isObject(v['startCommand']) && typeof v['startCommand']['type'] === 'string' ? {} : undefined),
    load: (doc) => fromSmithery(doc),
  },
  {
    format: 'toolhive-spec',
    describe: 'ToolHive spec.yaml',
    fileNames: ['spec.yaml', 'spec.yml'],
    schema: 'toolhive-spec',
    byShape: (v) => {
      if (!isObject(v) || typeof v['transport'] !== 'string') return undefined;
      const tools = v['tools'];
      const toolNames = Array.isArray(tools) && tools.length > 0 && tools.every((t) => typeof t === 'string');
      const container = (isObject(v['permissions']) || Array.isArray(v['env_vars'])) && typeof v['image'] === 'string';
      return toolNames || container ? {} : undefined;
    },
    load: (doc) => fromToolhive(doc),
  },
  {
    format: 'docker-catalog',
    describe: 'Docker MCP catalog server.yaml',
    fileNames: ['server.yaml', 'server.yml'],
    schema: 'docker-catalog',
    byShape: (v) =>
      isObject(v) &&
      typeof v['name'] === 'string' &&
      DOCKER_TYPES.includes(String(v['type'])) &&
      (typeof v['image'] === 'string' || isObject(v['remote']) || isObject(v['run']) || isObject(v['about']))
        ? {}
        : undefined,
    load: (doc) => fromDockerCatalog(doc),
  },
  {
    format: 'tools-dump',
    describe: 'tools dump (a JSON array of MCP Tool objects or a tools/list result)',
    filePattern: /^(mcp[-_.]?tools|tools|tool[-_]?definitions|list[-_]?tools|tools[-_]?list)\.json$/i,
    byShape: (v) => {
      if (Array.isArray(v)) return v.every(looksLikeTool) ? {} : undefined;
      // A tools/list result: nothing but the list and its paging fields.
      if (!isObject(v) || !Array.isArray(v['tools'])) return undefined;
      const tools = v['tools'];
      return tools.every(looksLikeTool) && Object.keys(v).every((k) => k === 'tools' || k === 'nextCursor' || k === '_meta') ? {} : undefined;
    },
    validate: (doc, against) => {
      const list = Array.isArray(doc.value) ? doc.value : ((doc.value as Record<string, unknown>)['tools'] as unknown[]);
      const prefix = Array.isArray(doc.value) ? [] : ['tools'];
      const errors: InputError[] = [];
      for (let i = 0; i < list.length && errors.length < 20; i++) errors.push(...against('mcp-tool', list[i], [...prefix, i]));
      return errors;
    },
    load: (doc) => fromToolsDump(doc),
  },
  {
    format: 'tool-snapshot',
    describe: 'tool snapshot (__toolsnaps__/*.snap)',
    filePattern: /\.snap$/,
    schema: 'mcp-tool',
    byShape: (v) => (looksLikeTool(v) && isObject((v as Record<string, unknown>)['inputSchema']) ? {} : undefined),
    load: (doc) => fromToolSnapshot(doc),
  },
  {
    format: 'gemini-extension',
    describe: 'gemini-extension.json',
    fileNames: ['gemini-extension.json'],
    schema: 'mcp-servers-config',
    byShape: (v) => (isObject(v) && hasMcpServers(v) && namedAndVersioned(v) ? {} : undefined),
    load: (doc) => fromMcpServers(doc, 'gemini-extension'),
  },
  {
    format: 'client-config',
    describe: '.mcp.json or .vscode/mcp.json client configuration',
    fileNames: ['.mcp.json', 'mcp.json'],
    schema: 'mcp-servers-config',
    byShape: (v, fileName) => (isObject(v) && ((hasMcpServers(v) && !namedAndVersioned(v)) || (fileName === 'mcp.json' && hasVsCodeServers(v))) ? {} : undefined),
    load: (doc) => fromMcpServers(doc, 'client-config'),
  },
];

/** Adds a format (tests add fixtures; a real one belongs in the list above). */
export function registerManifestFormat(entry: ManifestFormat): void {
  if (FORMATS.some((f) => f.format === entry.format)) throw new Error(`manifest format ${entry.format} is already registered`);
  FORMATS.push(entry);
}

export function manifestFormats(): readonly ManifestFormat[] {
  return FORMATS;
}

export function formatEntry(format: SourceFormat): ManifestFormat | undefined {
  return FORMATS.find((f) => f.format === format);
}

/** Whether discovery reads a file of this name as a possible manifest. */
export function nominates(relPath: string): boolean {
  const parts = relPath.split('/');
  const base = parts[parts.length - 1] ?? '';
  return FORMATS.some((f) => {
    if (f.fileNames?.includes(base)) return true;
    if (!f.filePattern?.test(base)) return false;
    // GitHub's tool snapshots: one tools/list entry per file under __toolsnaps__.
    return f.format !== 'tool-snapshot' || parts.includes('__toolsnaps__');
  });
}
