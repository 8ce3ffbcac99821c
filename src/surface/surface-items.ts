import type { Location } from '../model/location.js';
import type { ToolRecord } from '../model/tool.js';

/** One piece of text a model will read, and where in the item it sits. */
export interface SurfaceText {
  field: string;
  text: string;
}

export interface SurfaceParameter {
  path: string;
  name: string;
  description?: string;
}

/** A tool, prompt or resource reduced to what the poisoning checks read. */
export interface SurfaceItem {
  kind: 'tool' | 'prompt' | 'resource';
  name: string;
  texts: SurfaceText[];
  parameters: SurfaceParameter[];
  locations: Location[];
}

const MAX_DEPTH = 32;

export function itemFromTool(tool: ToolRecord, maxStrings: number): SurfaceItem {
  const item: SurfaceItem = { kind: 'tool', name: tool.name, texts: [], parameters: [], locations: toolLocations(tool) };
  push(item, 'name', tool.name);
  push(item, 'title', tool.title);
  push(item, 'description', tool.description);
  push(item, 'annotations.title', tool.annotations?.title);
  walkSchema(item, tool.inputSchema, 'inputSchema', 0, maxStrings);
  walkSchema(item, tool.outputSchema, 'outputSchema', 0, maxStrings);
  return item;
}

/** A raw MCP Prompt object (`prompts/list`); entries without a string name are skipped. */
export function itemFromPrompt(raw: unknown): SurfaceItem | undefined {
  if (!isRecord(raw) || typeof raw.name !== 'string') return undefined;
  const item: SurfaceItem = { kind: 'prompt', name: raw.name, texts: [], parameters: [], locations: [] };
  push(item, 'name', raw.name);
  push(item, 'title', str(raw.title));
  push(item, 'description', str(raw.description));
  if (Array.isArray(raw.arguments)) {
    raw.arguments.forEach((arg: unknown, i: number) => {
      if (!isRecord(arg) || typeof arg.name !== 'string') return;
      const path = `arguments/${i}`;
      push(item, `${path}/name`, arg.name);
      push(item, `${path}/description`, str(arg.description));
      item.parameters.push({ path, name: arg.name, ...(typeof arg.description === 'string' ? { description: arg.description } : {}) });
    });
  }
  return item;
}

/** A raw MCP Resource object (`resources/list`). */
export function itemFromResource(raw: unknown): SurfaceItem | undefined {
  if (!isRecord(raw)) return undefined;
  const name = str(raw.name) ?? str(raw.uri);
  if (name === undefined) return undefined;
  const item: SurfaceItem = { kind: 'resource', name, texts: [], parameters: [], locations: [] };
  push(item, 'name', str(raw.name));
  push(item, 'uri', str(raw.uri));
  push(item, 'title', str(raw.title));
  push(item, 'description', str(raw.description));
  return item;
}

/** Repository places only: an introspection origin names a command or URL, not a file. */
function toolLocations(tool: ToolRecord): Location[] {
  if (tool.location) return [tool.location];
  return tool.origins
    .filter((o) => o.format !== 'introspection')
    .map((o) => (o.line !== undefined ? { path: o.path, line: o.line } : { path: o.path }));
}

/**
 * Every string in a JSON Schema, with its path; property names become parameters too,
 * so a `sidenote` parameter is seen by name and by description.
 */
function walkSchema(item: SurfaceItem, node: unknown, path: string, depth: number, maxStrings: number): void {
  if (depth > MAX_DEPTH || item.texts.length >= maxStrings) return;
  if (typeof node === 'string') {
    push(item, path, node);
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((child: unknown, i: number) => walkSchema(item, child, `${path}/${i}`, depth + 1, maxStrings));
    return;
  }
  if (!isRecord(node)) return;
  for (const [key, child] of Object.entries(node)) {
    const childPath = `${path}/${key}`;
    if (key === 'properties' && isRecord(child)) {
      for (const [prop, schema] of Object.entries(child)) {
        const propPath = `${childPath}/${prop}`;
        push(item, `${propPath} (name)`, prop);
        const description = isRecord(schema) ? str(schema.description) : undefined;
        item.parameters.push({ path: propPath, name: prop, ...(description !== undefined ? { description } : {}) });
        walkSchema(item, schema, propPath, depth + 2, maxStrings);
      }
      continue;
    }
    walkSchema(item, child, childPath, depth + 1, maxStrings);
  }
}

function push(item: SurfaceItem, field: string, text: string | undefined): void {
  if (text !== undefined && text !== '') item.texts.push({ field, text });
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
