import type { Location } from './location.js';
import type { SourceRef } from './source.js';
import type { ToolRecord } from './tool.js';
import type { RiskProfileConfig } from './config.js';

export type TransportType = 'stdio' | 'streamable-http' | 'sse' | 'http';

export interface Transport {
  type: TransportType;
  url?: string;
  /** `package` = a process the host starts; `remote` = a hosted endpoint. */
  via: 'package' | 'remote';
  location?: Location;
}

export interface PackageInfo {
  registryType?: string;
  identifier?: string;
  version?: string;
  runtimeHint?: string;
  fileSha256?: string;
  transport: TransportType;
  /** Arguments as written (runtime and package arguments), for posture checks such as `--network host`. */
  arguments: string[];
  location?: Location;
}

export interface RemoteHeader {
  name: string;
  isSecret: boolean;
  isRequired: boolean;
}

export interface RemoteEndpoint {
  type: TransportType;
  url: string;
  headers: RemoteHeader[];
  location?: Location;
}

export type SecretKind = 'env' | 'header' | 'user-config' | 'argument' | 'config-schema';

export interface SecretRef {
  name: string;
  kind: SecretKind;
  /** True when the source marks it secret (`isSecret`, `sensitive`, `secret`); false when only its name says so. */
  markedSecret: boolean;
  required: boolean;
  location?: Location;
}

/** A setting that lowers risk when enabled (read-only modes, tool allow-lists, confirmation lists). */
export interface SafetyKnob {
  name: string;
  kind: 'read-only' | 'disabled-tools' | 'confirmation' | 'operations-gate' | 'network';
  location?: Location;
}

export interface NetworkPolicy {
  /** Hosts the server may reach, when a catalog entry pins them. */
  allowHosts?: string[];
  disableNetwork?: boolean;
  location?: Location;
}

export interface ServerProfile {
  name?: string;
  title?: string;
  version?: string;
  description?: string;
  repositoryUrl?: string;
  sources: SourceRef[];
  packages: PackageInfo[];
  transports: Transport[];
  remotes: RemoteEndpoint[];
  secrets: SecretRef[];
  tools: ToolRecord[];
  /** A source said its tool list is generated at run time or incomplete (`tools_generated`, `dynamic.tools`). */
  toolsIncomplete: boolean;
  /** OAuth providers a catalog entry or extension declares (`oauth: github`, `oauth.enabled`). */
  oauthProviders: string[];
  filesystemScopes: Location[];
  network: NetworkPolicy;
  safetyKnobs: SafetyKnob[];
  privacyPolicies: string[];
  /** Server kind declared by MCPB (`node`, `python`, `binary`, `uv`). */
  serverType?: string;
  /** Servers the repository's MCP client configurations list, by name: the toxic-flow check looks across them. */
  clientServers?: { name: string; location: Location }[];
  /** The project's own `.mcp-risk.yml`, validated; absent when the repository has none. */
  config?: RiskProfileConfig;
  configPath?: string;
}
