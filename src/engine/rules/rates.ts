/**
 * Stated rates (得分率, 预算执行率) against the ratio of their own figures. A rate appears as
 * 0.9 with a % format, as "90%", or as 90 typed without a sign; all mean the same.
 */
import type { FieldRef } from '../model.js';
import type { WritePurpose } from '../report.js';
import { pct } from '../text/format.js';
import { numberOf, round, tolerance, type Reading } from '../values/reading.js';
import type { RuleContext } from './context.js';

/**
 * Reports a rate that differs from `expected` and plans the right one; an empty rate cell is
 * filled, text in a rate cell is left to the user.
 */
export function checkRate(
  ctx: RuleContext,
  field: FieldRef,
  expected: number,
  purpose: Extract<WritePurpose, 'score-rate' | 'execution-rate'>,
  message: (expected: string, found: string) => string,
): void {
  const reading = field.reading;
  const found = asFraction(reading);
  if (found !== null && Math.abs(found - expected) <= rateTolerance(reading)) return;
  if (found !== null) {
    ctx.report(
      'rate-mismatch',
      field.address,
      message(pct(expected), pct(found)),
      round(expected, 4),
      round(found, 4),
    );
  } else if (reading.kind !== 'empty') {
    return;
  }
  ctx.compute(field, round(expected, 4), purpose, '0.00%');
}

/** A rate cell as a fraction: 0.9 with a % format, "90%", or 90 typed without a sign. */
function asFraction(reading: Reading): number | null {
  const value = numberOf(reading);
  if (value === null || reading.kind !== 'number') return null;
  return reading.percent || value <= 1.5 ? value : value / 100;
}

function rateTolerance(reading: Reading): number {
  if (reading.kind !== 'number') return 0.005;
  return reading.percent || reading.value <= 1.5 ? tolerance(reading) : tolerance(reading) / 100;
}
