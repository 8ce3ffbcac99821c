import type { SourceFormat } from '../model/index.js';
import { isObject, manifestFormats, type Match } from './formats/index.js';

export { REGISTRY_SCHEMA_DATES } from './formats/index.js';

export type Detection =
  | { kind: 'format'; format: SourceFormat; schemaVersion?: string }
  | { kind: 'ignored'; reason: string }
  | { kind: 'error'; message: string; hint: string; at: ReadonlyArray<string | number> };

function settle(claims: { format: SourceFormat; match: Match }[], tier: string): Detection | undefined {
  if (claims.length === 0) return undefined;
  if (claims.length > 1) {
    return {
      kind: 'error',
      message: `the document matches several manifest formats by ${tier} (${claims.map((c) => c.format).join(', ')})`,
      hint: 'add the $schema of the format it is, or remove the fields that belong to the other format',
      at: [],
    };
  }
  const { format, match } = claims[0]!;
  if ('error' in match) return { kind: 'error', ...match.error };
  return { kind: 'format', format, ...(match.schemaVersion !== undefined && { schemaVersion: match.schemaVersion }) };
}

/**
 * Recognises a document by `$schema` and shape through the format registry (src/manifest/formats).
 * The file name only decided that the file was worth reading: `server.json`, `manifest.json` and
 * `spec.yaml` are common names for unrelated files.
 */
export function detectFormat(value: unknown, fileName: string): Detection {
  const base = fileName.split('/').pop() ?? fileName;
  if (base === '.mcp-risk.yml' || base === '.mcp-risk.yaml') return { kind: 'format', format: 'risk-profile' };
  const formats = manifestFormats();
  /** The formats that claim the document by one test, each with what it said. */
  const claims = (test: (f: (typeof formats)[number]) => Match | undefined): { format: SourceFormat; match: Match }[] =>
    formats.flatMap((f) => {
      const match = test(f);
      return match ? [{ format: f.format, match }] : [];
    });
  const schema = isObject(value) && typeof value['$schema'] === 'string' ? value['$schema'] : undefined;
  if (schema !== undefined && isObject(value)) {
    const declared = settle(claims((f) => f.bySchema?.(schema, value)), '$schema');
    if (declared) return declared;
    if (schema.includes('glama.ai')) return { kind: 'ignored', reason: 'glama.json ownership metadata (no security signal)' };
    if (schema.includes('server-card')) return { kind: 'ignored', reason: 'an MCP Server Card (advisory only; not read yet)' };
  }
  const shaped = settle(claims((f) => f.byShape?.(value, base)), 'shape');
  if (shaped) return shaped;
  if (Array.isArray(value)) return { kind: 'ignored', reason: 'a JSON array whose items are not MCP Tool objects (no name/inputSchema)' };
  if (!isObject(value)) return { kind: 'ignored', reason: 'not an object or array' };
  if (typeof value['mcpServers'] === 'string') {
    return { kind: 'ignored', reason: `an agent plugin manifest that points at ${value['mcpServers']} (read that file instead)` };
  }
  if (schema) return { kind: 'ignored', reason: `its $schema (${schema}) is not an MCP manifest schema` };
  return { kind: 'ignored', reason: 'no MCP $schema and not the shape of any MCP manifest (no packages/remotes, manifest_version, startCommand or tools)' };
}
