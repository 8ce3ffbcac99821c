/**
 * What a pull request changes in its own `.mcp-risk.yml`, against the base commit's profile.
 * With a base ref the base's policy, waivers and overrides apply; these are the head's changes.
 */

/** The profile key the change is under. */
export type ProfileChangeArea =
  | 'waivers'
  | 'policy'
  | 'findings'
  | 'factors'
  | 'aivss'
  | 'approvals'
  | 'exclude'
  | 'manifests'
  | 'tools'
  | 'catalogs'
  | 'controls';

/**
 * `loosens`: could let more risk through (a new or longer waiver, a raised threshold, a lowered
 * override); it fails the gate unless approved. `tightens`: applies at once. `neutral`: shown only.
 */
export type ProfileChangeEffect = 'loosens' | 'tightens' | 'neutral';

export interface ProfileChange {
  area: ProfileChangeArea;
  kind: 'added' | 'removed' | 'changed';
  /** The waiver id (and tool), the policy key, the finding or factor id. */
  subject: string;
  /** The base value, as text (absent when added). */
  before?: string;
  /** The head value, as text (absent when removed). */
  after?: string;
  effect: ProfileChangeEffect;
  /** One sentence for a reviewer. */
  message: string;
}

export interface ProfileApproval {
  /** `not-needed`: nothing loosens. `approved`: the head's profile applies. `not-approved`: the gate fails. */
  state: 'not-needed' | 'approved' | 'not-approved';
  /** Who or what approved: `label risk-accepted`, `@alice (CODEOWNERS)`, `--allow-profile-changes`. */
  by?: string;
  /** How the approval was checked, or how to give it. */
  message: string;
}

export interface ProfileChanges {
  /** The ref the policy was read from. */
  baseRef: string;
  /** The profile file at the base, or null when the base has none. */
  baseProfile: string | null;
  /** The profile file in the pull request, or null when it has none. */
  headProfile: string | null;
  changes: ProfileChange[];
  approval: ProfileApproval;
  /**
   * `head`: the pull request's profile applies (its loosening was approved). `stricter`: each
   * policy value, waiver and override is the stricter of base and head (new waivers and lowered
   * values do not apply); the head's declared controls and inputs are kept.
   */
  applied: 'head' | 'stricter';
}
