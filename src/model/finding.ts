import type { Location } from './location.js';
import type { LayerId } from './layer.js';
import type { MitigationLevel, ThreatMultiplierLevel } from './config.js';

export type Severity = 'None' | 'Low' | 'Medium' | 'High' | 'Critical';

export type FindingKind =
  | 'missing-control'
  | 'annotation-contradiction'
  | 'spec-violation'
  | 'poisoning'
  | 'toxic-flow'
  | 'drift'
  | 'lock-mismatch'
  | 'unknown-surface'
  | 'scenario';

/** A copyable example from the catalog: rendered as a code block, never as inline prose. */
export interface FixSnippet {
  lang: 'yaml' | 'json' | 'js' | 'md';
  /** Where it goes. */
  file?: string;
  /** Whether `file` exists in the repository (edit it) or not (add it). */
  fileExists?: boolean;
  code: string;
}

/** A finding before scoring: what is wrong, where, and the CVSS v4.0 vector of the exposure. */
export interface FindingDraft {
  /** Stable id: the control or check id, plus the tool when it is about one tool (`MAE-L3-02:delete_flag`). */
  id: string;
  kind: FindingKind;
  controlId?: string;
  title: string;
  message: string;
  layers: LayerId[];
  requirement?: 'required' | 'recommended';
  tool?: string;
  cvssVector: string;
  /** The threat scenario (`result.scenarios[].id`) whose vector scores this finding, when one does. */
  scenarioId?: string;
  threat?: ThreatMultiplierLevel;
  mitigation?: MitigationLevel;
  locations: Location[];
  remediation: string;
  docs?: string;
  /** What is missing, in plain words: the evidence looked for and not found. */
  missing?: string[];
  /** The fix, split so renderers can show the code as a code block. */
  fix?: { text: string; snippet?: FixSnippet };
  /** A file to add: named instead of a location when the file does not exist. */
  addFile?: string;
  /** The catalog control's own name, when the title says what is missing instead. */
  controlTitle?: string;
}

export interface Finding extends FindingDraft {
  cvss: { vector: string; score: number };
  aivss: number;
  severity: Severity;
  /** The finding was waived: it is reported but does not count toward the decision. */
  waived?: { justification: string; owner?: string; expires: string };
}
