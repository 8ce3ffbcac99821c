import { describe, expect, it } from 'vitest';
import { CvssVectorError, cvss4BaseScore, parseCvss4Vector, threatFromExploitMaturity } from '../../src/aivss/index.js';

describe('CVSS v4.0 base score (FIRST algorithm via ae-cvss-calculator)', () => {
  it.each([
    // FIRST CVSS v4.0 specification / calculator examples
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H', 10],
    ['CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 8.5],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:N/SI:N/SA:N', 6.9],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N', 0],
    // The AIVSS v0.5 Tool Misuse vector, published there as 9.4
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H', 9.4],
  ])('%s = %d', (vector, score) => {
    expect(cvss4BaseScore(vector)).toBe(score);
  });

  it('scores the base metrics only: threat and environmental metrics are validated, not applied', () => {
    expect(cvss4BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U/CR:H')).toBe(9.3);
  });

  it('reads Exploit Maturity as the AIVSS threat level', () => {
    expect(threatFromExploitMaturity('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A')).toBe('attacked');
    expect(threatFromExploitMaturity('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U')).toBe('unreported');
    expect(threatFromExploitMaturity('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toBeUndefined();
  });

  it('gives the canonical base vector', () => {
    expect(parseCvss4Vector('CVSS:4.0/AV:A/AC:H/AT:P/PR:L/UI:P/VC:H/VI:H/VA:H/SC:L/SI:L/SA:L/E:P').baseVector).toBe(
      'CVSS:4.0/AV:A/AC:H/AT:P/PR:L/UI:P/VC:H/VI:H/VA:H/SC:L/SI:L/SA:L',
    );
  });
});

describe('an invalid vector raises CvssVectorError naming the vector and the problem', () => {
  const base = 'AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
  it.each([
    ['', /the vector is empty/],
    ['garbage', /must start with "CVSS:4.0\/"/],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', /it is a CVSS 3.1 vector; AIVSS needs CVSS v4.0/],
    ['CVSS:4.0/AV:N/AC:L', /missing mandatory base metrics AT, PR, UI, VC, VI, VA, SC, SI, SA/],
    [`CVSS:4.0/${base.replace('AV:N', 'AV:X')}`, /metric "AV" has value "X"; allowed: N, A, L, P/],
    [`CVSS:4.0/${base}/AV:N`, /metric "AV" appears more than once/],
    [`CVSS:4.0/${base}/ZZ:1`, /"ZZ:1" is not a METRIC:VALUE pair|unknown metric/],
    [`CVSS:4.0/${base}/XX:Y`, /unknown metric "XX"/],
    [`CVSS:4.0/AC:L/AV:N/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N`, /metric "AV" is out of order/],
    [`CVSS:4.0/${base}/`, /"" is not a METRIC:VALUE pair/],
  ])('%j', (vector, message) => {
    let error: unknown;
    try {
      cvss4BaseScore(vector);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CvssVectorError);
    const err = error as CvssVectorError;
    expect(err.vector).toBe(vector);
    expect(err.message).toContain(`"${vector}"`);
    expect(err.message).toMatch(message);
  });
});
