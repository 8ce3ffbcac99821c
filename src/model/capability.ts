import type { Location } from './location.js';

/** Capability ids are a stable interface (SPEC §10). */
export const CAPABILITY_IDS = [
  'write',
  'destructive',
  'remote',
  'local-http',
  'credentials',
  'external-content',
  'url-parameters',
  'code-execution',
  'filesystem',
  'oauth-proxy',
  'stateful',
  'production-control',
] as const;

export type CapabilityId = (typeof CAPABILITY_IDS)[number];

/** Why a capability was detected: which tool, field or file, and by which rule. */
export interface Evidence {
  /** e.g. `annotation`, `name-verb`, `http-method`, `manifest-field`, `scope`, `spec-default`. */
  kind: string;
  detail: string;
  tool?: string;
  location?: Location;
}

export interface Capability {
  id: CapabilityId;
  evidence: Evidence[];
}

/** What the gate knows about the tool surface as a whole. */
export interface SurfaceSummary {
  toolCount: number;
  /** True when no source listed any tool: the surface is unknown, never "safe". */
  unknown: boolean;
  incomplete: boolean;
  annotated: number;
  readOnly: number;
  destructive: number;
  openWorld: number;
}

export interface CapabilityProfile {
  capabilities: Capability[];
  surface: SurfaceSummary;
}
