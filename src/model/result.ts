import type { InputError, Notice } from './location.js';
import type { AivssVersion } from './config.js';
import type { SourceRef } from './source.js';
import type { ServerProfile } from './profile.js';
import type { CapabilityProfile } from './capability.js';
import type { FactorResult } from './factor.js';
import type { ControlResult } from './control.js';
import type { LayerId } from './layer.js';
import type { Finding, Severity } from './finding.js';

export interface LayerSummary {
  layer: LayerId;
  name: string;
  required: number;
  present: number;
  missing: number;
  waived: number;
}

export interface Decision {
  result: 'pass' | 'fail' | 'warn';
  reasons: string[];
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
  score?: number;
  severity?: Severity;
  controls?: ControlResult[];
  layers?: LayerSummary[];
  findings?: Finding[];
  decision?: Decision;
  errors: InputError[];
  notices: Notice[];
}
