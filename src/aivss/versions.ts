import rubric05 from '../../data/aivss/rubric-v0.5.json' with { type: 'json' };
import rubric08 from '../../data/aivss/rubric-v0.8.json' with { type: 'json' };
import scoringData from '../../data/aivss/scoring.json' with { type: 'json' };
import type { AivssVersion, MitigationLevel, ThreatMultiplierLevel } from '../model/config.js';

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

/**
 * Everything one OWASP AIVSS version brings. Adding a version is one entry here (plus its data
 * files): the adapters, the policy parser, the profile check and the report take the list from it.
 */
export interface AivssVersionEntry {
  version: AivssVersion;
  /** Factor ids in the exact order the version lists them (SPEC §10); its rubric must match. */
  factors: readonly string[];
  /** The rubric document (data/aivss/rubric-v*.json, schemas/aivss-rubric.schema.json). */
  rubric: unknown;
  /** Formula and multipliers (data/aivss/scoring.json). */
  parameters: VersionParameters;
  /**
   * The version whose Appendix-A assessment document the report carries. OWASP published one
   * shape (v0.8's); a version without its own names the shape it is reported in.
   */
  assessment: AivssVersion;
}

const SCORING = scoringData as unknown as { versions: Record<string, VersionParameters> };

const REGISTRY = new Map<AivssVersion, AivssVersionEntry>();

export class AivssVersionError extends Error {
  override readonly name = 'AivssVersionError';
}

/** Adds a version (the built-ins below; tests add fixtures). Replacing a built-in is refused. */
export function registerAivssVersion(entry: AivssVersionEntry): void {
  if (REGISTRY.has(entry.version)) throw new AivssVersionError(`AIVSS version ${entry.version} is already registered`);
  if (!/^[0-9]+\.[0-9]+$/.test(entry.version)) throw new AivssVersionError(`AIVSS version "${entry.version}" must look like 0.8`);
  if (entry.version !== entry.assessment && !REGISTRY.has(entry.assessment)) {
    throw new AivssVersionError(`AIVSS version ${entry.version} is assessed as ${entry.assessment}, which is not registered`);
  }
  REGISTRY.set(entry.version, Object.freeze({ ...entry, factors: Object.freeze([...entry.factors]) }));
}

registerAivssVersion({
  version: '0.8',
  factors: [
    'executionAutonomy',
    'externalToolControlSurface',
    'naturalLanguageInterface',
    'contextualAwareness',
    'behavioralNonDeterminism',
    'opacityReflexivity',
    'persistentStateRetention',
    'dynamicIdentity',
    'multiAgentInteractions',
    'selfModification',
  ],
  rubric: rubric08,
  parameters: SCORING.versions['0.8']!,
  assessment: '0.8',
});

registerAivssVersion({
  version: '0.5',
  factors: [
    'autonomyOfAction',
    'goalDrivenPlanning',
    'selfModification',
    'dynamicToolUse',
    'persistentMemory',
    'contextualAwareness',
    'dynamicIdentity',
    'multiAgentInteractions',
    'nonDeterminism',
    'opacityReflexivity',
  ],
  rubric: rubric05,
  parameters: SCORING.versions['0.5']!,
  assessment: '0.8',
});

export const DEFAULT_AIVSS_VERSION: AivssVersion = '0.8';

/** The registered versions, in registration order (built-ins first). */
export function aivssVersions(): AivssVersion[] {
  return [...REGISTRY.keys()];
}

export function isAivssVersion(value: unknown): value is AivssVersion {
  return typeof value === 'string' && REGISTRY.has(value);
}

export function aivssVersion(version: AivssVersion): AivssVersionEntry {
  const entry = REGISTRY.get(version);
  if (!entry) throw new AivssVersionError(`Unknown AIVSS version ${String(version)}; use ${aivssVersions().join(' or ')}`);
  return entry;
}
