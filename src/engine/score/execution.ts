/**
 * The execution-rate score (预算执行率得分): 执行率 = 执行数 ÷ 全年预算数 (the adjusted
 * budget, not 年初预算数), score = min(执行率, 100%) × 分值. Its cap and stated score stand in
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
): ExecutionFacts | null {
  const budget = budgetTotal(tables);
  const row = executionRow(tables, grid);
  const cap = row?.cap ? numberOf(row.cap.reading) : (budget?.cap ?? null);
  if (cap === null || Number.isNaN(cap)) return null;
  // From the amounts; a table that publishes only its rate is taken at its word.
  const rate = budget
    ? (rateOf(budget.row) ??
      (budget.row.rate ? asFraction(budget.row.rate.reading, budget.scale) : null))
    : null;
  return {
    cap,
    rate,
    // Nothing can be earned on a rate nobody can compute (no amounts, a budget of 0).
    score: rate === null ? 0 : Math.min(rate, 1) * cap,
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

function rateOf(row: AmountRow): number | null {
  const budget = denominator(row);
  const b = budget ? numberOf(budget.reading) : null;
  const e = row.executed ? numberOf(row.executed.reading) : null;
  return b !== null && e !== null && b > 0 ? e / b : null;
}

/** 全年预算数 when the table has it, else 预算数, else 年初预算数. */
export function denominator(row: AmountRow): FieldRef | null {
  for (const f of [row.adjusted, row.budget, row.initial])
    if (f && f.reading.kind === 'number') return f;
  return null;
}
