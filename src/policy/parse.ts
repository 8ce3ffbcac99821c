import type { AivssVersion, CommentPolicy, MissingPolicy } from '../model/config.js';
import { aivssVersions, isAivssVersion } from '../aivss/versions.js';
import type { PolicyInputs } from './settings.js';

/**
 * The one reader of policy values typed by people: CLI flags and Action inputs both come here,
 * so `--fail-on-score 0x7` and `fail-on-score: 0x7` give the same answer (refused).
 *
 * The forms, decided once:
 * - empty or blank: not given (the profile's value, else the default, applies);
 * - scores: a plain decimal 0–10 (`7`, `7.0`, `07.5`); no hex, exponent, sign, `.5`, `Infinity`;
 * - enumerations and booleans: case-insensitive (`REQUIRED`, `True`), surrounding blanks ignored.
 */
export const MISSING_POLICIES: readonly MissingPolicy[] = ['required', 'recommended', 'none'];
export const COMMENT_POLICIES: readonly CommentPolicy[] = ['never', 'on-failure', 'always', 'on-change'];

export type PolicyInputName =
  | 'fail-on-score'
  | 'fail-on-posture'
  | 'fail-on-missing'
  | 'max-score-increase'
  | 'warn-only'
  | 'only-new'
  | 'comment';

/** Thrown for a value that cannot be used; callers map it to exit code 2 / a failed step. */
export class PolicyInputError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message);
    this.name = 'PolicyInputError';
  }
}

type Raw = Partial<Record<string, string | undefined>>;

function given(raw: Raw, name: string): string | undefined {
  const value = raw[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** A score or score difference: a plain decimal from min to max. */
export function parseScoreValue(name: string, text: string, min = 0, max = 10): number {
  // Number() accepts '0x7', '1e1', '' and ' '; a policy threshold is a plain decimal.
  if (!/^\d+(\.\d+)?$/.test(text)) {
    throw new PolicyInputError(name, `${name} must be a number from ${min} to ${max} (e.g. 7.0), got "${text}".`);
  }
  const value = Number(text);
  if (value < min || value > max) throw new PolicyInputError(name, `${name} must be a number from ${min} to ${max}, got ${text}.`);
  return value;
}

export function parseEnumValue<T extends string>(name: string, text: string, allowed: readonly T[]): T {
  const match = allowed.find((a) => a === text.toLowerCase());
  if (match === undefined) throw new PolicyInputError(name, `${name} must be one of ${allowed.join(', ')}; got "${text}".`);
  return match;
}

export function parseBoolValue(name: string, text: string): boolean {
  const t = text.toLowerCase();
  if (t === 'true') return true;
  if (t === 'false') return false;
  throw new PolicyInputError(name, `${name} must be true or false; got "${text}".`);
}

/** The AIVSS version input: one of the registered versions (src/aivss/versions.ts). */
export function parseAivssVersionInput(raw: Raw, name = 'aivss-version'): AivssVersion | undefined {
  const text = given(raw, name);
  if (text === undefined) return undefined;
  if (!isAivssVersion(text)) throw new PolicyInputError(name, `${name} must be ${aivssVersions().join(' or ')}; got "${text}".`);
  return text;
}

/** Parses the textual policy inputs. Empty strings mean "not given". Every problem names the input. */
export function parsePolicyInputs(raw: Raw): PolicyInputs {
  const out: PolicyInputs = {};
  const score = (name: PolicyInputName): number | undefined => {
    const t = given(raw, name);
    return t === undefined ? undefined : parseScoreValue(name, t);
  };
  const failOnScore = score('fail-on-score');
  if (failOnScore !== undefined) out.failOnScore = failOnScore;
  const failOnPosture = score('fail-on-posture');
  if (failOnPosture !== undefined) out.failOnPosture = failOnPosture;
  const maxScoreIncrease = score('max-score-increase');
  if (maxScoreIncrease !== undefined) out.maxScoreIncrease = maxScoreIncrease;
  const missing = given(raw, 'fail-on-missing');
  if (missing !== undefined) out.failOnMissing = parseEnumValue('fail-on-missing', missing, MISSING_POLICIES);
  const comment = given(raw, 'comment');
  if (comment !== undefined) out.comment = parseEnumValue('comment', comment, COMMENT_POLICIES);
  const warnOnly = given(raw, 'warn-only');
  if (warnOnly !== undefined) out.warnOnly = parseBoolValue('warn-only', warnOnly);
  const onlyNew = given(raw, 'only-new');
  if (onlyNew !== undefined) out.onlyNew = parseBoolValue('only-new', onlyNew);
  return out;
}
