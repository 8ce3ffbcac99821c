import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aivssScore } from '../../src/aivss/index.js';
import { exact, roundHalfUp } from '../../src/aivss/decimal.js';
import type { AivssVersion, MitigationLevel, ThreatMultiplierLevel } from '../../src/model/index.js';

/** CVSS base scores are tenths; factor sums are ten factor values in [0, 1] (continuous allowed). */
const cvssArb = fc.integer({ min: 0, max: 100 }).map((t) => t / 10);
const factorArb = fc.oneof(fc.constantFrom(0, 0.5, 1), fc.integer({ min: 0, max: 100 }).map((h) => h / 100));
const factorsArb = fc.array(factorArb, { minLength: 10, maxLength: 10 });
const sumOf = (fs: number[]) => fs.reduce((acc, f) => acc.plus(exact(f)), exact(0)).toNumber();
const versionArb = fc.constantFrom<AivssVersion>('0.8', '0.5');
const threatArb = fc.constantFrom<ThreatMultiplierLevel>('attacked', 'poc', 'unreported');
const mitigationArb = fc.constantFrom<MitigationLevel>('none', 'partial', 'strong');

describe('AIVSS properties', () => {
  it('every score lies in [0, 10] and has at most one decimal', () => {
    fc.assert(
      fc.property(versionArb, cvssArb, factorsArb, threatArb, mitigationArb, (version, cvss, fs, threat, mitigation) => {
        const s = aivssScore({ version, cvss, factorSum: sumOf(fs), threat, mitigation });
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(10);
        expect(Math.round(s * 10) / 10).toBe(s);
      }),
    );
  });

  it('v0.8 never scores below the CVSS base when no mitigation is claimed (MF 1.0)', () => {
    fc.assert(
      fc.property(cvssArb, factorsArb, threatArb, (cvss, fs, threat) => {
        expect(aivssScore({ version: '0.8', cvss, factorSum: sumOf(fs), threat, mitigation: 'none' })).toBeGreaterThanOrEqual(cvss);
      }),
    );
  });

  it('raising any factor never lowers the score', () => {
    fc.assert(
      fc.property(
        versionArb,
        cvssArb,
        factorsArb,
        fc.integer({ min: 0, max: 9 }),
        factorArb,
        threatArb,
        mitigationArb,
        (version, cvss, fs, index, raised, threat, mitigation) => {
          const higher = fs.map((f, i) => (i === index ? Math.max(f, raised) : f));
          const before = aivssScore({ version, cvss, factorSum: sumOf(fs), threat, mitigation });
          const after = aivssScore({ version, cvss, factorSum: sumOf(higher), threat, mitigation });
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  it('raising the CVSS base never lowers the score', () => {
    fc.assert(
      fc.property(versionArb, cvssArb, cvssArb, factorsArb, (version, a, b, fs) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const sum = sumOf(fs);
        expect(aivssScore({ version, cvss: hi, factorSum: sum })).toBeGreaterThanOrEqual(aivssScore({ version, cvss: lo, factorSum: sum }));
      }),
    );
  });

  it('rounds half up at every tenth boundary: x.x5 goes up, x.x4999… goes down', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), (tenths) => {
        const base = exact(tenths).dividedBy(10);
        expect(roundHalfUp(base.plus('0.05'))).toBe(exact(tenths + 1).dividedBy(10).toNumber());
        expect(roundHalfUp(base.plus('0.0499999999'))).toBe(base.toNumber());
        expect(roundHalfUp(base)).toBe(base.toNumber());
      }),
    );
  });

  it('a v0.8 score whose exact raw value ends in 5 at the hundredths rounds up', () => {
    // CVSS 0, attacked, no mitigation: AIVSS = ΣF exactly, so ΣF = x.x5 probes each boundary through the formula.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), (tenths) => {
        const factorSum = exact(tenths).dividedBy(10).plus('0.05').toNumber();
        expect(aivssScore({ version: '0.8', cvss: 0, factorSum, threat: 'attacked' })).toBe(exact(tenths + 1).dividedBy(10).toNumber());
      }),
    );
  });
});
