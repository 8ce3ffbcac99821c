import type { FactorResult } from '../model/factor.js';
import { exact, roundHalfUp, sumExact, type Exact } from './decimal.js';
import { boundedCache } from '../memo.js';

export interface Posture {
  /** Σ factor values (v0.5's agent-level AARS), half up to one decimal. */
  sum: number;
  /** The same sum with each value snapped to the nearest allowed level (0, 0.5, 1; halves round up). */
  snappedSum: number;
  /** True when any value is outside {0, 0.5, 1}: the continuous extension is in use. */
  continuous: boolean;
}

export function factorSumExact(factors: readonly FactorResult[]): Exact {
  return sumExact(factors.map((f) => f.value));
}

/** The exact factor sum as a number, for the score formulas (which round once, at the end). */
export function factorSum(factors: readonly FactorResult[]): number {
  return factorSumExact(factors).toNumber();
}

/** Nearest of 0, 0.5, 1 (0.25 → 0.5, 0.75 → 1). */
export function snapLevel(value: number): number {
  return roundHalfUp(exact(value).times(2), 0) / 2;
}

// The what-if analyses take the posture of many factor sets that differ in one value or none.
const postures = boundedCache<string, Posture>();

export function postureOf(factors: readonly FactorResult[]): Posture {
  return postures(factors.map((f) => f.value).join(','), () =>
    Object.freeze({
      sum: roundHalfUp(factorSumExact(factors), 1),
      snappedSum: roundHalfUp(sumExact(factors.map((f) => snapLevel(f.value))), 1),
      continuous: factors.some((f) => ![0, 0.5, 1].includes(f.value)),
    }),
  );
}
