import type { ToolAnnotations, ToolRecord } from '../model/tool.js';

const HINTS = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const;
/** MCP spec defaults for absent hints (schema 2025-03-26 onward). */
const DEFAULTS = { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true } as const;

export interface ConvertedTools {
  tools: ToolRecord[];
  /** Entries that were not MCP Tool objects, each said in words. */
  problems: string[];
}

/**
 * Turns raw `tools/list` entries from a live server into ToolRecords with provenance
 * "observed". `source` names the server (command or URL) for the origin path.
 */
export function toolRecordsFromIntrospection(raw: readonly unknown[], source: string): ConvertedTools {
  const tools: ToolRecord[] = [];
  const problems: string[] = [];
  raw.forEach((entry, index) => {
    if (!isRecord(entry) || typeof entry.name !== 'string' || entry.name === '') {
      problems.push(`tools[${index}] has no string "name"; skipped`);
      return;
    }
    const annotations = readAnnotations(entry.annotations);
    const allDefault = annotations !== undefined && HINTS.every((h) => annotations[h] === DEFAULTS[h]);
    const declared = annotations !== undefined && !allDefault && HINTS.some((h) => annotations[h] !== undefined);
    const readOnly = annotations?.readOnlyHint ?? DEFAULTS.readOnlyHint;
    const record: ToolRecord = {
      name: entry.name,
      annotationsDeclared: declared,
      annotationsAllDefault: allDefault,
      effective: {
        readOnly,
        // destructive/idempotent are meaningful only for tools that write.
        destructive: !readOnly && (annotations?.destructiveHint ?? DEFAULTS.destructiveHint),
        idempotent: annotations?.idempotentHint ?? DEFAULTS.idempotentHint,
        openWorld: annotations?.openWorldHint ?? DEFAULTS.openWorldHint,
      },
      origins: [{ path: source, format: 'introspection', provenance: 'observed', ...(annotations ? { annotations } : {}) }],
    };
    if (typeof entry.title === 'string') record.title = entry.title;
    if (typeof entry.description === 'string') record.description = entry.description;
    if (entry.inputSchema !== undefined) record.inputSchema = entry.inputSchema;
    if (entry.outputSchema !== undefined) record.outputSchema = entry.outputSchema;
    if (annotations) record.annotations = annotations;
    tools.push(record);
  });
  return { tools, problems };
}

/** Keeps only the spec's annotation keys with the spec's types; anything else is not a hint. */
function readAnnotations(value: unknown): ToolAnnotations | undefined {
  if (!isRecord(value)) return undefined;
  const out: ToolAnnotations = {};
  if (typeof value.title === 'string') out.title = value.title;
  for (const hint of HINTS) {
    const v = value[hint];
    if (typeof v === 'boolean') out[hint] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
