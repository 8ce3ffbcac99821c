import categoriesData from '../../data/aivss/owasp-categories.json' with { type: 'json' };
import type { AivssVersion } from '../model/config.js';
import type { FactorResult } from '../model/factor.js';
import type { Finding, Severity } from '../model/finding.js';
import { aivssBreakdown } from './formula.js';
import { factorSum } from './posture.js';
import { factorIdsOf, rubricFor } from './rubric.js';

interface CategoryMap {
  categories: string[];
  byControl: Record<string, string>;
  byKind: Record<string, string>;
  fallback: string;
}

let categoryMap: CategoryMap | undefined;


function categories(): CategoryMap {
  if (categoryMap) return categoryMap;
  const map = categoriesData as unknown as CategoryMap;
  const unknown = [...Object.values(map.byControl), ...Object.values(map.byKind), map.fallback].filter((c) => !map.categories.includes(c));
  if (unknown.length > 0) throw new Error(`data/aivss/owasp-categories.json maps to unlisted categories: ${[...new Set(unknown)].join(', ')}`);
  categoryMap = map;
  return map;
}

export function owaspCategoryOf(finding: Pick<Finding, 'controlId' | 'kind'>): string {
  const map = categories();
  return (finding.controlId !== undefined ? map.byControl[finding.controlId] : undefined) ?? map.byKind[finding.kind] ?? map.fallback;
}

/** The ten v0.8 amplification factors under their Appendix A keys. */
export type AmplificationFactors = Record<
  'autonomy' | 'tools' | 'language' | 'context' | 'non_determinism' | 'opacity' | 'persistence' | 'identity' | 'multi_agent' | 'self_mod',
  number
>;

export interface AppendixVulnerability {
  id: string;
  title: string;
  description: string;
  owasp_category: string;
  cvss_base: { vector_string: string; score: number };
  amplification_factors: AmplificationFactors;
  threat_multiplier: number;
  scores: {
    factor_sum: number;
    aars: number;
    mitigation_factor: number;
    aivss: number;
    /** Omitted for 0.0: the v0.8 severity enum has no "None". */
    severity?: Exclude<Severity, 'None'>;
  };
}

/** Shaped after the AIVSS v0.8 Appendix A schema ("AIVSS-Agentic Assessment Schema"). */
export interface AppendixAssessment {
  metadata: { system_name: string; system_version?: string; assessment_date: string; assessor_id: string; notes?: string };
  vulnerabilities: AppendixVulnerability[];
}

export interface AppendixInput {
  systemName: string;
  systemVersion?: string;
  /** YYYY-MM-DD; the caller supplies "today" (the core reads no clock). */
  assessmentDate: string;
  assessorId: string;
  notes?: string;
  findings: readonly Finding[];
  /** The v0.8 factors (infer them with version 0.8 even when reporting v0.5). */
  factors: readonly FactorResult[];
}

/** The version whose Appendix A shape this module writes (the only one OWASP published). */
export const APPENDIX_VERSION = '0.8';

/** Builds the v0.8 Appendix A document; every score in it is recomputed with the v0.8 formula. */
export function appendixAssessment(input: AppendixInput): AppendixAssessment {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.assessmentDate)) {
    throw new RangeError(`assessmentDate must be YYYY-MM-DD, got "${input.assessmentDate}"`);
  }
  const ids = input.factors.map((f) => f.id);
  if (ids.join(',') !== factorIdsOf(APPENDIX_VERSION).join(',')) {
    throw new RangeError(`The Appendix A document needs the ten AIVSS v0.8 factors in order; got ${ids.join(', ')}`);
  }
  const rubric = rubricFor(APPENDIX_VERSION);
  const amplification = Object.fromEntries(
    rubric.factors.map((rf, i) => [rf.appendixKey, input.factors[i]?.value ?? 0]),
  ) as AmplificationFactors;
  const sum = factorSum(input.factors);
  const notes: string[] = [];
  if (input.notes) notes.push(input.notes);
  if (input.factors.some((f) => f.continuous)) {
    notes.push('Some factor values lie outside {0, 0.5, 1} (mcp-risk-gate continuous extension); the v0.8 schema allows only those three levels.');
  }
  const metadata: AppendixAssessment['metadata'] = {
    system_name: input.systemName,
    assessment_date: input.assessmentDate,
    assessor_id: input.assessorId,
  };
  if (input.systemVersion !== undefined) metadata.system_version = input.systemVersion;
  if (notes.length > 0) metadata.notes = notes.join(' ');
  return {
    metadata,
    vulnerabilities: input.findings.map((f) => {
      const b = aivssBreakdown({ version: APPENDIX_VERSION, cvss: f.cvss.score, factorSum: sum, threat: f.threat, mitigation: f.mitigation });
      const scores: AppendixVulnerability['scores'] = {
        factor_sum: sum,
        aars: b.aars,
        mitigation_factor: b.mitigationFactor,
        aivss: b.score,
      };
      if (b.severity !== 'None') scores.severity = b.severity;
      return {
        id: f.id,
        title: f.title,
        description: f.message,
        owasp_category: owaspCategoryOf(f),
        cvss_base: { vector_string: f.cvss.vector, score: f.cvss.score },
        amplification_factors: amplification,
        threat_multiplier: b.threatMultiplier,
        scores,
      };
    }),
  };
}

/** Prefix of the local factor vector: mcp-risk-gate's own format, not an OWASP one. */
export const LOCAL_VECTOR_PREFIX = 'MRG-AARS';
export const LOCAL_VECTOR_NOTE =
  'Local mcp-risk-gate notation for the ten factor values in the version\'s order; OWASP AIVSS defines no factor vector string.';

/** e.g. `MRG-AARS:0.8/EA:1/TS:1/NL:1/CA:0.5/ND:0.5/OR:0.5/PS:0/DI:0.5/MA:0/SM:0` */
export function localFactorVector(factors: readonly FactorResult[], version: AivssVersion): string {
  const rubric = rubricFor(version);
  const parts = rubric.factors.map((rf) => {
    const f = factors.find((x) => x.id === rf.id);
    if (!f) throw new RangeError(`Factor ${rf.id} of AIVSS v${version} is missing`);
    return `${rf.vectorKey}:${String(f.value)}`;
  });
  return `${LOCAL_VECTOR_PREFIX}:${version}/${parts.join('/')}`;
}
