import type { InputError, Notice, RiskProfileConfig, SourceFormat } from '../model/index.js';
import { parseDocument, type ParsedDocument } from './parse.js';
import { detectFormat, type Detection } from './detect.js';
import { validateAgainst } from './validate.js';
import type { ProfileFragment } from './fragment.js';
import { formatEntry, manifestFormats } from './formats/index.js';

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
    const detection: Detection = file.explicit === 'profile' ? { kind: 'format', format: 'risk-profile' } : detectFormat(doc.value, file.path);
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
              : `pass one of: ${manifestFormats().filter((f) => f.format !== 'tools-dump' && f.format !== 'tool-snapshot').map((f) => f.describe).join(', ')}`,
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
  if (format === 'risk-profile') return validateAgainst('mcp-risk', doc);
  const entry = formatEntry(format);
  if (entry?.validate) return entry.validate(doc, (name, value, at) => validateAgainst(name, doc, value, at));
  return entry?.schema ? validateAgainst(entry.schema, doc) : [];
}

function toFragment(doc: ParsedDocument, format: SourceFormat, schemaVersion: string | undefined): ProfileFragment {
  const entry = formatEntry(format);
  return entry ? entry.load(doc, schemaVersion) : { source: { path: doc.path, format } };
}
