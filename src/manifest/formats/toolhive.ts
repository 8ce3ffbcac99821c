import type { ToolRecord, TransportType } from '../../model/index.js';
import type { ParsedDocument } from '../parse.js';
import { arr, isObject, str, locator, type ProfileFragment } from '../fragment.js';
import { knobKind, nameLooksSecret } from '../signals.js';
import { toolFromRaw } from '../tools.js';

/** ToolHive registry spec.yaml (old layout): tool names, egress allow-list, env vars. */
export function fromToolhive(doc: ParsedDocument): ProfileFragment {
  const v = doc.value as Record<string, unknown>;
  const at = locator(doc);
  const transport = (str(v['transport']) ?? 'stdio') as TransportType;
  const url = str(v['url']);
  const frag: ProfileFragment = {
    source: { path: doc.path, format: 'toolhive-spec' },
    identity: {
      ...(str(v['name']) && { name: str(v['name']) }),
      ...(str(v['description']) && { description: str(v['description']) }),
      ...(str(v['repository_url']) && { repositoryUrl: str(v['repository_url']) }),
    },
    transports: [{ type: transport, via: url ? 'remote' : 'package', ...(url && { url }), location: at(['transport']) }],
    packages: url ? [] : [{ registryType: 'oci', ...(str(v['image']) && { identifier: str(v['image']) }), transport, arguments: arr(v['args']).map(String), location: at(['image']) }],
    secrets: [],
    safetyKnobs: [],
  };
  if (url) frag.remotes = [{ type: transport, url, headers: [], location: at(['url']) }];
  const perms = isObject(v['permissions']) ? v['permissions'] : {};
  const net = isObject(perms['network']) ? perms['network'] : undefined;
  const outbound = net && isObject(net['outbound']) ? net['outbound'] : undefined;
  if (outbound) {
    const hosts = arr(outbound['allow_host']).filter((h): h is string => typeof h === 'string');
    frag.network = hosts.length > 0
      ? { allowHosts: hosts, location: at(['permissions', 'network']) }
      : outbound['insecure_allow_all'] === true
        ? { location: at(['permissions', 'network']) }
        : { disableNetwork: true, location: at(['permissions', 'network']) };
    frag.safetyKnobs!.push({ name: 'permissions.network.outbound', kind: 'network', location: at(['permissions', 'network']) });
  }
  arr(v['env_vars']).forEach((e, i) => {
    if (!isObject(e) || !str(e['name'])) return;
    const name = str(e['name'])!;
    const marked = e['secret'] === true;
    if (marked || nameLooksSecret(name)) frag.secrets!.push({ name, kind: 'env', markedSecret: marked, required: e['required'] === true, location: at(['env_vars', i]) });
    const knob = knobKind(name);
    if (knob) frag.safetyKnobs!.push({ name, kind: knob, location: at(['env_vars', i]) });
  });
  arr(v['args']).forEach((a, i) => {
    const knob = typeof a === 'string' ? knobKind(a) : undefined;
    if (knob) frag.safetyKnobs!.push({ name: String(a), kind: knob, location: at(['args', i]) });
  });
  const tools: ToolRecord[] = [];
  arr(v['tools']).forEach((t, i) => {
    if (typeof t === 'string') tools.push(toolFromRaw({ name: t }, { path: doc.path, format: 'toolhive-spec', provenance: 'declared' }, at(['tools', i])));
  });
  frag.tools = tools;
  return frag;
}
