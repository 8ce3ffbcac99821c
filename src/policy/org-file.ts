import { readFile } from 'node:fs/promises';
import type { InputError } from '../model/index.js';
import { parseDocument } from '../manifest/parse.js';
import { validateAgainst } from '../manifest/validate.js';
import type { OrgPolicy } from './org.js';

/** Parses and validates an org policy text against schemas/org-policy.schema.json. Pure. */
export function parseOrgPolicy(path: string, text: string): { policy: OrgPolicy } | { errors: InputError[] } {
  const parsed = parseDocument(path, text, /\.json$/i.test(path) ? 'json' : 'yaml');
  if (!parsed.ok) return { errors: [parsed.error] };
  const errors = validateAgainst('org-policy', parsed.doc);
  if (errors.length > 0) return { errors };
  return { policy: parsed.doc.value as OrgPolicy };
}

/** Reads the org policy file (adapter). */
export async function readOrgPolicy(path: string): Promise<{ policy: OrgPolicy } | { errors: InputError[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { errors: [{ path, message: `organisation policy ${code === 'ENOENT' ? 'not found' : `cannot be read (${code ?? 'error'})`}`, hint: 'pass the path of the org policy file (--org-policy FILE, Action input org-policy)' }] };
  }
  return parseOrgPolicy(path, text);
}
