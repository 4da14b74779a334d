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
  /** 执行数 ÷ the budget; null when either is missing or the budget is 0. */
  readonly rate: number | null;
  readonly score: number;
}

/**
 * The first budget table whose total row states a cap. The rate needs both amounts and a
 * budget above 0; without them the cap still belongs to the table, and nothing is earned.
 */
export function executionOf(tables: readonly AmountTable[]): ExecutionFacts | null {
  for (const table of tables) {
    const row = table.total;
    if (!row) continue;
    const cap = (row.cap ? numberOf(row.cap.reading) : null) ?? table.capInLabel?.value ?? null;
    if (cap === null) continue;
    const budget = denominator(row);
    const b = budget ? numberOf(budget.reading) : null;
    const e = row.executed ? numberOf(row.executed.reading) : null;
    const rate = b !== null && e !== null && b > 0 ? e / b : null;
    return {
      table,
      row,
      cap,
      rate,
      score: rate === null ? 0 : Math.min(rate, 1) * cap,
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
