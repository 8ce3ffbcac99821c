import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/surface/index.js';

describe('canonicalJson (RFC 8785 style)', () => {
  it('sorts keys by UTF-16 code units and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], A: { z: 0, y: 1 } })).toBe('{"A":{"y":1,"z":0},"a":[true,null,"x"],"b":1}');
    // U+00E9 (é) sorts after "z"; U+1F600 (a surrogate pair, 0xD83D...) sorts before U+FB01 by code units.
    expect(canonicalJson({ '\u00e9': 1, z: 2, '\ufb01': 3, '\u{1f600}': 4 })).toBe('{"z":2,"é":1,"😀":4,"ﬁ":3}');
  });

  it('writes numbers in ECMAScript form (RFC 8785 §3.2.2.3)', () => {
    expect(canonicalJson([1.0, -0, 1e21, 1e-7, 0.1 + 0.2, 100, 333333333.33333329])).toBe('[1,0,1e+21,1e-7,0.30000000000000004,100,333333333.3333333]');
  });

  it('escapes strings like JSON.stringify, keeping non-ASCII as is', () => {
    expect(canonicalJson('a"\\\n\u0001é\u2028')).toBe('"a\\"\\\\\\n\\u0001é\u2028"');
  });

  it('drops undefined members, so an absent and an undefined field are the same', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(/no JSON form/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cyclic/);
  });
});
