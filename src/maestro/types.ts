import type { CapabilityId } from '../model/capability.js';
import type { FindingKind } from '../model/finding.js';
import type { LayerId } from '../model/layer.js';
import type { SourceFormat } from '../model/source.js';

/** Facts about the tool surface a requirement rule may test. */
export type SurfaceFact = 'unknown' | 'incomplete' | 'has-tools';
export type { Condition } from '../conditions/types.js';
import type { Condition } from '../conditions/types.js';

export interface RequirementRule {
  level: 'required' | 'recommended';
  when: Condition;
  /** Plain-language reason shown in the report when the rule matches. */
  because: string;
}

export interface Crosswalk {
  /** OWASP Agentic AI Threats & Mitigations ids, namespaced (`OWASP-T2`). */
  owaspT: string[];
  /** OWASP Top 10 for Agentic Applications 2026 (`ASI02`). */
  asi: string[];
  /** OWASP MCP Top 10 v0.1 (`MCP05`). */
  mcpTop10: string[];
  /** MCP specification / security best-practice clauses (`SPEC-TOOLS-SEC`, `SBP-SSRF`). */
  mcpSpec: string[];
  /** OWASP MAESTRO playbook project-local ids (`PB-T41`). */
  playbook?: string[];
}

export type DetectorName =
  | 'repo-file'
  | 'source-signal'
  | 'workflow-pins'
  | 'dockerfile-user'
  | 'declared-secrets'
  | 'remote-https'
  | 'remote-auth'
  | 'stdio-only'
  | 'profile-field'
  | 'registry-identity'
  | 'tool-annotations'
  | 'input-schemas'
  | 'tool-params'
  | 'tool-output-fields'
  | 'tool-sources'
  | 'tool-inventory'
  | 'tool-scopes'
  | 'metadata-hygiene';

export interface DetectorRef {
  detector: DetectorName;
  /** What the detector looks for, in words (used in evidence and docs). */
  label: string;
  /**
   * Evidence groups: the control is present only when every group named by its detectors has
   * at least one satisfied detector. Detectors without a group share the group `main`.
   */
  group?: string;
  params?: Record<string, unknown>;
}

/** Where the fix for a missing control belongs, tried in order. `file:<path>` names a file to create or edit. */
export type FixTarget = 'tools' | 'secrets' | 'remotes' | 'packages' | 'manifest' | 'config' | `file:${string}`;

export type ControlStrength = 'server-enforced' | 'declarative' | 'host-dependent';

/** A threat scenario a control lowers when present (data/aivss/scenarios.json ids). */
export interface ScenarioMitigationRef {
  scenario: string;
  strength: 'partial' | 'strong';
  /** Exploitability metrics the control makes harder. */
  set?: Record<string, string>;
  why: string;
}

export interface CatalogSnippet {
  lang: 'yaml' | 'json' | 'js' | 'md';
  file?: string;
  code: string;
}

export interface CatalogControl {
  id: string;
  title: string;
  /** What is missing, in plain words: the finding's title ("No secret scanning in CI"). */
  missingTitle: string;
  summary: string;
  layers: LayerId[];
  /** The layer the control counts under (explicit, not parsed from the id). */
  home: LayerId;
  /** Scenarios a plug-in control lowers; the bundled ones are listed in the scenarios' own mitigatedBy. */
  mitigates?: ScenarioMitigationRef[];
  /** A plug-in's documentation page for the control. */
  docs?: string;
  threats: string[];
  crosswalk: Crosswalk;
  strength: ControlStrength;
  requirement: RequirementRule[];
  /** Shown when no rule matches. */
  notApplicable: string;
  evidence: DetectorRef[];
  cvss: string;
  remediation: { text: string; example: string; snippet: CatalogSnippet };
  fixAt: FixTarget[];
  docsAnchor: string;
}

export type CheckId =
  | 'CHK-ANNOTATION-CONTRADICTION'
  | 'CHK-TOOL-NAME'
  | 'CHK-DUPLICATE-TOOL'
  | 'CHK-UNKNOWN-SURFACE';

/** A check that is not a control but still produces findings (per tool, or for the surface). */
export interface CatalogCheck {
  id: CheckId;
  kind: FindingKind;
  title: string;
  summary: string;
  layers: LayerId[];
  threats: string[];
  crosswalk: Crosswalk;
  params?: Record<string, unknown>;
  cvss: string;
  remediation: { text: string; example: string; snippet: CatalogSnippet };
  docsAnchor: string;
}

export interface Catalog {
  $schema?: string;
  catalogVersion: string;
  maestroVersion: string;
  frameworks: Record<string, string>;
  controls: CatalogControl[];
  /** Plug-in catalogs may leave it out (read as []). */
  checks: CatalogCheck[];
}
