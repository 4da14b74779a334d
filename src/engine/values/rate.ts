/**
 * Stated rates (得分率, 预算执行率) as fractions. A rate appears as 0.9 with a % format, as
 * "90%", or as 90 typed without a sign; all mean the same.
 */
import { numberOf, tolerance, type Reading } from './reading.js';

/** A rate cell as a fraction: 0.9 with a % format, "90%", or 90 typed without a sign. */
export function asFraction(reading: Reading): number | null {
  const value = numberOf(reading);
  if (value === null || reading.kind !== 'number') return null;
  return reading.percent || value <= 1.5 ? value : value / 100;
}

/** Half the last shown decimal, in fraction units. */
export function rateTolerance(reading: Reading): number {
  if (reading.kind !== 'number') return 0.005;
  return reading.percent || reading.value <= 1.5 ? tolerance(reading) : tolerance(reading) / 100;
}

/** Whether a stated rate shows the expected fraction. */
export function showsRate(reading: Reading, expected: number): boolean {
  const found = asFraction(reading);
  return found !== null && Math.abs(found - expected) <= rateTolerance(reading);
}
