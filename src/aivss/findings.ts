import type { AivssVersion, FindingOverride, RiskProfileConfig } from '../model/config.js';
import type { FactorResult } from '../model/factor.js';
import type { Finding, FindingDraft, Severity } from '../model/finding.js';
import { CvssVectorError, cvss4BaseScore, threatFromExploitMaturity } from './cvss.js';
import { aivssBreakdown, severityOf } from './formula.js';
import { factorSum } from './posture.js';

/** A finding whose CVSS vector cannot be scored; says whether the vector came from the profile or the catalog. */
export class FindingScoreError extends Error {
  override readonly name = 'FindingScoreError';
  constructor(
    readonly findingId: string,
    readonly vector: string,
    readonly problem: string,
    readonly fromProfile: boolean,
  ) {
    super(
      `Finding ${findingId}: ${problem}` +
        (fromProfile ? ' (the vector comes from findings[] in .mcp-risk.yml; fix or remove that override)' : ' (the vector comes from the control catalog)'),
    );
  }
}

/** The profile's override for a finding: by exact finding id first, then by its control id. */
export function findingOverrideFor(config: RiskProfileConfig | undefined, draft: FindingDraft): FindingOverride | undefined {
  const overrides = config?.findings ?? [];
  return (
    overrides.find((o) => o.id === draft.id) ??
    (draft.controlId !== undefined ? overrides.find((o) => o.id === draft.controlId) : undefined)
  );
}

/**
 * Scores each finding: CVSS v4.0 base score of its vector, then AIVSS with the server's factors.
 * Precedence for the vector, threat and mitigation: the profile's findings[] override, then the
 * draft, then (threat only) the vector's Exploit Maturity, then the profile's `aivss` defaults,
 * then the version's defaults (ThM PoC 0.97, MF none 1.00).
 */
export function scoreFindings(
  drafts: readonly FindingDraft[],
  factors: readonly FactorResult[],
  version: AivssVersion,
  config?: RiskProfileConfig,
): Finding[] {
  const sum = factorSum(factors);
  const cvssCache = new Map<string, number>();
  return drafts.map((draft) => {
    const override = findingOverrideFor(config, draft);
    const vector = override?.cvss ?? draft.cvssVector;
    let cvss = cvssCache.get(vector);
    let exploitThreat;
    try {
      if (cvss === undefined) {
        cvss = cvss4BaseScore(vector);
        cvssCache.set(vector, cvss);
      }
      exploitThreat = threatFromExploitMaturity(vector);
    } catch (e) {
      if (e instanceof CvssVectorError) throw new FindingScoreError(draft.id, vector, e.message, override?.cvss !== undefined);
      throw e;
    }
    const breakdown = aivssBreakdown({
      version,
      cvss,
      factorSum: sum,
      threat: override?.threat ?? draft.threat ?? exploitThreat ?? config?.aivss?.threat,
      mitigation: override?.mitigation ?? draft.mitigation ?? config?.aivss?.mitigation,
    });
    return {
      ...draft,
      cvssVector: vector,
      threat: breakdown.threat,
      mitigation: breakdown.mitigation,
      cvss: { vector, score: cvss },
      aivss: breakdown.score,
      severity: breakdown.severity,
    };
  });
}

export interface ServerScore {
  score: number;
  severity: Severity;
  /** The finding that sets the score, when there is one. */
  findingId?: string;
}

/**
 * The server's risk score is its worst finding (AIVSS v0.8 forbids averaging across findings);
 * 0.0 with no findings. Waived findings are reported but do not count unless asked.
 */
export function serverScore(findings: readonly Finding[], options: { includeWaived?: boolean } = {}): ServerScore {
  let worst: Finding | undefined;
  for (const f of findings) {
    if (f.waived && !options.includeWaived) continue;
    if (!worst || f.aivss > worst.aivss || (f.aivss === worst.aivss && f.id < worst.id)) worst = f;
  }
  if (!worst) return { score: 0, severity: severityOf(0) };
  return { score: worst.aivss, severity: worst.severity, findingId: worst.id };
}
