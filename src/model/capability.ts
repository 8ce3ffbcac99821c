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

/** What a tool's call does, as opposed to what its annotations tell the client. */
export type ToolAction = 'read' | 'write' | 'destructive' | 'execute' | 'unknown';

/**
 * Effects a tool has on the world. `read`/`write`/`destructive`/`execute` follow its action;
 * the rest say what the action reaches.
 */
export const EFFECT_IDS = [
  'read',
  'write',
  'destructive',
  'execute',
  'money',
  'infrastructure',
  'publish',
  'private-data',
  'untrusted-content',
  'egress',
  'memory',
] as const;
export type EffectId = (typeof EFFECT_IDS)[number];

export type Confidence = 'high' | 'medium' | 'low';

/** One tool's inferred effect: what sets impact (declared annotations are what the client is told). */
export interface ToolEffect {
  tool: string;
  action: ToolAction;
  /** Where the action was read from. */
  actionSource: 'name' | 'description' | 'annotation' | 'http-method' | 'none';
  confidence: Confidence;
  effects: EffectId[];
  /** One short line per effect: what in the tool set it. */
  reasons: string[];
}

export interface CapabilityProfile {
  capabilities: Capability[];
  surface: SurfaceSummary;
  /** Each tool's inferred effect, in profile order. */
  effects: ToolEffect[];
}
