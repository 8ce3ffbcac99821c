import type { ThreatMultiplierLevel } from '../model/config.js';
import { lazy } from '../lazy.js';
import precomputed from './generated/cvss-base-scores.json' with { type: 'json' };

/**
 * CVSS v4.0 scoring. The arithmetic (macrovectors, EQ table, severity distances) is FIRST's
 * algorithm as implemented by ae-cvss-calculator; this module adds the strict parsing that
 * library leaves out (it skips unknown or missing metrics silently), so a bad vector in the
 * catalog or a profile fails loudly instead of scoring as 0.
 */

/** Metric order and allowed values from the CVSS v4.0 specification, §7 (vector string). */
const METRICS: readonly { key: string; values: readonly string[]; base: boolean }[] = [
  { key: 'AV', values: ['N', 'A', 'L', 'P'], base: true },
  { key: 'AC', values: ['L', 'H'], base: true },
  { key: 'AT', values: ['N', 'P'], base: true },
  { key: 'PR', values: ['N', 'L', 'H'], base: true },
  { key: 'UI', values: ['N', 'P', 'A'], base: true },
  { key: 'VC', values: ['H', 'L', 'N'], base: true },
  { key: 'VI', values: ['H', 'L', 'N'], base: true },
  { key: 'VA', values: ['H', 'L', 'N'], base: true },
  { key: 'SC', values: ['H', 'L', 'N'], base: true },
  { key: 'SI', values: ['H', 'L', 'N'], base: true },
  { key: 'SA', values: ['H', 'L', 'N'], base: true },
  { key: 'E', values: ['X', 'A', 'P', 'U'], base: false },
  { key: 'CR', values: ['X', 'H', 'M', 'L'], base: false },
  { key: 'IR', values: ['X', 'H', 'M', 'L'], base: false },
  { key: 'AR', values: ['X', 'H', 'M', 'L'], base: false },
  { key: 'MAV', values: ['X', 'N', 'A', 'L', 'P'], base: false },
  { key: 'MAC', values: ['X', 'L', 'H'], base: false },
  { key: 'MAT', values: ['X', 'N', 'P'], base: false },
  { key: 'MPR', values: ['X', 'N', 'L', 'H'], base: false },
  { key: 'MUI', values: ['X', 'N', 'P', 'A'], base: false },
  { key: 'MVC', values: ['X', 'H', 'L', 'N'], base: false },
  { key: 'MVI', values: ['X', 'H', 'L', 'N'], base: false },
  { key: 'MVA', values: ['X', 'H', 'L', 'N'], base: false },
  { key: 'MSC', values: ['X', 'H', 'L', 'N'], base: false },
  { key: 'MSI', values: ['X', 'S', 'H', 'L', 'N'], base: false },
  { key: 'MSA', values: ['X', 'S', 'H', 'L', 'N'], base: false },
  { key: 'S', values: ['X', 'N', 'P'], base: false },
  { key: 'AU', values: ['X', 'N', 'Y'], base: false },
  { key: 'R', values: ['X', 'A', 'U', 'I'], base: false },
  { key: 'V', values: ['X', 'D', 'C'], base: false },
  { key: 'RE', values: ['X', 'L', 'M', 'H'], base: false },
  { key: 'U', values: ['X', 'Clear', 'Green', 'Amber', 'Red'], base: false },
];

const PREFIX = 'CVSS:4.0/';

/**
 * Base scores of every vector in the bundled data, computed by ae-cvss-calculator at build time
 * (scripts/gen-cvss-scores.mjs; a test keeps it fresh). Only a vector a user writes in the profile
 * loads the calculator, which costs more at start-up than the rest of a small scan.
 */
const PRECOMPUTED: Readonly<Record<string, number>> = precomputed.scores;

// The vectors the scenario rules can compose, as "<eleven metric values><score in tenths>" entries;
// indexed on first use.
let composedIndex: Map<string, number> | undefined;

function composedScore(baseVector: string): number | undefined {
  if (!composedIndex) {
    composedIndex = new Map();
    for (const entry of precomputed.composed.split(' ')) composedIndex.set(entry.slice(0, 11), Number(entry.slice(11)) / 10);
  }
  let key = '';
  for (const part of baseVector.slice(PREFIX.length).split('/')) key += part.slice(part.indexOf(':') + 1);
  return key.length === 11 ? composedIndex.get(key) : undefined;
}

const aeCvss = lazy(() => require('ae-cvss-calculator') as typeof import('ae-cvss-calculator'));

/** A CVSS vector that cannot be scored: names the vector and what is wrong with it. */
export class CvssVectorError extends Error {
  override readonly name = 'CvssVectorError';
  constructor(
    readonly vector: string,
    readonly problem: string,
  ) {
    super(`Invalid CVSS v4.0 vector "${vector}": ${problem}`);
  }
}

export interface ParsedCvss4 {
  /** The metrics as written, in specification order. */
  metrics: ReadonlyMap<string, string>;
  /** The base metrics only, in canonical form (what the base score is computed from). */
  baseVector: string;
}

// Vectors repeat across findings and re-scorings: parse each distinct one once.
const parsedCache = new Map<string, ParsedCvss4>();

export function parseCvss4Vector(vector: string): ParsedCvss4 {
  const hit = parsedCache.get(vector);
  if (hit) return hit;
  const parsed = parseUncached(vector);
  if (parsedCache.size < 4096) parsedCache.set(vector, parsed);
  return parsed;
}

function parseUncached(vector: string): ParsedCvss4 {
  if (typeof vector !== 'string' || vector.trim() === '') {
    throw new CvssVectorError(String(vector), 'the vector is empty');
  }
  if (!vector.startsWith(PREFIX)) {
    const version = /^CVSS:(\d+(?:\.\d+)?)\//.exec(vector)?.[1];
    throw new CvssVectorError(
      vector,
      version
        ? `it is a CVSS ${version} vector; AIVSS needs CVSS v4.0 (prefix "${PREFIX}")`
        : `it must start with "${PREFIX}"`,
    );
  }
  const parts = vector.slice(PREFIX.length).split('/');
  const metrics = new Map<string, string>();
  let lastIndex = -1;
  for (const part of parts) {
    const match = /^([A-Z]+):([A-Za-z]+)$/.exec(part);
    if (!match) throw new CvssVectorError(vector, `"${part}" is not a METRIC:VALUE pair`);
    const [, key = '', value = ''] = match;
    const index = METRICS.findIndex((m) => m.key === key);
    const def = METRICS[index];
    if (!def) throw new CvssVectorError(vector, `unknown metric "${key}"`);
    if (metrics.has(key)) throw new CvssVectorError(vector, `metric "${key}" appears more than once`);
    if (!def.values.includes(value)) {
      throw new CvssVectorError(vector, `metric "${key}" has value "${value}"; allowed: ${def.values.join(', ')}`);
    }
    if (index < lastIndex) {
      throw new CvssVectorError(vector, `metric "${key}" is out of order; the specification order is ${METRICS.map((m) => m.key).join('/')}`);
    }
    lastIndex = index;
    metrics.set(key, value);
  }
  const missing = METRICS.filter((m) => m.base && !metrics.has(m.key)).map((m) => m.key);
  if (missing.length > 0) {
    throw new CvssVectorError(vector, `missing mandatory base metric${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  }
  const baseVector =
    PREFIX +
    METRICS.filter((m) => m.base)
      .map((m) => `${m.key}:${metrics.get(m.key) ?? ''}`)
      .join('/');
  return { metrics, baseVector };
}

/** CVSS v4.0 base score (CVSS-B) of a vector; threat and environmental metrics are validated but not applied. */
// A pure function of its input: a scan scores the same few dozen catalog vectors many times.
const scoreCache = new Map<string, number>();

export function cvss4BaseScore(vector: string): number {
  const cached = scoreCache.get(vector);
  if (cached !== undefined) return cached;
  const { baseVector } = parseCvss4Vector(vector);
  const score = PRECOMPUTED[baseVector] ?? composedScore(baseVector) ?? new (aeCvss().Cvss4P0)(baseVector).calculateScores().overall;
  if (!Number.isFinite(score) || score < 0 || score > 10) {
    throw new CvssVectorError(vector, `the calculator returned ${String(score)}`);
  }
  if (scoreCache.size < 4096) scoreCache.set(vector, score);
  return score;
}

/** AIVSS ties its threat multiplier to CVSS v4 Exploit Maturity (v0.5 §4.1.4): E:A/P/U → attacked/poc/unreported. */
export function threatFromExploitMaturity(vector: string): ThreatMultiplierLevel | undefined {
  const e = parseCvss4Vector(vector).metrics.get('E');
  if (e === 'A') return 'attacked';
  if (e === 'P') return 'poc';
  if (e === 'U') return 'unreported';
  return undefined;
}
