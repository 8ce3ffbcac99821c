import type { ToolRecord } from '../../model/index.js';
import type { ParsedDocument } from '../parse.js';
import { arr, isObject, str, locator, type ProfileFragment } from '../fragment.js';
import { knobKind, nameLooksSecret } from '../signals.js';
import { toolFromRaw } from '../tools.js';

/** MCPB (formerly DXT) manifest.json: always a local stdio process; tools are name + description only. */
export function fromMcpb(doc: ParsedDocument, schemaVersion: string | undefined): ProfileFragment {
  const v = doc.value as Record<string, unknown>;
  const at = locator(doc);
  const server = isObject(v['server']) ? v['server'] : {};
  const mcpConfig = isObject(server['mcp_config']) ? server['mcp_config'] : {};
  const frag: ProfileFragment = {
    source: { path: doc.path, format: 'mcpb-manifest', ...(schemaVersion && { schemaVersion }) },
    transports: [{ type: 'stdio', via: 'package', location: at(['server']) }],
    packages: [
      {
        registryType: 'mcpb',
        transport: 'stdio',
        arguments: [str(mcpConfig['command']), ...arr(mcpConfig['args']).map((a) => String(a))].filter((a): a is string => !!a),
        location: at(['server']),
      },
    ],
    secrets: [],
    filesystemScopes: [],
    safetyKnobs: [],
    tools: [],
    toolsIncomplete: v['tools_generated'] === true,
    privacyPolicies: arr(v['privacy_policies']).filter((p): p is string => typeof p === 'string'),
  };
  const repo = isObject(v['repository']) ? str(v['repository']['url']) : undefined;
  frag.identity = {
    ...(str(v['name']) && { name: str(v['name']) }),
    ...(str(v['display_name']) && { title: str(v['display_name']) }),
    ...(str(v['version']) && { version: str(v['version']) }),
    ...(str(v['description']) && { description: str(v['description']) }),
    ...(repo && { repositoryUrl: repo }),
  };
  if (str(server['type'])) frag.serverType = str(server['type']);

  const userConfig = isObject(v['user_config']) ? v['user_config'] : {};
  for (const [key, def] of Object.entries(userConfig)) {
    if (!isObject(def)) continue;
    const loc = at(['user_config', key]);
    const sensitive = def['sensitive'] === true;
    if (sensitive || nameLooksSecret(key)) {
      frag.secrets!.push({ name: key, kind: 'user-config', markedSecret: sensitive, required: def['required'] === true, location: loc });
    }
    if (def['type'] === 'directory' || def['type'] === 'file') frag.filesystemScopes!.push(loc);
    const knob = knobKind(key);
    if (knob) frag.safetyKnobs!.push({ name: key, kind: knob, location: loc });
  }
  const tools: ToolRecord[] = [];
  arr(v['tools']).forEach((t, i) => {
    if (!isObject(t) || typeof t['name'] !== 'string') return;
    tools.push(toolFromRaw(t, { path: doc.path, format: 'mcpb-manifest', provenance: 'declared' }, at(['tools', i])));
  });
  frag.tools = tools;
  return frag;
}
