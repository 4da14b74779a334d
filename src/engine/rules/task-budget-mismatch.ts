import type { FieldRef } from '../model.js';
import { num } from '../text/format.js';
import { numberOf, round, tolerance } from '../values/reading.js';
import type { Rule } from './rule.js';
import { amountRowName } from './names.js';

/** 年度主要任务 budgets should add up to the department's 年初预算数 (seed 000: 470.46 vs 470.64). */
export const taskBudgetMismatch: Rule = {
  id: 'task-budget-mismatch',
  severity: 'warning',
  title: '任务预算合计不符',
  description: 'the 年度主要任务 budgets do not add up to 年初预算数',
  evaluation(ev, ctx) {
    const tables = ev.evaluation.budgets;
    const main = tables.find(
      (t) => t.total && (t.total.initial ?? t.total.budget)?.reading.kind === 'number',
    );
    const target = main?.total ? (main.total.initial ?? main.total.budget) : null;
    if (!main?.total || !target) return;
    const t = numberOf(target.reading) ?? 0;
    for (const table of tables) {
      if (table.total) continue;
      const fields = table.groups
        .flat()
        .map((r) => r.budget ?? r.initial)
        .filter((f): f is FieldRef => f?.reading.kind === 'number');
      if (fields.length < 2) continue;
      const sum = fields.reduce((s, f) => s + (numberOf(f.reading) ?? 0), 0);
      if (Math.abs(sum - t) <= tolerance(target.reading)) continue;
      ctx.report(
        target.address,
        `「${table.title || '任务'}」所列 ${fields.length} 项预算合计为 ${num(sum)}，与「${amountRowName(main.total)}」的 ${num(t)} 不一致（相差 ${num(Math.abs(sum - t))}）；请核对是否有任务漏列或数字录入错误。`,
        round(sum, 2),
        t,
      );
    }
  },
};
