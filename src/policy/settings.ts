import type { CommentPolicy, MissingPolicy, PolicyConfig } from '../model/config.js';

/** The policy the gate applies, after merging inputs, the profile and built-in defaults. */
export interface PolicySettings {
  failOnScore: number;
  /** Undefined: posture is reported but never gated (the default). */
  failOnPosture?: number;
  failOnMissing: MissingPolicy;
  /** Undefined: no ratchet against the base. */
  maxScoreIncrease?: number;
  warnOnly: boolean;
  /** Count only findings (and newly missing controls) that the base does not have. */
  onlyNew: boolean;
  comment: CommentPolicy;
}

/**
 * Policy values given explicitly on the command line or as Action inputs. An absent key
 * means "not given", so the profile's value survives; this is why action.yml has no defaults.
 */
export interface PolicyInputs {
  failOnScore?: number;
  failOnPosture?: number;
  failOnMissing?: MissingPolicy;
  maxScoreIncrease?: number;
  warnOnly?: boolean;
  onlyNew?: boolean;
  comment?: CommentPolicy;
}

export const DEFAULT_POLICY: Readonly<PolicySettings> = Object.freeze({
  failOnScore: 7.0,
  failOnMissing: 'required',
  warnOnly: false,
  onlyNew: false,
  comment: 'on-failure',
});

/** Precedence: inputs > profile `policy:` > built-in defaults. */
export function resolvePolicy(inputs: PolicyInputs = {}, config: PolicyConfig = {}): PolicySettings {
  const settings: PolicySettings = {
    failOnScore: inputs.failOnScore ?? config['fail-on-score'] ?? DEFAULT_POLICY.failOnScore,
    failOnMissing: inputs.failOnMissing ?? config['fail-on-missing'] ?? DEFAULT_POLICY.failOnMissing,
    warnOnly: inputs.warnOnly ?? config['warn-only'] ?? DEFAULT_POLICY.warnOnly,
    onlyNew: inputs.onlyNew ?? config['only-new'] ?? DEFAULT_POLICY.onlyNew,
    comment: inputs.comment ?? config.comment ?? DEFAULT_POLICY.comment,
  };
  const posture = inputs.failOnPosture ?? config['fail-on-posture'];
  if (posture !== undefined) settings.failOnPosture = posture;
  const increase = inputs.maxScoreIncrease ?? config['max-score-increase'];
  if (increase !== undefined) settings.maxScoreIncrease = increase;
  return settings;
}

// The textual forms (CLI flags, Action inputs) are read by one parser: src/policy/parse.ts.
export { MISSING_POLICIES, COMMENT_POLICIES, PolicyInputError, parsePolicyInputs, type PolicyInputName } from './parse.js';
