/**
 * The execution-rate score (预算执行率得分): 执行率 = 执行数 ÷ 全年预算数 (the adjusted
 * budget, not 年初预算数), score = min(执行率, 100%) × 分值, from the budget block's total row.
 */
import type { AmountRow, AmountTable, FieldRef } from '../model.js';
import { numberOf } from '../values/reading.js';

export interface ExecutionFacts {
  readonly table: AmountTable;
  readonly row: AmountRow;
  readonly cap: number;
  /** The budget the rate is taken against, and the amount spent. */
  readonly budget: FieldRef;
  readonly executed: FieldRef;
  readonly rate: number;
  readonly score: number;
}

/** The first budget table whose total row states a cap and both amounts. */
export function executionOf(tables: readonly AmountTable[]): ExecutionFacts | null {
  for (const table of tables) {
    const row = table.total;
    if (!row) continue;
    const cap = (row.cap ? numberOf(row.cap.reading) : null) ?? table.capInLabel?.value ?? null;
    const budget = denominator(row);
    const b = budget ? numberOf(budget.reading) : null;
    const e = row.executed ? numberOf(row.executed.reading) : null;
    if (cap === null || !budget || !row.executed || b === null || e === null || b <= 0) continue;
    const rate = e / b;
    return {
      table,
      row,
      cap,
      budget,
      executed: row.executed,
      rate,
      score: Math.min(rate, 1) * cap,
    };
  }
  return null;
}

/** 全年预算数 when the table has it, else 预算数, else 年初预算数. */
export function denominator(row: AmountRow): FieldRef | null {
  for (const f of [row.adjusted, row.budget, row.initial])
    if (f && f.reading.kind === 'number') return f;
  return null;
}
