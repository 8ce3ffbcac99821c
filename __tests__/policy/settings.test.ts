import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, parsePolicyInputs, PolicyInputError, resolvePolicy } from '../../src/policy/settings.js';

describe('resolvePolicy', () => {
  it('uses the built-in defaults when neither inputs nor the profile say anything', () => {
    expect(resolvePolicy({}, {})).toEqual({ failOnScore: 7, failOnMissing: 'required', warnOnly: false, onlyNew: false, comment: 'on-failure' });
    expect(resolvePolicy()).toEqual({ ...DEFAULT_POLICY });
  });

  it('lets the profile policy override defaults', () => {
    const p = resolvePolicy({}, { 'fail-on-score': 4, 'fail-on-posture': 6.5, 'fail-on-missing': 'recommended', 'max-score-increase': 0.5, 'warn-only': true, 'only-new': true, comment: 'always' });
    expect(p).toEqual({ failOnScore: 4, failOnPosture: 6.5, failOnMissing: 'recommended', maxScoreIncrease: 0.5, warnOnly: true, onlyNew: true, comment: 'always' });
  });

  it('lets inputs override the profile, key by key', () => {
    const p = resolvePolicy({ failOnScore: 9, warnOnly: false }, { 'fail-on-score': 4, 'warn-only': true, comment: 'never' });
    expect(p.failOnScore).toBe(9);
    expect(p.warnOnly).toBe(false);
    expect(p.comment).toBe('never');
  });

  it('keeps posture and score-increase off unless someone turns them on', () => {
    const p = resolvePolicy({}, {});
    expect(p.failOnPosture).toBeUndefined();
    expect(p.maxScoreIncrease).toBeUndefined();
  });
});

describe('parsePolicyInputs', () => {
  it('treats empty strings as "not given" so the profile survives', () => {
    expect(parsePolicyInputs({ 'fail-on-score': '', comment: '  ', 'warn-only': '' })).toEqual({});
  });

  it('parses numbers, enums and booleans', () => {
    expect(parsePolicyInputs({ 'fail-on-score': '8.5', 'fail-on-posture': '6', 'fail-on-missing': 'None', 'max-score-increase': '0.5', 'warn-only': 'TRUE', comment: 'on-change' })).toEqual({
      failOnScore: 8.5,
      failOnPosture: 6,
      failOnMissing: 'none',
      maxScoreIncrease: 0.5,
      warnOnly: true,
      comment: 'on-change',
    });
  });

  it.each([
    ['fail-on-score', 'high'],
    ['fail-on-score', '11'],
    ['fail-on-score', '0x7'],
    ['fail-on-missing', 'all'],
    ['comment', 'sometimes'],
    ['warn-only', 'yes'],
  ] as const)('rejects %s=%s naming the input and the accepted values', (name, value) => {
    let error: unknown;
    try {
      parsePolicyInputs({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyInputError);
    expect((error as PolicyInputError).input).toBe(name);
    expect((error as PolicyInputError).message).toContain(name);
  });
});
