import type { PackageInfo, RemoteEndpoint, SecretRef, Transport, TransportType, SafetyKnob, Location } from '../../model/index.js';
import type { ParsedDocument } from '../parse.js';
import { arr, isObject, pick, str, locator, type ProfileFragment } from '../fragment.js';
import { knobKind, nameLooksSecret } from '../signals.js';

type Path = (string | number)[];

/** MCP Registry server.json, camelCase and legacy snake_case alike. */
export function fromRegistry(doc: ParsedDocument, schemaVersion: string | undefined): ProfileFragment {
  const v = doc.value as Record<string, unknown>;
  const at = locator(doc);
  const frag: ProfileFragment = {
    source: schemaVersion ? { path: doc.path, format: 'registry-server-json', schemaVersion } : { path: doc.path, format: 'registry-server-json' },
    packages: [],
    transports: [],
    remotes: [],
    secrets: [],
    safetyKnobs: [],
    filesystemScopes: [],
  };
  const versionDetail = isObject(v['version_detail']) ? str(v['version_detail']['version']) : undefined;
  const repo = isObject(v['repository']) ? str(v['repository']['url']) : undefined;
  frag.identity = {
    ...(str(v['name']) !== undefined && { name: str(v['name']) }),
    ...(str(v['title']) !== undefined && { title: str(v['title']) }),
    ...((str(v['version']) ?? versionDetail) !== undefined && { version: str(v['version']) ?? versionDetail }),
    ...(str(v['description']) !== undefined && { description: str(v['description']) }),
    ...(repo !== undefined && { repositoryUrl: repo }),
  };

  arr(v['packages']).forEach((p, i) => {
    if (!isObject(p)) return;
    const base: Path = ['packages', i];
    const transport = isObject(p['transport']) ? p['transport'] : undefined;
    const type = (str(transport?.['type']) ?? 'stdio') as TransportType;
    const args: string[] = [];
    for (const [camel, snake] of [['runtimeArguments', 'runtime_arguments'], ['packageArguments', 'package_arguments']] as const) {
      arr(pick(p, camel, snake)).forEach((a, j) => {
        if (!isObject(a)) return;
        const argPath: Path = [...base, camel in p ? camel : snake, j];
        const name = str(a['name']);
        const value = str(a['value']) ?? str(pick(a, 'valueHint', 'value_hint'));
        args.push([name, value].filter(Boolean).join(' '));
        collectArgumentSignals(a, argPath, name, value, frag, at);
      });
    }
    const pkg: PackageInfo = { transport: type, arguments: args, location: at(base) };
    const registryType = str(pick(p, 'registryType', 'registry_type')) ?? str(p['registry_name']);
    if (registryType) pkg.registryType = registryType;
    const identifier = str(p['identifier']) ?? str(p['name']);
    if (identifier) pkg.identifier = identifier;
    if (str(p['version'])) pkg.version = str(p['version']);
    const hint = str(pick(p, 'runtimeHint', 'runtime_hint'));
    if (hint) pkg.runtimeHint = hint;
    const sha = str(pick(p, 'fileSha256', 'file_sha256'));
    if (sha) pkg.fileSha256 = sha;
    frag.packages!.push(pkg);
    const t: Transport = { type, via: 'package', location: at(transport ? [...base, 'transport'] : base) };
    if (str(transport?.['url'])) t.url = str(transport?.['url']);
    frag.transports!.push(t);

    const envKey = 'environmentVariables' in p ? 'environmentVariables' : 'environment_variables';
    arr(p[envKey]).forEach((e, j) => {
      if (!isObject(e)) return;
      const name = str(e['name']);
      if (!name) return;
      const loc = at([...base, envKey, j]);
      const marked = pick(e, 'isSecret', 'is_secret') === true;
      if (marked || nameLooksSecret(name)) {
        frag.secrets!.push({ name, kind: 'env', markedSecret: marked, required: pick(e, 'isRequired', 'is_required') === true, location: loc });
      }
      if (str(e['format']) === 'filepath') frag.filesystemScopes!.push(loc);
      const knob = knobKind(name);
      if (knob) frag.safetyKnobs!.push({ name, kind: knob, location: loc });
    });
    if (transport) collectHeaders(transport['headers'], [...base, 'transport', 'headers'], frag, at);
  });

  arr(v['remotes']).forEach((r, i) => {
    if (!isObject(r)) return;
    const base: Path = ['remotes', i];
    const type = (str(r['type']) ?? str(r['transport_type']) ?? 'streamable-http') as TransportType;
    const url = str(r['url']) ?? '';
    const headers = collectHeaders(r['headers'], [...base, 'headers'], frag, at);
    const remote: RemoteEndpoint = { type, url, headers, location: at(base) };
    frag.remotes!.push(remote);
    frag.transports!.push({ type, url, via: 'remote', location: at(base) });
  });
  return frag;
}

function collectHeaders(raw: unknown, base: Path, frag: ProfileFragment, at: (p: Path) => Location): RemoteEndpoint['headers'] {
  const out: RemoteEndpoint['headers'] = [];
  arr(raw).forEach((h, j) => {
    if (!isObject(h)) return;
    const name = str(h['name']);
    if (!name) return;
    const isSecret = pick(h, 'isSecret', 'is_secret') === true;
    const isRequired = pick(h, 'isRequired', 'is_required') === true;
    out.push({ name, isSecret, isRequired });
    const loc = at([...base, j]);
    if (isSecret || nameLooksSecret(name)) frag.secrets!.push({ name, kind: 'header', markedSecret: isSecret, required: isRequired, location: loc });
    const knob = knobKind(name);
    if (knob) frag.safetyKnobs!.push({ name, kind: knob, location: loc });
  });
  return out;
}

/** Secrets hide in docker arguments such as `-e GITHUB_PERSONAL_ACCESS_TOKEN={token}` with a secret variable. */
function collectArgumentSignals(
  a: Record<string, unknown>,
  path: Path,
  name: string | undefined,
  value: string | undefined,
  frag: ProfileFragment,
  at: (p: Path) => Location,
): void {
  const loc = at(path);
  const vars = isObject(a['variables']) ? a['variables'] : {};
  for (const [varName, def] of Object.entries(vars)) {
    if (!isObject(def)) continue;
    const marked = pick(def, 'isSecret', 'is_secret') === true;
    const envName = value && new RegExp(`^([A-Za-z_][A-Za-z0-9_]*)=\\{${escapeRe(varName)}\\}$`).exec(value)?.[1];
    const secretName = envName ?? varName;
    if (marked || nameLooksSecret(secretName)) {
      const s: SecretRef = { name: secretName, kind: 'argument', markedSecret: marked, required: pick(def, 'isRequired', 'is_required') === true, location: loc };
      frag.secrets!.push(s);
    }
    if (str(def['format']) === 'filepath') frag.filesystemScopes!.push(loc);
  }
  if (pick(a, 'isSecret', 'is_secret') === true && name) {
    frag.secrets!.push({ name, kind: 'argument', markedSecret: true, required: false, location: loc });
  }
  if (str(a['format']) === 'filepath' || /dir|path/i.test(str(pick(a, 'valueHint', 'value_hint')) ?? '')) frag.filesystemScopes!.push(loc);
  for (const text of [name, value]) {
    if (!text) continue;
    const knob = knobKind(text) ?? knobKind(text.split('=')[0] ?? '');
    if (knob) frag.safetyKnobs!.push({ name: value && name ? `${name} ${value}` : text, kind: knob, location: loc } satisfies SafetyKnob);
  }
  if (value && /(^|\s)(-v|--volume|--mount)\b/.test(`${name ?? ''} ${value}`)) frag.filesystemScopes!.push(loc);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
