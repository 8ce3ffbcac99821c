import type { RiskProfileConfig, ServerProfile, SourceFormat } from '../model/index.js';
import type { ProfileFragment } from './fragment.js';
import { mergeTools } from './tools.js';

/** Which format's identity wins when several name the server. */
const IDENTITY_RANK: Partial<Record<SourceFormat, number>> = {
  'registry-server-json': 6,
  'mcpb-manifest': 5,
  'docker-catalog': 4,
  'toolhive-spec': 3,
  'gemini-extension': 2,
};

/** Merges every fragment into the one ServerProfile the rest of the pipeline reads. Pure and order-independent. */
export function buildProfile(fragments: ProfileFragment[], config?: RiskProfileConfig, configPath?: string): ServerProfile {
  const sorted = [...fragments].sort((a, b) => (a.source.path < b.source.path ? -1 : a.source.path > b.source.path ? 1 : 0));
  const profile: ServerProfile = {
    sources: sorted.map((f) => f.source),
    packages: sorted.flatMap((f) => f.packages ?? []),
    transports: sorted.flatMap((f) => f.transports ?? []),
    remotes: sorted.flatMap((f) => f.remotes ?? []),
    secrets: dedupeSecrets(sorted.flatMap((f) => f.secrets ?? [])),
    tools: mergeTools(sorted.flatMap((f) => f.tools ?? [])).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    toolsIncomplete: sorted.some((f) => f.toolsIncomplete === true),
    oauthProviders: [...new Set(sorted.flatMap((f) => f.oauthProviders ?? []))],
    filesystemScopes: sorted.flatMap((f) => f.filesystemScopes ?? []),
    network: mergeNetwork(sorted),
    safetyKnobs: sorted.flatMap((f) => f.safetyKnobs ?? []),
    privacyPolicies: [...new Set(sorted.flatMap((f) => f.privacyPolicies ?? []))],
  };
  const byRank = [...sorted].sort((a, b) => (IDENTITY_RANK[b.source.format] ?? 0) - (IDENTITY_RANK[a.source.format] ?? 0));
  for (const key of ['name', 'title', 'version', 'description', 'repositoryUrl'] as const) {
    const value = byRank.map((f) => f.identity?.[key]).find((v) => v !== undefined && v !== '');
    if (value !== undefined) profile[key] = value;
  }
  if (!profile.name && config?.server?.name) profile.name = config.server.name;
  const serverType = sorted.map((f) => f.serverType).find((t) => t !== undefined);
  if (serverType) profile.serverType = serverType;
  const clientServers = sorted.flatMap((f) => f.clientServers ?? []);
  if (clientServers.length > 0) profile.clientServers = clientServers;
  if (config) profile.config = config;
  if (configPath) profile.configPath = configPath;
  return profile;
}

function dedupeSecrets(secrets: ServerProfile['secrets']): ServerProfile['secrets'] {
  const seen = new Set<string>();
  return secrets.filter((s) => {
    const key = `${s.kind}:${s.name}:${s.location?.path ?? ''}:${s.location?.line ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function mergeNetwork(fragments: ProfileFragment[]): ServerProfile['network'] {
  const withPolicy = fragments.map((f) => f.network).filter((n): n is NonNullable<typeof n> => !!n);
  if (withPolicy.length === 0) return {};
  const hosts = [...new Set(withPolicy.flatMap((n) => n.allowHosts ?? []))];
  const out: ServerProfile['network'] = {};
  if (hosts.length > 0) out.allowHosts = hosts;
  if (withPolicy.some((n) => n.disableNetwork)) out.disableNetwork = true;
  const loc = withPolicy[0]?.location;
  if (loc) out.location = loc;
  return out;
}
