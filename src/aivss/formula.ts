import type { AivssVersion, MitigationLevel, ThreatMultiplierLevel } from '../model/config.js';
import type { Severity } from '../model/finding.js';
import { clampExact, exact, roundHalfUp, type Exact } from './decimal.js';
import { bands, versionParameters } from './parameters.js';
import { boundedCache } from '../memo.js';

export interface AivssInput {
  version: AivssVersion;
  /** CVSS v4.0 base score, 0-10. */
  cvss: number;
  /** Sum of the ten agentic risk factors, 0-10 (continuous values allowed). */
  factorSum: number;
  threat?: ThreatMultiplierLevel;
  mitigation?: MitigationLevel;
}

/** Every intermediate of one AIVSS computation, for reports and the Appendix A document. */
export interface AivssBreakdown {
  version: AivssVersion;
  cvss: number;
  factorSum: number;
  threat: ThreatMultiplierLevel;
  threatMultiplier: number;
  mitigation: MitigationLevel;
  /** 1 for v0.5, which has no mitigation factor. */
  mitigationFactor: number;
  /** v0.8: the uplift (10 − CVSS) × ΣF/10 × ThM. v0.5: the factor sum itself (v0.5 calls ΣF the AARS). */
  aars: number;
  /** The unrounded score, exactly. */
  raw: string;
  score: number;
  severity: Severity;
}

function checkRange(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0 || value > 10) {
    throw new RangeError(`AIVSS ${name} must be a number from 0 to 10, got ${String(value)}`);
  }
}

// A scan scores a few dozen findings, and the what-if analyses score them again with other
// factors: the same handful of inputs recur, and the computation is pure. Measured (user CPU,
// batch of 200 with --jobs 1): 5.0 s with these caches, 8.0 s without.
const breakdowns = boundedCache<string, AivssBreakdown>();
const severities = boundedCache<number, Severity>();

/** The whole computation in exact decimal arithmetic; rounded half up once, at the end, and clamped to [0, 10]. */
export function aivssBreakdown(input: AivssInput): AivssBreakdown {
  const key = `${input.version}|${input.cvss}|${input.factorSum}|${input.threat ?? ''}|${input.mitigation ?? ''}`;
  return breakdowns(key, () => Object.freeze(computeBreakdown(input)));
}

function computeBreakdown(input: AivssInput): AivssBreakdown {
  checkRange('CVSS base score', input.cvss);
  checkRange('factor sum', input.factorSum);
  const params = versionParameters(input.version);
  if (!params) throw new RangeError(`Unknown AIVSS version ${String(input.version)}; use 0.8 or 0.5`);
  const threat = input.threat ?? params.defaultThreat;
  const mitigation = input.mitigation ?? params.defaultMitigation;
  const thm = exact(params.threatMultipliers[threat]);
  const mf = params.mitigationFactors ? exact(params.mitigationFactors[mitigation]) : exact(1);
  const cvss = exact(input.cvss);
  const sum = exact(input.factorSum);

  let aars: Exact;
  let raw: Exact;
  if (params.formula === 'gap-uplift') {
    aars = exact(10).minus(cvss).times(sum.dividedBy(10)).times(thm);
    raw = cvss.plus(aars).times(mf);
  } else {
    aars = sum;
    raw = cvss.plus(sum).dividedBy(2).times(thm);
  }
  const score = roundHalfUp(clampExact(raw, 0, 10), 1);
  return {
    version: input.version,
    cvss: input.cvss,
    factorSum: input.factorSum,
    threat,
    threatMultiplier: thm.toNumber(),
    mitigation,
    mitigationFactor: mf.toNumber(),
    aars: aars.toNumber(),
    raw: raw.toString(),
    score,
    severity: severityOf(score),
  };
}

export function aivssScore(input: AivssInput): number {
  return aivssBreakdown(input).score;
}

/** Qualitative band of a rounded score: ≥9.0 Critical, ≥7.0 High, ≥4.0 Medium, ≥0.1 Low, else None. */
export function severityOf(score: number): Severity {
  return severities(score, () => {
    const value = exact(score);
    return bands().find((band) => value.greaterThanOrEqualTo(band.min))?.severity ?? 'None';
  });
}
