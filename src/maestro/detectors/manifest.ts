import type { ControlEvidence } from '../../model/control.js';
import type { Location } from '../../model/location.js';
import type { SafetyKnob } from '../../model/profile.js';
import { CatalogParamError, MAX_LISTED, listNames, optStr, outcome, strs } from './types.js';
import type { Detector } from './types.js';

function ev(name: string, detail: string, location?: Location, against = false): ControlEvidence {
  return { strength: 'observed', detector: name, detail, ...(location ? { location } : {}), ...(against ? { against: true } : {}) };
}

/** Every credential the manifests mention is marked secret (`isSecret`, `sensitive`). */
export const declaredSecrets: Detector = ({ profile }, _p, name) => {
  if (profile.secrets.length === 0) return outcome({ absent: 'absent: no credential declared in any manifest' });
  const marked = profile.secrets.filter((s) => s.markedSecret);
  const unmarked = profile.secrets.filter((s) => !s.markedSecret);
  const against = unmarked
    .slice(0, MAX_LISTED)
    .map((s) => ev(name, `${s.name} (${s.kind}) looks like a credential but is not marked secret`, s.location, true));
  const satisfied =
    unmarked.length === 0
      ? marked.slice(0, MAX_LISTED).map((s) => ev(name, `${s.name} (${s.kind}) is marked secret`, s.location))
      : [];
  return outcome({ satisfied, against, absent: `credentials not marked secret: ${listNames(unmarked.map((s) => s.name))}` });
};

const LOOPBACK = /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d+)?(?:\/|$)/i;

/** Hosted endpoints use HTTPS; plain HTTP to anything but loopback is counter-evidence. */
export const remoteHttps: Detector = ({ profile }, _p, name) => {
  const endpoints = [
    ...profile.remotes.map((r) => ({ url: r.url, location: r.location })),
    ...profile.transports.filter((t) => t.via === 'remote' && t.url && !profile.remotes.some((r) => r.url === t.url)).map((t) => ({ url: t.url ?? '', location: t.location })),
  ];
  if (endpoints.length === 0) return outcome({ absent: 'absent: no remote endpoint declared' });
  const against = endpoints
    .filter((e) => /^http:\/\//i.test(e.url) && !LOOPBACK.test(e.url))
    .map((e) => ev(name, `${e.url} is plain HTTP`, e.location, true));
  const satisfied = against.length
    ? []
    : [ev(name, `${endpoints.length} remote endpoint(s) use HTTPS`, endpoints[0]?.location)];
  return outcome({ satisfied, against, absent: 'remote endpoints without HTTPS' });
};

const AUTH_HEADER = /^(?:authorization|proxy-authorization|x-api-key|api-key|x-auth-token)$/i;

/** Every remote declares an auth header, or the server declares an OAuth provider. */
export const remoteAuth: Detector = ({ profile }, _p, name) => {
  if (profile.remotes.length === 0) return outcome({ absent: 'absent: no remote endpoint declared' });
  if (profile.oauthProviders.length > 0) {
    return outcome({ satisfied: [ev(name, `OAuth provider declared: ${profile.oauthProviders.join(', ')}`)], absent: '' });
  }
  const open = profile.remotes.filter((r) => !r.headers.some((h) => AUTH_HEADER.test(h.name)));
  if (open.length === 0) {
    return outcome({
      satisfied: profile.remotes.slice(0, MAX_LISTED).map((r) => ev(name, `${r.url} declares an auth header`, r.location)),
      absent: '',
    });
  }
  return outcome({
    gaps: open.slice(0, MAX_LISTED).map((r) => ({ strength: 'absent', detector: name, detail: `${r.url} declares no auth header`, ...(r.location ? { location: r.location } : {}) })),
    absent: `absent: no auth header or OAuth provider for ${listNames(open.map((r) => r.url), 3)}`,
  });
};

/** Every transport is stdio: no network listener at all. */
export const stdioOnly: Detector = ({ profile }, _p, name) => {
  if (profile.transports.length === 0) return outcome({ absent: 'absent: no transport declared' });
  const other = profile.transports.filter((t) => t.type !== 'stdio');
  if (other.length > 0) return outcome({ absent: `not stdio-only: ${listNames([...new Set(other.map((t) => t.type))])}` });
  return outcome({ satisfied: [ev(name, 'every transport is stdio', profile.transports[0]?.location)], absent: '' });
};

const KNOB_KINDS: ReadonlySet<string> = new Set(['read-only', 'disabled-tools', 'confirmation', 'operations-gate', 'network']);

/** A profile field that carries a risk-reducing declaration. */
export const profileField: Detector = ({ profile }, p, name) => {
  const field = optStr(p, 'field');
  switch (field) {
    case 'network': {
      const n = profile.network;
      if ((n.allowHosts && n.allowHosts.length > 0) || n.disableNetwork) {
        const detail = n.disableNetwork ? 'network disabled' : `egress limited to ${listNames(n.allowHosts ?? [])}`;
        return outcome({ satisfied: [ev(name, detail, n.location)], absent: '' });
      }
      return outcome({ absent: 'absent: no network policy in any manifest' });
    }
    case 'filesystemScopes':
      return profile.filesystemScopes.length > 0
        ? outcome({ satisfied: profile.filesystemScopes.slice(0, MAX_LISTED).map((l) => ev(name, 'filesystem access limited to declared roots', l)), absent: '' })
        : outcome({ absent: 'absent: no filesystem roots declared' });
    case 'privacyPolicies':
      return profile.privacyPolicies.length > 0
        ? outcome({ satisfied: [ev(name, `privacy policy: ${listNames(profile.privacyPolicies, 2)}`)], absent: '' })
        : outcome({ absent: 'absent: no privacy policy declared' });
    case 'oauthProviders':
      return profile.oauthProviders.length > 0
        ? outcome({ satisfied: [ev(name, `OAuth provider: ${profile.oauthProviders.join(', ')}`)], absent: '' })
        : outcome({ absent: 'absent: no OAuth provider declared' });
    case 'safetyKnobs': {
      const kinds = strs(p, 'kinds') ?? [...KNOB_KINDS];
      const knobs = profile.safetyKnobs.filter((k: SafetyKnob) => kinds.includes(k.kind));
      return knobs.length > 0
        ? outcome({ satisfied: knobs.slice(0, MAX_LISTED).map((k) => ev(name, `${k.kind} setting ${k.name}`, k.location)), absent: '' })
        : outcome({ absent: `absent: no ${kinds.join('/')} setting in any manifest` });
    }
    default:
      throw new CatalogParamError(`unknown profile field '${String(field)}'`);
  }
};

const REVERSE_DNS = /^[a-zA-Z0-9.-]+\/[a-zA-Z0-9._-]+$/;
const EXACT_VERSION = /^v?\d+(?:\.\d+){0,3}(?:[-+][0-9A-Za-z.-]+)?$/;
// Placeholders filled in by release tooling (`${VERSION}`, `$VERSION`) are pinned at publish time.
const TEMPLATE = /^\$\{?[A-Z_]+\}?$/;

function githubOwner(url: string | undefined): string | undefined {
  const m = url ? /github\.com[/:]([^/\s]+)\//i.exec(url) : null;
  return m?.[1]?.toLowerCase();
}

/** Registry name is reverse-DNS and matches the repository owner; package versions are exact. */
export const registryIdentity: Detector = ({ profile }, _p, name) => {
  const manifest = profile.sources.find((s) => s.format === 'registry-server-json');
  const loc: Location | undefined = manifest ? { path: manifest.path } : undefined;
  const against: ControlEvidence[] = [];
  const satisfied: ControlEvidence[] = [];
  if (manifest && profile.name) {
    if (!REVERSE_DNS.test(profile.name)) {
      against.push(ev(name, `server name '${profile.name}' is not reverse-DNS (owner/name)`, loc, true));
    } else {
      const gh = /^io\.github\.([^/]+)\//i.exec(profile.name)?.[1]?.toLowerCase();
      const owner = githubOwner(profile.repositoryUrl);
      if (gh && owner && gh !== owner) {
        against.push(ev(name, `name namespace io.github.${gh} does not match repository owner ${owner}`, loc, true));
      } else if (!profile.repositoryUrl) {
        against.push(ev(name, `server '${profile.name}' links no repository`, loc, true));
      } else {
        satisfied.push(ev(name, `server name ${profile.name} with repository ${profile.repositoryUrl}`, loc));
      }
    }
  }
  for (const pkg of profile.packages) {
    const id = pkg.identifier ?? '(unnamed package)';
    const digestPinned = /@sha256:[0-9a-f]{64}$/i.test(id);
    const tag = pkg.registryType === 'oci' && !digestPinned ? /:([^/:@]+)$/.exec(id)?.[1] : undefined;
    const version = pkg.version ?? tag;
    if (digestPinned || (pkg.registryType === 'mcpb' && pkg.fileSha256)) continue;
    if (version === undefined || version === '') {
      if (pkg.registryType !== 'mcpb') against.push(ev(name, `package ${id} has no version`, pkg.location ?? loc, true));
    } else if (!EXACT_VERSION.test(version) && !TEMPLATE.test(version)) {
      against.push(ev(name, `package ${id} version '${version}' is not exact`, pkg.location ?? loc, true));
    }
  }
  if (!manifest && profile.packages.length === 0) return outcome({ absent: 'absent: no registry server.json or package' });
  if (!manifest) {
    const pinned = against.length === 0 ? [ev(name, `${profile.packages.length} package(s) pinned to exact versions`, profile.packages[0]?.location)] : [];
    return outcome({ satisfied: pinned, against, absent: 'package versions are not exact' });
  }
  return outcome({ satisfied: against.length ? [] : satisfied, against, absent: 'identity or version problems' });
};
