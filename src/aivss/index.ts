/** OWASP AIVSS (v0.8 default, v0.5) for MCP servers: factor inference, CVSS v4.0, finding and server scores. */
export { AIVSS_VERSIONS, DEFAULT_AIVSS_VERSION, isAivssVersion, scoringParameters } from './parameters.js';
export type { VersionParameters, ScoringParameters, Formula } from './parameters.js';
export { aivssScore, aivssBreakdown, severityOf } from './formula.js';
export type { AivssInput, AivssBreakdown } from './formula.js';
export { cvss4BaseScore, parseCvss4Vector, threatFromExploitMaturity, CvssVectorError } from './cvss.js';
export type { ParsedCvss4 } from './cvss.js';
export { FACTOR_IDS, rubricFor, RubricError } from './rubric.js';
export type { Rubric, RubricFactor, RubricRule, Condition, ToolMatch, FactorLevel } from './rubric.js';
export type { InferenceInput } from './conditions.js';
export { inferFactors, unknownFactorOverrides, FactorOverrideError } from './infer.js';
export { postureOf, factorSum, snapLevel } from './posture.js';
export type { Posture } from './posture.js';
export { scoreFindings, serverScore, findingOverrideFor, FindingScoreError } from './findings.js';
export type { ServerScore } from './findings.js';
export { whatWouldLowerIt, fixPath } from './lower.js';
export type { LowerItInput, LowerItEntry, ScoreSnapshot, FixPathStep } from './lower.js';
export { appendixAssessment, localFactorVector, owaspCategoryOf, LOCAL_VECTOR_PREFIX, LOCAL_VECTOR_NOTE } from './appendix.js';
export type { AppendixAssessment, AppendixVulnerability, AppendixInput, AmplificationFactors } from './appendix.js';
