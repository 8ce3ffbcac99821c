import type { ParsedDocument } from '../parse.js';
import { isObject, str, arr, locator, type ProfileFragment } from '../fragment.js';
import { knobKind, nameLooksSecret } from '../signals.js';

/**
 * smithery.yaml: a start command type and a config schema. It has no secret flag, so secrets are
 * recognised by name. `commandFunction` is JavaScript: it is read as text, never evaluated.
 */
export function fromSmithery(doc: ParsedDocument): ProfileFragment {
  const v = doc.value as Record<string, unknown>;
  const at = locator(doc);
  const start = isObject(v['startCommand']) ? v['startCommand'] : {};
  const type = str(start['type']) === 'http' ? 'http' : 'stdio';
  const frag: ProfileFragment = {
    source: { path: doc.path, format: 'smithery' },
    transports: [{ type, via: 'package', location: at(['startCommand', 'type']) }],
    secrets: [],
    safetyKnobs: [],
  };
  const schema = isObject(start['configSchema']) ? start['configSchema'] : {};
  const required = new Set(arr(schema['required']).filter((r): r is string => typeof r === 'string'));
  const props = isObject(schema['properties']) ? schema['properties'] : {};
  for (const key of Object.keys(props)) {
    const loc = at(['startCommand', 'configSchema', 'properties', key]);
    if (nameLooksSecret(key)) frag.secrets!.push({ name: key, kind: 'config-schema', markedSecret: false, required: required.has(key), location: loc });
    const knob = knobKind(key);
    if (knob) frag.safetyKnobs!.push({ name: key, kind: knob, location: loc });
  }
  return frag;
}
