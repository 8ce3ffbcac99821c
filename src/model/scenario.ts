import type { Location } from './location.js';
import type { MitigationLevel, ThreatMultiplierLevel } from './config.js';
import type { Severity } from './finding.js';

/** One CVSS v4.0 base metric of a scenario, with what set it. */
export interface ScenarioMetric {
  metric: string;
  value: string;
  reason: string;
  tools?: string[];
  location?: Location;
  /** Set by a present control (the value the evidence alone gave is in `reason`). */
  changedBy?: string;
}

/** A control that lowers the scenario, and whether this server has it. */
export interface ScenarioMitigation {
  control: string;
  strength: 'partial' | 'strong';
  present: boolean;
  why: string;
  set?: Record<string, string>;
}

/** A threat scenario of one OWASP AIVSS core risk, composed from this server's evidence and scored. */
export interface Scenario {
  id: string;
  risk: string;
  title: string;
  /** The vector the evidence gives, before any control. */
  evidenceVector: string;
  /** The vector scored: the evidence vector with present controls applied. */
  vector: string;
  metrics: ScenarioMetric[];
  mitigations: ScenarioMitigation[];
  mitigation: MitigationLevel;
  threat: ThreatMultiplierLevel;
  cvss: number;
  factorSum: number;
  aivss: number;
  severity: Severity;
}
