import type { InputError, Notice, RiskProfileConfig, SourceFormat } from '../model/index.js';
import { parseDocument, type ParsedDocument } from './parse.js';
import { detectFormat } from './detect.js';
import { validateAgainst, type SchemaName } from './validate.js';
import type { ProfileFragment } from './fragment.js';
import { fromRegistry } from './formats/registry.js';
import { fromMcpb } from './formats/mcpb.js';
import { fromSmithery } from './formats/smithery.js';
import { fromDockerCatalog } from './formats/docker-catalog.js';
import { fromToolhive } from './formats/toolhive.js';
import { fromToolsDump, fromToolSnapshot } from './formats/tools-dump.js';
import { fromMcpServers } from './formats/mcp-servers.js';

/** A file the adapter read: its repository-relative path and text (already size- and encoding-checked). */
export interface RawFile {
  path: string;
  text: string;
  /**
   * The user named this file (`--manifest`, `--tools`): an unrecognised shape is an error, not a notice.
   * `profile` marks the project's `.mcp-risk.yml`, whatever `--config` called it.
   */
  explicit?: 'manifest' | 'tools' | 'profile';
}

export interface LoadResult {
  fragments: ProfileFragment[];
  config?: RiskProfileConfig;
  configPath?: string;
  errors: InputError[];
  notices: Notice[];
}

const SCHEMA_OF: Partial<Record<SourceFormat, SchemaName>> = {
  'registry-server-json': 'registry-server',
  'mcpb-manifest': 'mcpb-manifest',
  smithery: 'smithery',
  'docker-catalog': 'docker-catalog',
  'toolhive-spec': 'toolhive-spec',
  'gemini-extension': 'mcp-servers-config',
  'client-config': 'mcp-servers-config',
  'tool-snapshot': 'mcp-tool',
  'risk-profile': 'mcp-risk',
};

function syntaxOf(path: string, text: string): 'json' | 'yaml' {
  if (/\.(ya?ml)$/i.test(path)) return 'yaml';
  if (/\.(json|snap)$/i.test(path)) return 'json';
  return /^\s*[[{]/.test(text) ? 'json' : 'yaml';
}

/** Parses, recognises and validates every file, then turns each into a profile fragment. Pure. */
export function loadFiles(files: RawFile[]): LoadResult {
  const out: LoadResult = { fragments: [], errors: [], notices: [] };
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const parsed = parseDocument(file.path, file.text, syntaxOf(file.path, file.text));
    if (!parsed.ok) {
      out.errors.push(parsed.error);
      continue;
    }
    const doc = parsed.doc;
    const detection = file.explicit === 'profile' ? ({ kind: 'format', format: 'risk-profile' } as const) : detectFormat(doc.value, file.path);
    if (detection.kind === 'error') {
      const { line, column } = doc.locate(detection.at);
      out.errors.push({ path: file.path, line, column, message: detection.message, hint: detection.hint });
      continue;
    }
    if (detection.kind === 'ignored') {
      if (file.explicit) {
        out.errors.push({
          path: file.path,
          line: 1,
          column: 1,
          message: `not a recognised ${file.explicit === 'tools' ? 'tools dump' : 'MCP manifest'}: ${detection.reason}`,
          hint:
            file.explicit === 'tools'
              ? 'pass a JSON array of MCP Tool objects, a tools/list result {"tools": [...]}, or a folder of per-tool JSON files'
              : 'pass a server.json, MCPB manifest.json, smithery.yaml, Docker catalog server.yaml or ToolHive spec.yaml',
        });
      } else {
        out.notices.push({ path: file.path, message: `ignored: ${detection.reason}` });
      }
      continue;
    }
    const errors = validateDocument(doc, detection.format);
    if (errors.length > 0) {
      out.errors.push(...errors);
      continue;
    }
    if (detection.format === 'risk-profile') {
      out.config = doc.value as RiskProfileConfig;
      out.configPath = file.path;
      continue;
    }
    out.fragments.push(toFragment(doc, detection.format, detection.schemaVersion));
  }
  return out;
}

function validateDocument(doc: ParsedDocument, format: SourceFormat): InputError[] {
  if (format === 'tools-dump') {
    const list = Array.isArray(doc.value) ? doc.value : ((doc.value as Record<string, unknown>)['tools'] as unknown[]);
    const prefix = Array.isArray(doc.value) ? [] : ['tools'];
    const errors: InputError[] = [];
    for (let i = 0; i < list.length && errors.length < 20; i++) {
      errors.push(...validateAgainst('mcp-tool', doc, list[i], [...prefix, i]));
    }
    return errors;
  }
  const schema = SCHEMA_OF[format];
  return schema ? validateAgainst(schema, doc) : [];
}

function toFragment(doc: ParsedDocument, format: SourceFormat, schemaVersion: string | undefined): ProfileFragment {
  switch (format) {
    case 'registry-server-json':
      return fromRegistry(doc, schemaVersion);
    case 'mcpb-manifest':
      return fromMcpb(doc, schemaVersion);
    case 'smithery':
      return fromSmithery(doc);
    case 'docker-catalog':
      return fromDockerCatalog(doc);
    case 'toolhive-spec':
      return fromToolhive(doc);
    case 'tools-dump':
      return fromToolsDump(doc);
    case 'tool-snapshot':
      return fromToolSnapshot(doc);
    case 'gemini-extension':
    case 'client-config':
      return fromMcpServers(doc, format);
    default:
      return { source: { path: doc.path, format } };
  }
}
