import type {
  Location,
  NetworkPolicy,
  PackageInfo,
  RemoteEndpoint,
  SafetyKnob,
  SecretRef,
  SourceRef,
  ToolRecord,
  Transport,
} from '../model/index.js';

/** What one manifest contributes; fragments are merged into the single ServerProfile. */
export interface ProfileFragment {
  source: SourceRef;
  identity?: { name?: string; title?: string; version?: string; description?: string; repositoryUrl?: string };
  packages?: PackageInfo[];
  transports?: Transport[];
  remotes?: RemoteEndpoint[];
  secrets?: SecretRef[];
  tools?: ToolRecord[];
  toolsIncomplete?: boolean;
  oauthProviders?: string[];
  filesystemScopes?: Location[];
  network?: NetworkPolicy;
  safetyKnobs?: SafetyKnob[];
  privacyPolicies?: string[];
  serverType?: string;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** camelCase with the legacy snake_case spelling as fallback (server.json 2025-07-09). */
export function pick(o: Record<string, unknown>, camel: string, snake: string): unknown {
  return o[camel] !== undefined ? o[camel] : o[snake];
}
