/**
 * Stated rates (得分率, 预算执行率) as fractions. A rate appears as 0.9 with a % format, as
 * "90%", or as 90 in a column that writes percentages as plain numbers; all mean the same.
 * Which plain numbers mean percentages is the column's decision (recognize/rateScale.ts).
 */
import type { RateScale } from '../model.js';
import { numberOf, tolerance, type Reading } from './reading.js';

/** A rate cell as a fraction. */
export function asFraction(reading: Reading, scale: RateScale): number | null {
  const value = numberOf(reading);
  if (value === null || reading.kind !== 'number') return null;
  return reading.percent || scale === 'fraction' ? value : value / 100;
}

/** Half the last shown decimal, in fraction units. */
export function rateTolerance(reading: Reading, scale: RateScale): number {
  if (reading.kind !== 'number') return 0.005;
  return reading.percent || scale === 'fraction' ? tolerance(reading) : tolerance(reading) / 100;
}

/** Whether a stated rate shows the expected fraction. */
export function showsRate(reading: Reading, expected: number, scale: RateScale): boolean {
  const found = asFraction(reading, scale);
  return found !== null && Math.abs(found - expected) <= rateTolerance(reading, scale);
}
