// Compiled from schemas/mcp-tools-lock.schema.json at build time (scripts/gen-validators.mjs).
import { mcpToolsLock as validate } from '../manifest/generated/validators.js';
import { hashTool, type ToolLock } from './lock.js';

export type LockParse = { ok: true; lock: ToolLock } | { ok: false; errors: string[] };

/**
 * Checks a parsed mcp-tools.lock.json: its shape (schema), unique sorted names, and that
 * each hash matches its stored definition, so a hand-edited definition cannot hide behind an old hash.
 */
export function parseLock(value: unknown): LockParse {
  if (!validate(value)) {
    const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    return { ok: false, errors };
  }
  const lock = value as ToolLock;
  const errors: string[] = [];
  for (let i = 0; i < lock.tools.length; i += 1) {
    const tool = lock.tools[i]!;
    const prev = lock.tools[i - 1];
    if (prev && !(prev.name < tool.name)) errors.push(`/tools/${i} "${tool.name}" is out of order or duplicated; tools must be sorted by name`);
    if (hashTool(tool.name, tool.definition) !== tool.sha256) {
      errors.push(`/tools/${i}/sha256 does not match the stored definition of "${tool.name}"; regenerate the lock with \`mcp-risk-gate lock\``);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, lock };
}
