import type { Transport } from '../../model/index.js';
import type { ParsedDocument } from '../parse.js';
import { arr, isObject, str, locator, type ProfileFragment } from '../fragment.js';
import { knobKind, nameLooksSecret } from '../signals.js';

/**
 * Gemini CLI extensions and client configs: an `mcpServers` map (`.mcp.json`, Claude, Cursor) or
 * a `servers` map (VS Code's `.vscode/mcp.json`) of how to run or reach each server.
 */
export function fromMcpServers(doc: ParsedDocument, format: 'gemini-extension' | 'client-config'): ProfileFragment {
  const v = doc.value as Record<string, unknown>;
  const at = locator(doc);
  const frag: ProfileFragment = {
    source: { path: doc.path, format },
    transports: [],
    remotes: [],
    packages: [],
    secrets: [],
    oauthProviders: [],
    safetyKnobs: [],
  };
  if (format === 'gemini-extension') {
    frag.identity = { ...(str(v['name']) && { name: str(v['name']) }), ...(str(v['version']) && { version: str(v['version']) }) };
  }
  const key = isObject(v['mcpServers']) ? 'mcpServers' : 'servers';
  const servers = isObject(v[key]) ? v[key] : {};
  if (format === 'client-config') frag.clientServers = [];
  for (const [name, def] of Object.entries(servers)) {
    if (!isObject(def)) continue;
    const base = [key, name];
    frag.clientServers?.push({ name, location: at(base) });
    const url = str(def['httpUrl']) ?? str(def['url']);
    if (url) {
      // Gemini: `url` is SSE, `httpUrl` streamable HTTP; client configs say it with `type`.
      const declared = str(def['type']);
      const type: Transport['type'] = declared === 'sse' || (!declared && !def['httpUrl'] && format === 'gemini-extension') ? 'sse' : 'streamable-http';
      const headers = isObject(def['headers']) ? Object.keys(def['headers']) : [];
      frag.transports!.push({ type, url, via: 'remote', location: at(base) });
      frag.remotes!.push({
        type,
        url,
        headers: headers.map((h) => ({ name: h, isSecret: nameLooksSecret(h), isRequired: true })),
        location: at(base),
      });
      for (const h of headers) if (nameLooksSecret(h)) frag.secrets!.push({ name: h, kind: 'header', markedSecret: false, required: true, location: at([...base, 'headers', h]) });
    } else if (str(def['command'])) {
      const args = arr(def['args']).map(String);
      frag.transports!.push({ type: 'stdio', via: 'package', location: at(base) });
      frag.packages!.push({ transport: 'stdio', arguments: [str(def['command'])!, ...args], location: at([...base, 'command']) });
      args.forEach((a, i) => {
        const knob = knobKind(a);
        if (knob) frag.safetyKnobs!.push({ name: a, kind: knob, location: at([...base, 'args', i]) });
      });
    }
    const env = isObject(def['env']) ? def['env'] : {};
    for (const key of Object.keys(env)) {
      if (nameLooksSecret(key)) frag.secrets!.push({ name: key, kind: 'env', markedSecret: false, required: true, location: at([...base, 'env', key]) });
    }
    if (isObject(def['oauth']) && def['oauth']['enabled'] === true) frag.oauthProviders!.push(url ?? name);
  }
  arr(v['settings']).forEach((s, i) => {
    if (!isObject(s)) return;
    const envVar = str(s['envVar']);
    if (envVar && nameLooksSecret(envVar)) frag.secrets!.push({ name: envVar, kind: 'env', markedSecret: false, required: true, location: at(['settings', i]) });
  });
  return frag;
}
