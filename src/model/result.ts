import type { Scenario } from './scenario.js';
import type { InputError, Notice } from './location.js';
import type { AivssVersion } from './config.js';
import type { SourceRef } from './source.js';
import type { ServerProfile } from './profile.js';
import type { CapabilityProfile } from './capability.js';
import type { FactorResult } from './factor.js';
import type { ControlResult } from './control.js';
import type { LayerId } from './layer.js';
import type { Finding, Severity } from './finding.js';
import type { ProfileChanges } from './profile-changes.js';

export interface LayerSummary {
  layer: LayerId;
  name: string;
  required: number;
  present: number;
  missing: number;
  waived: number;
}

/** The score after one fix, re-scored by the real pipeline (not estimated). */
export interface ScoreImprovement {
  findingId: string;
  controlId?: string;
  title: string;
  removes: string[];
  before: { score: number; severity: Severity; posture: number };
  after: { score: number; severity: Severity; posture: number; requiredMissing?: string[]; recommendedMissing?: string[] };
  factorChanges: { id: string; name: string; before: number; after: number }[];
}

/** One step of the cumulative path to a lower score: this fix plus every fix before it. */
export interface FixStep {
  fix: string;
  controlId?: string;
  title: string;
  removes: string[];
  after: { score: number; severity: Severity; posture: number; requiredMissing?: string[]; recommendedMissing?: string[] };
  factorChanges: { id: string; name: string; before: number; after: number }[];
}

/** How the committed mcp-tools.lock.json compares with the tools seen now. */
export interface LockStatus {
  path: string;
  state: 'match' | 'mismatch' | 'missing' | 'invalid' | 'not-checked';
  added: string[];
  removed: string[];
  changed: { name: string; fields: string[] }[];
  /** SHA-256 per tool now (for waivers bound to a tool's hash). */
  hashes: Record<string, string>;
}

/** What live introspection saw (present only when it ran). */
export interface IntrospectionSummary {
  target: string;
  serverName?: string;
  serverVersion?: string;
  protocolVersion?: string;
  tools: number;
  prompts: number;
  resources: number;
  truncated: boolean;
  notes: string[];
}

export interface WaiverReport {
  id: string;
  tool?: string;
  state: 'applied' | 'expired' | 'hash-changed' | 'invalid' | 'unused';
  expires: string;
  owner?: string;
  daysLeft?: number;
  matched: string[];
  message: string;
}

/** The fewest fixes that make the run pass its policy, re-scored, or why none can. */
export interface WayToPass {
  /** False when no sequence of catalog fixes passes the policy. */
  possible: boolean;
  /** The fixes in order; each `score` includes the fixes before it. */
  fixes: { fix: string; title: string; score: number; severity: Severity }[];
  /** The score after the last fix listed. */
  score: number;
  /** Why no fix passes, or what else it takes. */
  why?: string;
}

export interface Decision {
  /** `error`: an input could not be read or was refused, so the result is incomplete and never passes. */
  result: 'pass' | 'fail' | 'warn' | 'error';
  reasons: string[];
  /** When the policy fails: the fewest fixes that pass it, re-scored, or why none can. */
  wayToPass?: WayToPass;
}

/**
 * The one report model every renderer reads. Stages that have not run leave their
 * fields undefined: a missing field is never faked.
 */
export interface ScanResult {
  tool: { name: 'mcp-risk-gate'; version: string };
  aivssVersion: AivssVersion;
  server: { name?: string; title?: string; version?: string; sources: SourceRef[] };
  profile: ServerProfile;
  capabilities: CapabilityProfile;
  factors?: FactorResult[];
  posture?: number;
  /** Σ factors with each factor snapped to 0 / 0.5 / 1 (differs from posture only with continuous overrides). */
  postureSnapped?: number;
  /** A local (non-OWASP) vector string of the factor values, labelled as such. */
  factorVector?: string;
  /** The threat scenarios of this server, each composed from its evidence and scored; worst first. */
  scenarios?: Scenario[];
  /** The finding that sets the score. */
  scoreFindingId?: string;
  /** What would lower the score most: the top fixes, each re-scored. */
  improvements?: ScoreImprovement[];
  /** Fixes in the order that lowers the score, each step cumulative (the worst finding first). */
  fixPath?: FixStep[];
  /** The v0.8 Appendix-A-shaped assessment document. */
  assessment?: Record<string, unknown>;
  lock?: LockStatus;
  waivers?: WaiverReport[];
  introspection?: IntrospectionSummary;
  /** With a base ref: what the pull request changes in its own profile, and whether that was approved. */
  profileChanges?: ProfileChanges;
  score?: number;
  severity?: Severity;
  controls?: ControlResult[];
  layers?: LayerSummary[];
  findings?: Finding[];
  decision?: Decision;
  errors: InputError[];
  notices: Notice[];
}
