import scoringData from '../../data/aivss/scoring.json' with { type: 'json' };
import type { AivssVersion } from '../model/config.js';
import type { Severity } from '../model/finding.js';
import { aivssVersion, aivssVersions, type VersionParameters } from './versions.js';

export type { Formula, VersionParameters } from './versions.js';
export { DEFAULT_AIVSS_VERSION, isAivssVersion } from './versions.js';

export interface ScoringParameters {
  /** Each registered version's parameters (src/aivss/versions.ts). */
  versions: Record<AivssVersion, VersionParameters>;
  bands: { min: string; severity: Severity }[];
}

const BANDS = (scoringData as unknown as { bands: ScoringParameters['bands'] }).bands;

/** The formula parameters: the bands, and each version's from the registry. */
export function scoringParameters(): ScoringParameters {
  return { versions: Object.fromEntries(aivssVersions().map((v) => [v, aivssVersion(v).parameters])), bands: BANDS };
}

/** One version's parameters (throws for a version not in the registry). */
export function versionParameters(version: AivssVersion): VersionParameters {
  return aivssVersion(version).parameters;
}

/** The severity bands, highest first. */
export function bands(): ScoringParameters['bands'] {
  return BANDS;
}
