import type { Location } from './location.js';

export interface FactorReason {
  text: string;
  tool?: string;
  location?: Location;
}

/** One AIVSS agentic risk factor for the whole server. */
export interface FactorResult {
  id: string;
  name: string;
  /** The value used for scoring (override when present, else inferred). */
  value: number;
  inferred: number;
  reasons: FactorReason[];
  overridden: boolean;
  rationale?: string;
  /** Overridden with a value outside {0, 0.5, 1}: the documented continuous extension. */
  continuous?: boolean;
}
