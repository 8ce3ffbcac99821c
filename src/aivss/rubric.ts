import type { AivssVersion } from '../model/config.js';
import type { Condition } from '../conditions/types.js';
import { aivssVersion, aivssVersions, isAivssVersion } from './versions.js';

/** A factor grade the OWASP specifications allow. */
export type FactorLevel = 0 | 0.5 | 1;

export type { Condition, ToolMatch, ProfileFact, ControlCondStatus } from '../conditions/types.js';

export interface RubricRule {
  level: FactorLevel;
  when: Condition;
  /** Placeholders: {tools} (names, shortened), {count} (distinct tools), {details} (non-tool evidence), {evidence} (tools, else details). */
  reason: string;
}

export interface RubricFactor {
  id: string;
  name: string;
  /** Key in the version's Appendix A JSON. */
  appendixKey: string;
  /** Two-letter key in the local factor vector string. */
  vectorKey: string;
  /** The version's own wording of each grade (paraphrased). */
  levels: { '0': string; '0.5': string; '1': string };
  /** Used when no rule matches. */
  otherwise: { level: FactorLevel; reason: string };
  rules: RubricRule[];
}

export interface Rubric {
  version: AivssVersion;
  rubricRevision: number;
  factors: RubricFactor[];
}

/** Factor ids in the exact order each built-in OWASP version lists them (SPEC §10); from the registry. */
export const FACTOR_IDS: Readonly<Record<AivssVersion, readonly string[]>> = Object.fromEntries(
  aivssVersions().map((v) => [v, aivssVersion(v).factors]),
);

/** A registered version's factor ids, in order. */
export function factorIdsOf(version: AivssVersion): readonly string[] {
  return aivssVersion(version).factors;
}

export class RubricError extends Error {
  override readonly name = 'RubricError';
}

const loaded = new Map<AivssVersion, Rubric>();

export function collectPatterns(cond: Condition, out: string[]): void {
  if ('tools' in cond) {
    for (const key of ['name', 'text', 'inputProperty'] as const) {
      const p = cond.tools[key];
      if (p !== undefined) out.push(p);
    }
  } else if ('all' in cond) cond.all.forEach((c) => collectPatterns(c, out));
  else if ('any' in cond) cond.any.forEach((c) => collectPatterns(c, out));
  else if ('not' in cond) collectPatterns(cond.not, out);
}


/**
 * The bundled rubric of a version. Its schema validation runs in the test suite (validateRubric),
 * not on every start: compiling the schema would cost more than the whole scan of a small server.
 */
export function rubricFor(version: AivssVersion): Rubric {
  const hit = loaded.get(version);
  if (hit) return hit;
  if (!isAivssVersion(version)) throw new RubricError(`Unknown AIVSS version ${String(version)}; use ${aivssVersions().join(' or ')}`);
  const rubric = aivssVersion(version).rubric as Rubric;
  if (rubric.version !== version) throw new RubricError(`AIVSS rubric declares version ${rubric.version}, expected ${version}`);
  loaded.set(version, rubric);
  return rubric;
}
