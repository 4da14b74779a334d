/** The execution-rate score a profile's formula gives; the one place the formula is read. */
import type { ExecutionFormula } from './profile.js';

/**
 * Points for an execution rate (执行数 ÷ the profile's denominator, 0.9 for 90 %) against a
 * 分值 of `cap`. A rate above 100 % (spent more than budgeted) earns no more than full marks.
 */
export function executionPoints(formula: ExecutionFormula, rate: number, cap: number): number {
  const r = Math.max(0, Math.min(rate, 1));
  switch (formula.kind) {
    case 'proportional':
      return r * cap;
    case 'zero-below':
      return r < formula.threshold ? 0 : r * cap;
    case 'tiers':
      return (formula.tiers.find((t) => r >= t.minRate)?.share ?? 0) * cap;
  }
}
