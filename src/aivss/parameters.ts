import { Ajv } from 'ajv';
import scoringData from '../../data/aivss/scoring.json' with { type: 'json' };
import scoringSchema from '../../schemas/aivss-scoring.schema.json' with { type: 'json' };
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

/** The formula parameters, validated against their schema once (the data file is bundled). */
export function scoringParameters(): ScoringParameters {
  if (cached) return cached;
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = ajv.compile(scoringSchema);
  if (!validate(scoringData)) {
    throw new Error(`data/aivss/scoring.json does not match its schema: ${ajv.errorsText(validate.errors)}`);
  }
  cached = scoringData as unknown as ScoringParameters;
  return cached;
}

export function isAivssVersion(value: unknown): value is AivssVersion {
  return value === '0.8' || value === '0.5';
}
