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

export const MISSING_POLICIES: readonly MissingPolicy[] = ['required', 'recommended', 'none'];
export const COMMENT_POLICIES: readonly CommentPolicy[] = ['never', 'on-failure', 'always', 'on-change'];

/** Thrown for a policy value that cannot be used; callers map it to exit code 2. */
export class PolicyInputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message);
    this.name = 'PolicyInputError';
  }
}

/**
 * Parses the textual policy inputs (Action inputs, CLI flags). Empty strings mean "not given".
 * Every problem names the input and the values it accepts.
 */
export function parsePolicyInputs(raw: Partial<Record<PolicyInputName, string>>): PolicyInputs {
  const out: PolicyInputs = {};
  const score = parseScore(raw, 'fail-on-score', 0, 10);
  if (score !== undefined) out.failOnScore = score;
  const posture = parseScore(raw, 'fail-on-posture', 0, 10);
  if (posture !== undefined) out.failOnPosture = posture;
  const increase = parseScore(raw, 'max-score-increase', 0, 10);
  if (increase !== undefined) out.maxScoreIncrease = increase;
  const missing = parseEnum(raw, 'fail-on-missing', MISSING_POLICIES);
  if (missing !== undefined) out.failOnMissing = missing;
  const comment = parseEnum(raw, 'comment', COMMENT_POLICIES);
  if (comment !== undefined) out.comment = comment;
  const warnOnly = parseBool(raw, 'warn-only');
  if (warnOnly !== undefined) out.warnOnly = warnOnly;
  const onlyNew = parseBool(raw, 'only-new');
  if (onlyNew !== undefined) out.onlyNew = onlyNew;
  return out;
}

export type PolicyInputName =
  | 'fail-on-score'
  | 'fail-on-posture'
  | 'fail-on-missing'
  | 'max-score-increase'
  | 'warn-only'
  | 'only-new'
  | 'comment';

function given(raw: Partial<Record<PolicyInputName, string>>, name: PolicyInputName): string | undefined {
  const value = raw[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function parseScore(
  raw: Partial<Record<PolicyInputName, string>>,
  name: PolicyInputName,
  min: number,
  max: number,
): number | undefined {
  const text = given(raw, name);
  if (text === undefined) return undefined;
  // Number('') and Number('0x1') are accepted by JS; a score is a plain decimal.
  if (!/^\d+(\.\d+)?$/.test(text)) {
    throw new PolicyInputError(name, `${name} must be a number from ${min} to ${max} (e.g. 7.0), got "${text}".`);
  }
  const value = Number(text);
  if (value < min || value > max) {
    throw new PolicyInputError(name, `${name} must be a number from ${min} to ${max}, got ${text}.`);
  }
  return value;
}

function parseEnum<T extends string>(
  raw: Partial<Record<PolicyInputName, string>>,
  name: PolicyInputName,
  allowed: readonly T[],
): T | undefined {
  const text = given(raw, name);
  if (text === undefined) return undefined;
  const match = allowed.find((a) => a === text.toLowerCase());
  if (match === undefined) {
    throw new PolicyInputError(name, `${name} must be one of ${allowed.join(', ')}; got "${text}".`);
  }
  return match;
}

function parseBool(raw: Partial<Record<PolicyInputName, string>>, name: PolicyInputName): boolean | undefined {
  const text = given(raw, name)?.toLowerCase();
  if (text === undefined) return undefined;
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw new PolicyInputError(name, `${name} must be true or false; got "${text}".`);
}
