import type { Location } from './location.js';
import type { LayerId } from './layer.js';

export type ControlStatus = 'present' | 'missing' | 'waived' | 'not-applicable';
export type Requirement = 'required' | 'recommended' | 'not-applicable';
/** Observed evidence (a file, a field) outranks declared evidence (the profile says so). */
export type EvidenceStrength = 'observed' | 'declared' | 'absent';

export interface ControlEvidence {
  strength: EvidenceStrength;
  detector: string;
  detail: string;
  location?: Location;
  /** The observation counts against the control (an unpinned action, a shell-string exec), not for it. */
  against?: boolean;
}

export interface ControlResult {
  id: string;
  title: string;
  layers: LayerId[];
  /** The layer it counts under in the layer summary (the catalog's `home`). */
  home?: LayerId;
  status: ControlStatus;
  requirement: Requirement;
  /** Why the requirement applies (or does not). */
  reason: string;
  evidence: ControlEvidence[];
  waiver?: { justification: string; owner?: string; expires: string };
}
