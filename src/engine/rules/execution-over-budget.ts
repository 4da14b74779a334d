import { denominator } from '../score/execution.js';
import { num, pct } from '../text/format.js';
import { numberOf, tolerance } from '../values/reading.js';
import type { Rule } from './rule.js';
import { amountRowName } from './names.js';

/** Spending above the budget usually means an adjustment the table does not show. */
export const executionOverBudget: Rule = {
  id: 'execution-over-budget',
  severity: 'warning',
  title: '执行数超过预算',
  description: '执行数 > 预算数 on a budget row',
  budget({ table }, ctx) {
    for (const row of [...(table.total ? [table.total] : []), ...table.groups.flat()]) {
      const budget = denominator(row, ctx.profile);
      const b = budget ? numberOf(budget.reading) : null;
      const e = row.executed ? numberOf(row.executed.reading) : null;
      if (!row.executed || b === null || e === null) continue;
      if (e <= b + tolerance(row.executed.reading)) continue;
      // A budget of 0 gives no rate at all, not a rate of 0 %.
      const rate = b > 0 ? `执行率 ${pct(e / b)}` : '预算数为 0，执行率无法计算';
      ctx.report(
        row.executed.address,
        `「${amountRowName(row)}」执行数 ${num(e)} 超过预算数 ${num(b)}（超出 ${num(e - b)}，${rate}）；请确认是否有预算调整未反映在表中。`,
        b,
        e,
      );
    }
  },
};
