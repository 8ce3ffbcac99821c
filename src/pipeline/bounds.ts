import type { InputError, ToolRecord } from '../model/index.js';
import type { ProfileFragment } from '../manifest/fragment.js';
import { LIMITS } from '../repo/limits.js';

export interface ToolBounds {
  maxTools: number;
  maxToolTextChars: number;
}

/**
 * Keeps the analysis within the per-tool and per-scan bounds (issue 13: 1,000 tools of 1 MB took
 * 3.1 GB). A tool over either bound is left out and named in an input error, so the run fails
 * closed (exit 2) and the report says what was not analysed. Pure: same fragments, same result.
 */
export function boundTools(fragments: readonly ProfileFragment[], bounds: ToolBounds = LIMITS): { fragments: ProfileFragment[]; errors: InputError[] } {
  const errors: InputError[] = [];
  let kept = 0;
  const beyond: { tool: ToolRecord; path: string }[] = [];
  const out = fragments.map((fragment) => {
    if (!fragment.tools || fragment.tools.length === 0) return fragment;
    const tools: ToolRecord[] = [];
    for (const tool of fragment.tools) {
      const size = textSize(tool, bounds.maxToolTextChars);
      if (size > bounds.maxToolTextChars) {
        errors.push({
          ...where(tool, fragment),
          message: `tool "${short(tool.name)}" has more than ${kb(bounds.maxToolTextChars)} of text (name, description and schemas), the limit of text per tool; it was not analysed`,
          hint: 'a tool description and its schemas are a few KB: shorten them, or check this is the right file or server',
        });
        continue;
      }
      if (kept >= bounds.maxTools) {
        beyond.push({ tool, path: where(tool, fragment).path });
        continue;
      }
      kept += 1;
      tools.push(tool);
    }
    return tools.length === fragment.tools.length ? fragment : { ...fragment, tools };
  });
  if (beyond.length > 0) {
    const first = beyond[0]!;
    errors.push({
      path: first.path,
      message: `${beyond.length} tool(s) beyond the limit of ${bounds.maxTools} tools per scan were not analysed (the first: "${short(first.tool.name)}")`,
      hint: 'no MCP server lists this many tools: check the tools dump or the folders scanned, or list extra folders under `exclude:` in .mcp-risk.yml',
    });
  }
  return { fragments: out, errors };
}

function where(tool: ToolRecord, fragment: ProfileFragment): { path: string; line?: number } {
  const path = tool.location?.path ?? tool.origins[0]?.path ?? fragment.source.path;
  const line = tool.location?.line ?? tool.origins[0]?.line;
  return line !== undefined ? { path, line } : { path };
}

function short(name: string): string {
  return name.length > 80 ? `${name.slice(0, 80)}…` : name;
}

function kb(chars: number): string {
  return `${Math.round(chars / 1024)} KB`;
}

/**
 * Characters of a tool's text, counted without serialising it and without recursion (a schema
 * can be deeper than the stack); stops counting once past `limit`.
 */
export function textSize(tool: ToolRecord, limit: number): number {
  let size = tool.name.length + (tool.title?.length ?? 0) + (tool.description?.length ?? 0);
  const stack: unknown[] = [tool.inputSchema, tool.outputSchema];
  while (stack.length > 0 && size <= limit) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (Array.isArray(v)) {
      size += 2 + v.length;
      for (const item of v) stack.push(item);
    } else if (v !== null && typeof v === 'object') {
      size += 2;
      for (const [key, item] of Object.entries(v)) {
        size += key.length + 3;
        stack.push(item);
      }
    } else if (v !== undefined) size += 8;
  }
  return size;
}
