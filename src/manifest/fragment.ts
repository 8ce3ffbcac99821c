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
import type { ParsedDocument } from './parse.js';

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
  /** Servers an MCP client configuration lists (`.mcp.json`, `.vscode/mcp.json`), by their key. */
  clientServers?: { name: string; location: Location }[];
}

/** The repository location of a value in a parsed manifest (the line of its key or item). */
export function locator(doc: ParsedDocument): (path: (string | number)[]) => Location {
  return (path) => ({ path: doc.path, line: doc.locate(path).line });
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
