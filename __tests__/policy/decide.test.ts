import { describe, expect, it } from 'vitest';
import { decide } from '../../src/policy/decide.js';
import { resolvePolicy } from '../../src/policy/settings.js';
import { bareResult, control, finding, scoredResult } from './fixtures.js';

const defaults = resolvePolicy();

describe('decide', () => {
  it('passes a result under every threshold and says why', () => {
    const d = decide(scoredResult([finding('MAE-L5-01', 5.2)], [control('MAE-L5-01', 'present')]), defaults);
    expect(d.result).toBe('pass');
    expect(d.exitCode).toBe(0);
    expect(d.reasons.join(' ')).toContain('5.2 is below fail-on-score 7.0');
  });

  it('fails at the score threshold (inclusive) and names the worst finding', () => {
    const d = decide(scoredResult([finding('MAE-L3-02:delete_flag', 7.0), finding('MAE-L5-01', 4.1)]), defaults);
    expect(d.result).toBe('fail');
    expect(d.exitCode).toBe(1);
    expect(d.reasons[0]).toContain('7.0 (High)');
    expect(d.reasons[0]).toContain('MAE-L3-02:delete_flag');
  });

  it('does not count waived findings toward the score', () => {
    const waived = finding('MAE-L3-02', 9.1, { waived: { justification: 'accepted', expires: '2099-01-01' } });
    const d = decide(scoredResult([waived, finding('MAE-L5-01', 3)]), defaults);
    expect(d.result).toBe('pass');
    expect(d.score).toBe(3);
  });

  it('fails on missing required controls, counting only what fail-on-missing covers', () => {
    const controls = [control('MAE-L5-01', 'missing', 'required'), control('MAE-L6-01', 'missing', 'recommended'), control('MAE-L2-01', 'waived', 'required'), control('MAE-L4-01', 'present')];
    const r = scoredResult([], controls);
    const required = decide(r, defaults);
    expect(required.result).toBe('fail');
    expect(required.missingControls).toEqual(['MAE-L5-01']);
    expect(required.reasons[0]).toBe('1 missing required control: MAE-L5-01.');
    expect(decide(r, resolvePolicy({ failOnMissing: 'recommended' })).missingControls).toEqual(['MAE-L5-01', 'MAE-L6-01']);
    expect(decide(r, resolvePolicy({ failOnMissing: 'none' })).result).toBe('pass');
  });

  it('gates posture only when fail-on-posture is set', () => {
    const r = scoredResult([], [], { posture: 8 });
    expect(decide(r, defaults).result).toBe('pass');
    const d = decide(r, resolvePolicy({ failOnPosture: 7.5 }));
    expect(d.result).toBe('fail');
    expect(d.reasons[0]).toContain('posture 8.0 / 10');
  });

  it('fails when the score rises more than max-score-increase over the base', () => {
    const base = scoredResult([finding('A', 5.0)]);
    const head = scoredResult([finding('A', 5.0), finding('B', 6.1)]);
    const policy = resolvePolicy({ maxScoreIncrease: 1.0 });
    const d = decide(head, policy, base);
    expect(d.result).toBe('fail');
    expect(d.reasons[0]).toContain('from 5.0 to 6.1 (+1.1)');
    // Exactly the allowed increase passes (tenths, not floats).
    expect(decide(scoredResult([finding('A', 5.0), finding('B', 6.0)]), policy, base).result).toBe('pass');
    expect(decide(head, policy).reasons.join(' ')).toContain('No base result');
  });

  it('in only-new mode counts only findings and missing controls the base does not have', () => {
    const base = scoredResult([finding('OLD', 9.5)], [control('MAE-L5-01', 'missing')]);
    const head = scoredResult([finding('OLD', 9.5), finding('NEW', 4.0)], [control('MAE-L5-01', 'missing'), control('MAE-L6-02', 'present')]);
    const policy = resolvePolicy({ onlyNew: true });
    expect(decide(head, policy, base).result).toBe('pass');
    expect(decide(head, policy, base).score).toBe(4);
    const worse = scoredResult([finding('OLD', 9.5), finding('NEW', 7.5)], [control('MAE-L5-01', 'missing'), control('MAE-L6-02', 'missing')]);
    const d = decide(worse, policy, base);
    expect(d.result).toBe('fail');
    expect(d.missingControls).toEqual(['MAE-L6-02']);
    expect(d.reasons.join('\n')).toMatch(/New findings reach 7\.5/);
    // Without a base every finding counts, and the decision says so.
    const alone = decide(head, policy);
    expect(alone.result).toBe('fail');
    expect(alone.reasons.join(' ')).toContain('only-new');
  });

  it('turns a failure into a warning under warn-only, keeping every reason', () => {
    const r = scoredResult([finding('A', 9.0)], [control('MAE-L5-01', 'missing')]);
    const d = decide(r, resolvePolicy({ warnOnly: true }));
    expect(d.result).toBe('warn');
    expect(d.exitCode).toBe(0);
    expect(d.reasons).toHaveLength(3);
    expect(d.reasons[2]).toContain('warn-only');
  });

  it('does not crash or invent a verdict on stages that have not run', () => {
    const d = decide(bareResult(), resolvePolicy({ failOnPosture: 5, maxScoreIncrease: 1 }), bareResult());
    expect(d.result).toBe('pass');
    expect(d.reasons.join(' ')).toMatch(/Risk score not evaluated/);
    expect(d.reasons.join(' ')).toMatch(/posture not evaluated/);
    expect(d.reasons.join(' ')).toMatch(/controls not evaluated/);
  });
});

describe('decide with input errors', () => {
  const broken = { errors: [{ path: 'server.json', line: 3, message: 'invalid JSON: unexpected "}"', hint: 'remove the trailing comma' }] };

  it('is "error", never "pass", when an input could not be read, and names the error first', () => {
    const d = decide(scoredResult([finding('MAE-L5-01', 2.0)], [control('MAE-L5-01', 'present')], broken), defaults);
    expect(d.result).toBe('error');
    expect(d.exitCode).toBe(2);
    expect(d.reasons[0]).toBe('1 input error: the result is incomplete and cannot pass. server.json:3: invalid JSON: unexpected "}"');
    // What the readable part shows is still said.
    expect(d.reasons.join(' ')).toContain('2.0 is below fail-on-score 7.0');
  });

  it('stays "error" under warn-only, and over a policy failure', () => {
    expect(decide(scoredResult([finding('MAE-L5-01', 9.0)], [], broken), resolvePolicy({ warnOnly: true })).result).toBe('error');
    expect(decide(scoredResult([finding('MAE-L5-01', 9.0)], [], broken), defaults).result).toBe('error');
  });

  it('is "error" when nothing could be evaluated at all', () => {
    const d = decide(bareResult(broken), defaults);
    expect(d.result).toBe('error');
    expect(d.score).toBeUndefined();
  });
});
