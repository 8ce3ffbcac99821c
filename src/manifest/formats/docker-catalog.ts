import type { ToolRecord, TransportType } from '../../model/index.js';
import type { ParsedDocument } from '../parse.js';
import { arr, isObject, str, locator, type ProfileFragment } from '../fragment.js';
import { knobKind } from '../signals.js';
import { toolFromRaw } from '../tools.js';

/** Docker MCP catalog server.yaml (docker/mcp-registry), also copied into some servers' own repositories. */
export function fromDockerCatalog(doc: ParsedDocument): ProfileFragment {
  const v = doc.value as Record<string, unknown>;
  const at = locator(doc);
  const about = isObject(v['about']) ? v['about'] : {};
  const source = isObject(v['source']) ? v['source'] : {};
  const frag: ProfileFragment = {
    source: { path: doc.path, format: 'docker-catalog' },
    identity: {
      ...(str(v['name']) && { name: str(v['name']) }),
      ...(str(about['title']) && { title: str(about['title']) }),
      ...(str(about['description']) && { description: str(about['description']) }),
      ...(str(source['project']) && { repositoryUrl: str(source['project']) }),
    },
    transports: [],
    remotes: [],
    secrets: [],
    safetyKnobs: [],
    filesystemScopes: [],
    oauthProviders: [],
    toolsIncomplete: isObject(v['dynamic']) && v['dynamic']['tools'] === true,
  };
  const remote = isObject(v['remote']) ? v['remote'] : undefined;
  if (v['type'] === 'remote' && remote) {
    const type = (str(remote['transport_type']) ?? 'streamable-http') as TransportType;
    const url = str(remote['url']) ?? '';
    frag.transports!.push({ type, url, via: 'remote', location: at(['remote']) });
    frag.remotes!.push({ type, url, headers: [], location: at(['remote']) });
  } else {
    frag.transports!.push({ type: 'stdio', via: 'package', location: at(['type']) });
    frag.packages = [{ registryType: 'oci', ...(str(v['image']) && { identifier: str(v['image']) }), transport: 'stdio', arguments: [], location: at(['image']) }];
  }
  const run = isObject(v['run']) ? v['run'] : {};
  const network: NonNullable<ProfileFragment['network']> = { location: at(['run']) };
  const hosts = arr(run['allowHosts']).filter((h): h is string => typeof h === 'string');
  if (hosts.length > 0) network.allowHosts = hosts;
  if (run['disableNetwork'] === true) network.disableNetwork = true;
  if (hosts.length > 0 || run['disableNetwork'] !== undefined) {
    frag.network = network;
    frag.safetyKnobs!.push({ name: hosts.length > 0 ? 'run.allowHosts' : 'run.disableNetwork', kind: 'network', location: at(['run']) });
  }
  arr(run['volumes']).forEach((_, i) => frag.filesystemScopes!.push(at(['run', 'volumes', i])));
  const config = isObject(v['config']) ? v['config'] : {};
  arr(config['secrets']).forEach((s, i) => {
    if (!isObject(s)) return;
    const name = str(s['env']) ?? str(s['name']);
    if (name) frag.secrets!.push({ name, kind: 'env', markedSecret: true, required: s['required'] !== false, location: at(['config', 'secrets', i]) });
  });
  const params = isObject(config['parameters']) && isObject(config['parameters']['properties']) ? config['parameters']['properties'] : {};
  for (const key of Object.keys(params)) {
    const knob = knobKind(key);
    if (knob) frag.safetyKnobs!.push({ name: key, kind: knob, location: at(['config', 'parameters', 'properties', key]) });
  }
  arr(v['oauth']).forEach((o) => {
    if (isObject(o) && str(o['provider'])) frag.oauthProviders!.push(str(o['provider'])!);
  });
  const tools: ToolRecord[] = [];
  arr(v['tools']).forEach((t, i) => {
    if (isObject(t) && typeof t['name'] === 'string') {
      tools.push(toolFromRaw(t, { path: doc.path, format: 'docker-catalog', provenance: 'declared' }, at(['tools', i])));
    }
  });
  if (tools.length > 0) frag.tools = tools;
  return frag;
}
