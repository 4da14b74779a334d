/**
 * The execution-rate score (预算执行率得分): 执行率 = 执行数 ÷ the profile's budget column
 * (全年预算数, the adjusted budget, nationally), score by the profile's formula (nationally
 * min(执行率, 100%) × 分值). Its cap and stated score stand in
 * the budget block's total row, or in a 预算执行率 row of the grid; its rate comes from the
 * budget block's amounts, else from that row's actual value.
 */
import type {
  AmountRow,
  AmountTable,
  FieldRef,
  Indicator,
  IndicatorTable,
  RateScale,
} from '../model.js';
import { executionPoints } from '../profile/execution.js';
import type { Profile } from '../profile/profile.js';
import { numberOf } from '../values/reading.js';
import { asFraction } from '../values/rate.js';

export interface ExecutionFacts {
  readonly cap: number;
  /** 执行数 ÷ the budget; null when it cannot be known (missing amounts, a budget of 0). */
  readonly rate: number | null;
  readonly score: number;
  /** Where the sheet states the execution score (null when it has no such cell). */
  readonly scoreField: FieldRef | null;
}

export function executionOf(
  tables: readonly AmountTable[],
  grid: IndicatorTable | null,
  profile: Profile,
): ExecutionFacts | null {
  const budget = budgetTotal(tables);
  const row = executionRow(tables, grid);
  const cap = row?.cap ? numberOf(row.cap.reading) : (budget?.cap ?? null);
  if (cap === null || Number.isNaN(cap)) return null;
  // From the amounts; a table that publishes only its rate is taken at its word.
  const rate = budget
    ? (rateOf(budget.row, profile) ??
      (budget.row.rate ? asFraction(budget.row.rate.reading, budget.scale) : null))
    : null;
  return {
    cap,
    rate,
    // Nothing can be earned on a rate nobody can compute (no amounts, a budget of 0).
    score: rate === null ? 0 : executionPoints(profile.execution.formula, rate, cap),
    scoreField: row?.score ?? budget?.row.score ?? null,
  };
}

/**
 * The grid's 预算执行率 row when it is the execution score: the sheet has a budget block
 * (whose amounts give the rate) that states no execution cap, so the row's cap is the one.
 * Without a budget block the row is an indicator with its own rule (seed 002's quarterly
 * 预算执行率, 6 points), and with a capped block it is one more leaf (seed 000's 0.5 point).
 */
export function executionRow(
  tables: readonly AmountTable[],
  grid: IndicatorTable | null,
): Indicator | null {
  const budget = budgetTotal(tables);
  return grid?.execution && budget && Number.isNaN(budget.cap) ? grid.execution : null;
}

/** The first budget table whose total row states a cap (its 分值 cell, or a header label). */
function budgetTotal(
  tables: readonly AmountTable[],
): { row: AmountRow; cap: number; scale: RateScale } | null {
  for (const table of tables) {
    const row = table.total;
    if (!row) continue;
    const cap = (row.cap ? numberOf(row.cap.reading) : null) ?? table.capInLabel?.value ?? null;
    if (cap !== null) return { row, cap, scale: table.rateScale };
  }
  // A total row without a cap still gives the rate for a grid's 预算执行率 row.
  const table = tables.find((t) => t.total);
  return table?.total ? { row: table.total, cap: Number.NaN, scale: table.rateScale } : null;
}

function rateOf(row: AmountRow, profile: Profile): number | null {
  const budget = denominator(row, profile);
  const b = budget ? numberOf(budget.reading) : null;
  const e = row.executed ? numberOf(row.executed.reading) : null;
  return b !== null && e !== null && b > 0 ? e / b : null;
}

/**
 * The budget 执行率 divides by: the profile's column when the table has it (全年预算数 /
 * 调整后预算数 nationally, 年初预算数 where a region says so), else 预算数, else the other.
 */
export function denominator(row: AmountRow, profile: Profile): FieldRef | null {
  const preferred = profile.execution.denominator.column === 'initial' ? row.initial : row.adjusted;
  for (const f of [preferred, row.budget, row.adjusted, row.initial])
    if (f && f.reading.kind === 'number') return f;
  return null;
}
