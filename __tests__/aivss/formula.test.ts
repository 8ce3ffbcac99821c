import { describe, expect, it } from 'vitest';
import { aivssBreakdown, aivssScore, severityOf } from '../../src/aivss/index.js';
import { exact, roundHalfUp } from '../../src/aivss/decimal.js';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('AIVSS v0.8 reproduces every worked example of the specification (§3.6, Table 5; ThM 0.97, MF 1.0)', () => {
  const rows: [string, number, number, string, number, string][] = [
    ['Tool Misuse', 9.4, 9.0, '9.9238', 9.9, 'Critical'],
    ['Access Control Violation', 8.7, 8.0, '9.7088', 9.7, 'Critical'],
    ['Cascading Failures', 7.1, 8.0, '9.3504', 9.4, 'Critical'],
    ['Orchestration', 9.4, 9.5, '9.9529', 10.0, 'Critical'],
    ['Identity Impersonation', 7.4, 7.5, '9.2915', 9.3, 'Critical'],
    ['Memory Manipulation', 5.8, 7.5, '8.8555', 8.9, 'High'],
    ['Critical Systems', 6.9, 7.5, '9.15525', 9.2, 'Critical'],
    ['Supply Chain', 9.3, 6.5, '9.74135', 9.7, 'Critical'],
    ['Untraceability', 5.3, 6.5, '8.26335', 8.3, 'High'],
    ['Goal Manipulation', 2.1, 6.5, '7.08095', 7.1, 'High'],
  ];
  it.each(rows)('%s: CVSS %d, ΣF %d → raw %s → %d %s', (_name, cvss, factorSum, raw, score, band) => {
    const b = aivssBreakdown({ version: '0.8', cvss, factorSum });
    expect(b.raw).toBe(raw);
    expect(b.score).toBe(score);
    expect(b.severity).toBe(band);
    expect(b.threatMultiplier).toBe(0.97);
    expect(b.mitigationFactor).toBe(1);
  });

  it('the published factor breakdowns add up to the sums used', () => {
    expect(sum([1, 1, 1, 1, 1, 1, 0.5, 1, 1, 0.5])).toBe(9);
    expect(sum([0.5, 0, 1, 1, 1, 1, 1, 0, 0, 1])).toBe(6.5);
  });

  it('the AARS is the uplift (10 − CVSS) × ΣF/10 × ThM', () => {
    expect(aivssBreakdown({ version: '0.8', cvss: 9.4, factorSum: 9 }).aars).toBe(0.5238);
    expect(aivssBreakdown({ version: '0.8', cvss: 6.9, factorSum: 7.5 }).aars).toBe(2.25525);
  });

  it('reproduces the calculator-checked custom case: CVSS 6.5, ΣF 6.0, attacked, partial mitigation → 7.1 High', () => {
    const b = aivssBreakdown({ version: '0.8', cvss: 6.5, factorSum: 6, threat: 'attacked', mitigation: 'partial' });
    expect(b.aars).toBe(2.1);
    expect(b.raw).toBe('7.138');
    expect(b.score).toBe(7.1);
    expect(b.severity).toBe('High');
  });

  it('CVSS 0 and no factors is 0.0, band None', () => {
    expect(aivssScore({ version: '0.8', cvss: 0, factorSum: 0 })).toBe(0);
    expect(severityOf(0)).toBe('None');
  });

  it('applies MF to the whole score as v0.8 publishes it (CVSS 9.0, ΣF 10, strong → 6.7, below CVSS)', () => {
    expect(aivssScore({ version: '0.8', cvss: 9, factorSum: 10, mitigation: 'strong' })).toBe(6.7);
  });
});

describe('AIVSS v0.5 reproduces every worked example of the specification (§4.2; ThM 0.97)', () => {
  // AARS = the published factor sum of each example (research/aivss.md §5.1).
  const rows: [string, number, number, string, number, string][] = [
    ['Tool Misuse', 9.4, 8.5, '8.6815', 8.7, 'High'],
    ['Access Control Violation', 8.7, 7.0, '7.6145', 7.6, 'High'],
    ['Cascading Failures', 7.1, 7.5, '7.081', 7.1, 'High'],
    ['Orchestration/Multi-Agent', 8.3, 6.5, '7.178', 7.2, 'High'],
    ['Identity Impersonation', 7.4, 5.5, '6.2565', 6.3, 'Medium'],
    ['Memory & Context Manipulation', 5.8, 6.0, '5.723', 5.7, 'Medium'],
    ['Critical Systems Interaction', 6.9, 5.0, '5.7715', 5.8, 'Medium'],
    ['Supply Chain', 9.3, 1.0, '4.9955', 5.0, 'Medium'],
    ['Untraceability', 5.3, 4.5, '4.753', 4.8, 'Medium'],
    ['Goal & Instruction Manipulation', 2.1, 4.0, '2.9585', 3.0, 'Low'],
  ];
  it.each(rows)('%s: CVSS %d, AARS %d → raw %s → %d %s', (_name, cvss, aars, raw, score, band) => {
    const b = aivssBreakdown({ version: '0.5', cvss, factorSum: aars });
    expect(b.raw).toBe(raw);
    expect(b.score).toBe(score);
    expect(b.severity).toBe(band);
    expect(b.aars).toBe(aars);
  });

  it('both internally consistent readings of the v0.5 Supply Chain example reproduce (AARS 1.0 → 5.0; AARS 2.0 → 5.5)', () => {
    expect(aivssScore({ version: '0.5', cvss: 9.3, factorSum: 2 })).toBe(5.5);
  });

  it('has no mitigation factor: a mitigation level changes nothing', () => {
    expect(aivssScore({ version: '0.5', cvss: 9.4, factorSum: 8.5, mitigation: 'strong' })).toBe(8.7);
    expect(aivssBreakdown({ version: '0.5', cvss: 9.4, factorSum: 8.5, mitigation: 'strong' }).mitigationFactor).toBe(1);
  });
});

describe('rounding is decimal half-up, once, at the end', () => {
  it('8.64 → 8.6 and 8.65 → 8.7 (v0.8 §3.5.1)', () => {
    expect(roundHalfUp(exact('8.64'))).toBe(8.6);
    expect(roundHalfUp(exact('8.65'))).toBe(8.7);
  });

  it('((7.5 + 2.5) / 2) × 0.83 is 4.15 exactly and rounds to 4.2 (binary floating point gives 4.1)', () => {
    expect(Math.round(((7.5 + 2.5) / 2) * 0.83 * 10) / 10).toBe(4.1); // the bug this avoids
    expect(roundHalfUp(exact(7.5).plus(2.5).dividedBy(2).times(0.83))).toBe(4.2);
  });

  it('the same case through the v0.8 formula: CVSS 0, ΣF 5, attacked, partial → 5 × 0.83 = 4.15 → 4.2', () => {
    expect(5 * 0.83).toBe(4.1499999999999995);
    const b = aivssBreakdown({ version: '0.8', cvss: 0, factorSum: 5, threat: 'attacked', mitigation: 'partial' });
    expect(b.raw).toBe('4.15');
    expect(b.score).toBe(4.2);
  });
});

describe('threat multiplier and mitigation factor options', () => {
  it.each([
    ['attacked', 1],
    ['poc', 0.97],
    ['unreported', 0.5],
  ] as const)('v0.8 ThM %s = %d', (threat, thm) => {
    expect(aivssBreakdown({ version: '0.8', cvss: 5, factorSum: 5, threat }).threatMultiplier).toBe(thm);
  });

  it.each([
    ['none', 1],
    ['partial', 0.83],
    ['strong', 0.67],
  ] as const)('v0.8 MF %s = %d', (mitigation, mf) => {
    expect(aivssBreakdown({ version: '0.8', cvss: 5, factorSum: 5, mitigation }).mitigationFactor).toBe(mf);
  });

  it('v0.5 uses its own Unreported multiplier (0.91, v0.5 §4.1.4), not v0.8\'s 0.50', () => {
    expect(aivssBreakdown({ version: '0.5', cvss: 5, factorSum: 5, threat: 'unreported' }).threatMultiplier).toBe(0.91);
  });

  it('defaults are PoC (0.97) and no mitigation (1.00)', () => {
    const b = aivssBreakdown({ version: '0.8', cvss: 5, factorSum: 5 });
    expect([b.threat, b.mitigation]).toEqual(['poc', 'none']);
  });

  it('reproduces the research readings of the two seeds at CVSS 0', () => {
    // ConfigCat ΣF 3.2, Cloudflare ΣF 4.4 (continuous seed values)
    expect(aivssScore({ version: '0.8', cvss: 0, factorSum: 3.2 })).toBe(3.1);
    expect(aivssScore({ version: '0.8', cvss: 0, factorSum: 4.4 })).toBe(4.3);
    expect(aivssScore({ version: '0.5', cvss: 0, factorSum: 3.2 })).toBe(1.6);
    expect(aivssScore({ version: '0.5', cvss: 0, factorSum: 4.4 })).toBe(2.1);
    expect(aivssScore({ version: '0.8', cvss: 0, factorSum: 3.2, threat: 'unreported' })).toBe(1.6);
    expect(aivssScore({ version: '0.8', cvss: 0, factorSum: 4.4, mitigation: 'partial' })).toBe(3.5);
    expect(aivssScore({ version: '0.8', cvss: 0, factorSum: 4.4, mitigation: 'strong' })).toBe(2.9);
    expect(aivssScore({ version: '0.8', cvss: 8.7, factorSum: 3.2 })).toBe(9.1);
    expect(aivssScore({ version: '0.5', cvss: 9.3, factorSum: 4.4 })).toBe(6.6);
  });
});

describe('bands and input checks', () => {
  it.each([
    [10, 'Critical'],
    [9, 'Critical'],
    [8.9, 'High'],
    [7, 'High'],
    [6.9, 'Medium'],
    [4, 'Medium'],
    [3.9, 'Low'],
    [0.1, 'Low'],
    [0, 'None'],
  ] as const)('%d is %s', (score, band) => {
    expect(severityOf(score)).toBe(band);
  });

  it('rejects a CVSS or factor sum outside 0-10 with a clear message', () => {
    expect(() => aivssScore({ version: '0.8', cvss: 10.5, factorSum: 1 })).toThrow(/CVSS base score must be a number from 0 to 10, got 10.5/);
    expect(() => aivssScore({ version: '0.8', cvss: 5, factorSum: -1 })).toThrow(/factor sum/);
    expect(() => aivssScore({ version: '0.8', cvss: Number.NaN, factorSum: 1 })).toThrow(RangeError);
  });
});

describe('repeated inputs', () => {
  it('give the same frozen breakdown, and a defaulted threat or mitigation is told apart from a named one', () => {
    const a = aivssBreakdown({ version: '0.8', cvss: 6.5, factorSum: 6, threat: 'attacked', mitigation: 'partial' });
    expect(aivssBreakdown({ version: '0.8', cvss: 6.5, factorSum: 6, threat: 'attacked', mitigation: 'partial' })).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(aivssBreakdown({ version: '0.5', cvss: 6.5, factorSum: 6, threat: 'attacked', mitigation: 'partial' }).score).not.toBe(a.score);
    const defaulted = aivssBreakdown({ version: '0.8', cvss: 6.5, factorSum: 6 });
    expect(defaulted).toMatchObject({ threat: 'poc', mitigation: 'none' });
    expect(aivssBreakdown({ version: '0.8', cvss: 6.5, factorSum: 6, threat: 'poc', mitigation: 'none' }).score).toBe(defaulted.score);
  });

  it('an invalid input still throws every time (errors are not kept)', () => {
    for (let i = 0; i < 2; i++) expect(() => aivssScore({ version: '0.8', cvss: 11, factorSum: 1 })).toThrow(RangeError);
  });
});
