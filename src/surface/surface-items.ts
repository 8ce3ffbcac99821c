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

/** Where the walk of a tool puts what it finds: a full item, or just the screening text. */
interface Sink {
  text(field: string, text: string): void;
  param(parameter: SurfaceParameter): void;
  /** Texts taken so far (the walk stops at the per-item limit). */
  readonly count: number;
}

/** Field paths are built only for a full item: the screen of thousands of benign tools needs none. */
function walkTool(tool: ToolRecord, sink: Sink, maxStrings: number, withPaths: boolean): void {
  push(sink, 'name', tool.name);
  push(sink, 'title', tool.title);
  push(sink, 'description', tool.description);
  push(sink, 'annotations.title', tool.annotations?.title);
  walkSchema(sink, tool.inputSchema, withPaths ? 'inputSchema' : undefined, 0, maxStrings);
  walkSchema(sink, tool.outputSchema, withPaths ? 'outputSchema' : undefined, 0, maxStrings);
}

function itemSink(item: SurfaceItem): Sink {
  return {
    text: (field, text) => item.texts.push({ field, text }),
    param: (p) => item.parameters.push(p),
    get count() {
      return item.texts.length;
    },
  };
}

export function itemFromTool(tool: ToolRecord, maxStrings: number): SurfaceItem {
  const item: SurfaceItem = { kind: 'tool', name: tool.name, texts: [], parameters: [], locations: toolLocations(tool) };
  walkTool(tool, itemSink(item), maxStrings, true);
  return item;
}

/**
 * A tool's texts joined in item order (each cut at `maxLength`), and its parameters: what a first
 * screen needs. Parameters carry no path here; a hit builds the full item, which has them.
 */
export interface ToolScreen {
  text: string;
  parameters: SurfaceParameter[];
}

export function screenTool(tool: ToolRecord, maxStrings: number, maxLength: number): ToolScreen {
  const texts: string[] = [];
  const parameters: SurfaceParameter[] = [];
  walkTool(
    tool,
    {
      text: (_field, text) => texts.push(text.length > maxLength ? text.slice(0, maxLength) : text),
      param: (p) => parameters.push(p),
      get count() {
        return texts.length;
      },
    },
    maxStrings,
    false,
  );
  return { text: texts.join('\n'), parameters };
}

/** A raw MCP Prompt object (`prompts/list`); entries without a string name are skipped. */
export function itemFromPrompt(raw: unknown): SurfaceItem | undefined {
  if (!isRecord(raw) || typeof raw.name !== 'string') return undefined;
  const item: SurfaceItem = { kind: 'prompt', name: raw.name, texts: [], parameters: [], locations: [] };
  const sink = itemSink(item);
  push(sink, 'name', raw.name);
  push(sink, 'title', str(raw.title));
  push(sink, 'description', str(raw.description));
  if (Array.isArray(raw.arguments)) {
    raw.arguments.forEach((arg: unknown, i: number) => {
      if (!isRecord(arg) || typeof arg.name !== 'string') return;
      const path = `arguments/${i}`;
      push(sink, `${path}/name`, arg.name);
      push(sink, `${path}/name (as words)`, nameWords(arg.name));
      push(sink, `${path}/description`, str(arg.description));
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
  const sink = itemSink(item);
  push(sink, 'name', str(raw.name));
  push(sink, 'uri', str(raw.uri));
  push(sink, 'title', str(raw.title));
  push(sink, 'description', str(raw.description));
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
function walkSchema(sink: Sink, node: unknown, path: string | undefined, depth: number, maxStrings: number): void {
  if (depth > MAX_DEPTH || sink.count >= maxStrings) return;
  if (typeof node === 'string') {
    push(sink, path ?? '', node);
    return;
  }
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) walkSchema(sink, node[i], path === undefined ? undefined : `${path}/${i}`, depth + 1, maxStrings);
    return;
  }
  if (!isRecord(node)) return;
  for (const key in node) {
    const child = node[key];
    const childPath = path === undefined ? undefined : `${path}/${key}`;
    if (key === 'properties' && isRecord(child)) {
      for (const prop in child) {
        const schema = child[prop];
        const propPath = childPath === undefined ? '' : `${childPath}/${prop}`;
        push(sink, childPath === undefined ? '' : `${propPath} (name)`, prop);
        // `ignore_previous_instructions` or `sshPrivateKeyContents` reads as words to a model.
        const words = nameWords(prop);
        if (words !== undefined) push(sink, childPath === undefined ? '' : `${propPath} (name as words)`, words);
        const description = isRecord(schema) ? str(schema.description) : undefined;
        const param: SurfaceParameter = { path: propPath, name: prop };
        if (description !== undefined) param.description = description;
        sink.param(param);
        walkSchema(sink, schema, childPath === undefined ? undefined : propPath, depth + 2, maxStrings);
      }
      continue;
    }
    walkSchema(sink, child, childPath, depth + 1, maxStrings);
  }
}

/**
 * A snake_case, kebab-case or camelCase name as lower-case words one space apart, or undefined
 * when it is a single word already (nothing new to screen).
 */
export function nameWords(name: string): string | undefined {
  if (!/[_\-.]|[a-z0-9][A-Z]|[A-Z]{2}[a-z]/.test(name)) return undefined;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length > 1 ? words.join(' ') : undefined;
}

function push(sink: Sink, field: string, text: string | undefined): void {
  if (text !== undefined && text !== '') sink.text(field, text);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
