/**
 * The project's own `.mcp-risk.yml` (schema: schemas/mcp-risk.schema.json).
 * Keys mirror the Action inputs (kebab-case) so one vocabulary serves both.
 */
export type ThreatMultiplierLevel = 'attacked' | 'poc' | 'unreported';
export type MitigationLevel = 'none' | 'partial' | 'strong';
/** A version registered in src/aivss/versions.ts ('0.8', '0.5'); checked against the registry at every boundary. */
export type AivssVersion = string;
export type MissingPolicy = 'required' | 'recommended' | 'none';
export type CommentPolicy = 'never' | 'on-failure' | 'always' | 'on-change';

export interface FactorOverride {
  value: number;
  rationale: string;
}

export interface DeclaredControl {
  id: string;
  /** Where a reviewer can see the control (a file, a URL, a doc section). */
  evidence: string;
  description?: string;
}

export interface FindingOverride {
  id: string;
  cvss?: string;
  threat?: ThreatMultiplierLevel;
  mitigation?: MitigationLevel;
  rationale: string;
}

export interface Waiver {
  id: string;
  tool?: string;
  /** SHA-256 from mcp-tools.lock.json: the waiver lapses when the tool changes. */
  toolHash?: string;
  justification: string;
  owner?: string;
  /** YYYY-MM-DD; required so no waiver lives forever. */
  expires: string;
}

/**
 * Who may approve a pull request's loosening of this profile (a new or longer waiver, a raised
 * threshold, a lowered override). Only the base commit's `approvals` counts: a PR cannot grant itself.
 */
export interface ApprovalsConfig {
  /** A pull request label that approves the change (whoever can label the PR can approve). */
  label?: string;
  /** An approving review, on the PR's head commit, by a CODEOWNERS owner of the profile file (read at the base). */
  codeowners?: boolean;
}

export interface PolicyConfig {
  'fail-on-score'?: number;
  'fail-on-posture'?: number;
  'fail-on-missing'?: MissingPolicy;
  'max-score-increase'?: number;
  'warn-only'?: boolean;
  'only-new'?: boolean;
  'require-lock'?: boolean;
  comment?: CommentPolicy;
}

export interface RiskProfileConfig {
  version: 1;
  server?: { name?: string };
  manifests?: string[];
  tools?: string;
  aivss?: { version?: AivssVersion; threat?: ThreatMultiplierLevel; mitigation?: MitigationLevel };
  factors?: Record<string, FactorOverride>;
  controls?: DeclaredControl[];
  findings?: FindingOverride[];
  policy?: PolicyConfig;
  waivers?: Waiver[];
  exclude?: string[];
  /** Extra control catalogs inside the repository (schemas/maestro-catalog.schema.json). */
  catalogs?: string[];
  approvals?: ApprovalsConfig;
}
