import scoringData from '../../data/aivss/scoring.json' with { type: 'json' };
import type { AivssVersion, MitigationLevel, ThreatMultiplierLevel } from '../model/config.js';
import type { Severity } from '../model/finding.js';

export type Formula = 'gap-uplift' | 'average';

export interface VersionParameters {
  title: string;
  formula: Formula;
  threatMultipliers: Record<ThreatMultiplierLevel, string>;
  defaultThreat: ThreatMultiplierLevel;
  /** null: the version has no mitigation factor (v0.5). */
  mitigationFactors: Record<MitigationLevel, string> | null;
  defaultMitigation: MitigationLevel;
  source: string;
}

export interface ScoringParameters {
  versions: Record<AivssVersion, VersionParameters>;
  bands: { min: string; severity: Severity }[];
}

export const AIVSS_VERSIONS: readonly AivssVersion[] = ['0.8', '0.5'];
export const DEFAULT_AIVSS_VERSION: AivssVersion = '0.8';

let cached: ScoringParameters | undefined;

/** The formula parameters (the bundled data file; `validateScoringData` checks it in the tests). */
export function scoringParameters(): ScoringParameters {
  cached ??= scoringData as unknown as ScoringParameters;
  return cached;
}


export function isAivssVersion(value: unknown): value is AivssVersion {
  return value === '0.8' || value === '0.5';
}
