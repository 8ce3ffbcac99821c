import { describe, expect, it } from 'vitest';
import { boundedCache } from '../src/memo.js';

describe('boundedCache', () => {
  it('makes a value once per key and hands the same value back', () => {
    const cache = boundedCache<string, { n: number }>();
    let made = 0;
    const make = () => ({ n: ++made });
    const a = cache('a', make);
    expect(cache('a', make)).toBe(a);
    expect(cache('b', make)).not.toBe(a);
    expect(made).toBe(2);
  });

  it('keeps an undefined result too, and starts over once full', () => {
    const cache = boundedCache<number, undefined>(2);
    let made = 0;
    const make = () => void made++;
    cache(1, make);
    cache(1, make);
    expect(made).toBe(1);
    cache(2, make);
    cache(3, make); // full: emptied, then 3 kept
    cache(1, make);
    expect(made).toBe(4);
  });
});
