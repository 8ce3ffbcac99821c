import { Decimal } from 'decimal.js';

/**
 * A private Decimal constructor: generous precision so no intermediate of the AIVSS formulas is
 * ever rounded, half-up when we do round. Cloning keeps the library's global settings untouched.
 */
const Exact = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_UP });
export type Exact = InstanceType<typeof Exact>;

/**
 * Reads a number the way a person wrote it: `String(0.83)` is "0.83", the shortest text that
 * round-trips, so the decimal we build is exactly the value in the data or the profile.
 */
export function exact(value: number | string): Exact {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`Expected a finite number, got ${String(value)}`);
  }
  return new Exact(typeof value === 'number' ? String(value) : value);
}

export function sumExact(values: readonly (number | string)[]): Exact {
  return values.reduce<Exact>((acc, v) => acc.plus(exact(v)), new Exact(0));
}

/** Round half up to `places` decimals (8.65 → 8.7, 8.64 → 8.6) and return a plain number. */
export function roundHalfUp(value: Exact, places = 1): number {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();
}

export function clampExact(value: Exact, min: number, max: number): Exact {
  return Exact.min(Exact.max(value, min), max);
}
