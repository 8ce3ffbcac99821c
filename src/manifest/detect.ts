import type { SourceFormat } from '../model/index.js';

/** Registry schema dates mcp-risk-gate knows (research/manifests.md §1.2). */
export const REGISTRY_SCHEMA_DATES = ['2025-07-09', '2025-09-16', '2025-09-29', '2025-10-11', '2025-10-17', '2025-12-11'] as const;

export type Detection =
  | { kind: 'format'; format: SourceFormat; schemaVersion?: string }
  | { kind: 'ignored'; reason: string }
  | { kind: 'error'; message: string; hint: string; at: ReadonlyArray<string | number> };

const REGISTRY_SCHEMA_RE = /^https?:\/\/static\.modelcontextprotocol\.io\/schemas\/([^/]+)\/server\.schema\.json$/;
const REGISTRY_DRAFT_RE = /modelcontextprotocol\/registry\/.*\/draft\/server\.schema\.json$/;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function looksLikeTool(v: unknown): boolean {
  return (
    isObject(v) &&
    typeof v['name'] === 'string' &&
    (isObject(v['inputSchema']) || isObject(v['parameters']) || Array.isArray(v['arguments']) || typeof v['description'] === 'string')
  );
}

/**
 * Recognises a document by `$schema` and shape. The file name only decided that the file was
 * worth reading: `server.json`, `manifest.json` and `spec.yaml` are common names for unrelated files.
 */
export function detectFormat(value: unknown, fileName: string): Detection {
  const base = fileName.split('/').pop() ?? fileName;
  if (base === '.mcp-risk.yml' || base === '.mcp-risk.yaml') return { kind: 'format', format: 'risk-profile' };

  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'format', format: 'tools-dump' };
    if (value.every(looksLikeTool)) return { kind: 'format', format: 'tools-dump' };
    return { kind: 'ignored', reason: 'a JSON array whose items are not MCP Tool objects (no name/inputSchema)' };
  }
  if (!isObject(value)) return { kind: 'ignored', reason: 'not an object or array' };

  const schema = typeof value['$schema'] === 'string' ? value['$schema'] : undefined;
  if (schema) {
    const m = REGISTRY_SCHEMA_RE.exec(schema);
    if (m) {
      const date = m[1] ?? '';
      if (!(REGISTRY_SCHEMA_DATES as readonly string[]).includes(date)) {
        return {
          kind: 'error',
          message: `unknown MCP Registry schema date "${date}" in $schema`,
          hint: `use one of ${REGISTRY_SCHEMA_DATES.join(', ')}, or upgrade mcp-risk-gate if the registry published a newer schema`,
          at: ['$schema'],
        };
      }
      return { kind: 'format', format: 'registry-server-json', schemaVersion: date };
    }
    if (REGISTRY_DRAFT_RE.test(schema)) return { kind: 'format', format: 'registry-server-json', schemaVersion: 'draft' };
    if (schema.includes('glama.ai')) return { kind: 'ignored', reason: 'glama.json ownership metadata (no security signal)' };
    if (schema.includes('server-card')) return { kind: 'ignored', reason: 'an MCP Server Card (advisory only; not read yet)' };
  }

  if (typeof value['manifest_version'] === 'string' || typeof value['dxt_version'] === 'string') {
    if (isObject(value['server'])) {
      return { kind: 'format', format: 'mcpb-manifest', schemaVersion: String(value['manifest_version'] ?? value['dxt_version']) };
    }
  }
  if (isObject(value['startCommand']) && typeof value['startCommand']['type'] === 'string') {
    return { kind: 'format', format: 'smithery' };
  }
  if (Array.isArray(value['tools']) && !('name' in value && 'version' in value && 'packages' in value)) {
    const tools = value['tools'];
    if (tools.length > 0 && tools.every((t) => typeof t === 'string') && typeof value['transport'] === 'string') {
      return { kind: 'format', format: 'toolhive-spec' };
    }
    if ((tools.length === 0 || tools.every(looksLikeTool)) && Object.keys(value).every((k) => k === 'tools' || k === 'nextCursor' || k === '_meta')) {
      return { kind: 'format', format: 'tools-dump' };
    }
  }
  if (typeof value['transport'] === 'string' && (isObject(value['permissions']) || Array.isArray(value['env_vars'])) && typeof value['image'] === 'string') {
    return { kind: 'format', format: 'toolhive-spec' };
  }
  if (typeof value['name'] === 'string' && ['server', 'remote', 'poci'].includes(String(value['type'])) &&
    (typeof value['image'] === 'string' || isObject(value['remote']) || isObject(value['run']) || isObject(value['about']))) {
    return { kind: 'format', format: 'docker-catalog' };
  }
  // Registry shape without $schema: a reverse-DNS name plus packages or remotes.
  if (typeof value['name'] === 'string' && /^[a-zA-Z0-9.-]+\/[a-zA-Z0-9._-]+$/.test(value['name']) &&
    (Array.isArray(value['packages']) || Array.isArray(value['remotes']))) {
    const text = JSON.stringify(value);
    const legacy = text.includes('"registry_name"') || text.includes('"is_secret"');
    return legacy ? { kind: 'format', format: 'registry-server-json', schemaVersion: '2025-07-09' } : { kind: 'format', format: 'registry-server-json' };
  }
  if (isObject(value['mcpServers'])) {
    if (typeof value['name'] === 'string' && typeof value['version'] === 'string') return { kind: 'format', format: 'gemini-extension' };
    return { kind: 'format', format: 'client-config' };
  }
  // VS Code keeps its client configuration in `.vscode/mcp.json` under `servers`.
  if (base === 'mcp.json' && isObject(value['servers']) && Object.values(value['servers']).every(isObject)) {
    return { kind: 'format', format: 'client-config' };
  }
  if (typeof value['mcpServers'] === 'string') {
    return { kind: 'ignored', reason: `an agent plugin manifest that points at ${value['mcpServers']} (read that file instead)` };
  }
  if (looksLikeTool(value) && isObject(value['inputSchema'])) return { kind: 'format', format: 'tool-snapshot' };
  if (schema) return { kind: 'ignored', reason: `its $schema (${schema}) is not an MCP manifest schema` };
  return { kind: 'ignored', reason: 'no MCP $schema and not the shape of any MCP manifest (no packages/remotes, manifest_version, startCommand or tools)' };
}
