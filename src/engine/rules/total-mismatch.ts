import { num } from '../text/format.js';
import { numberOf, round, tolerance } from '../values/reading.js';
import type { Rule } from './rule.js';

/** Total = Σ counted leaf scores + the execution-rate score. */
export const totalMismatch: Rule = {
  id: 'total-mismatch',
  severity: 'error',
  title: '总分与明细不符',
  description:
    'the stated total (合计, 总分, 自评得分 …) ≠ Σ leaf scores (each within [0, 分值]) + the execution-rate score',
  totalRow({ row, sums, isWhole }, ctx) {
    if (!isWhole || !row.score) return;
    const stated = numberOf(row.score.reading);
    if (stated === null || Math.abs(stated - sums.score) <= tolerance(row.score.reading)) return;
    ctx.report(
      row.score.address,
      `总分应为各项得分之和 ${num(sums.score)}，表中为 ${num(stated)}（相差 ${num(Math.abs(stated - sums.score))}）。`,
      round(sums.score),
      stated,
    );
  },
  evaluation(ev, ctx) {
    const labelled = ev.evaluation.statedTotal;
    if (!labelled || !ev.total) return;
    const r = labelled.stated;
    const stated = numberOf(r);
    const computed = ev.total.score;
    if (stated === null || Math.abs(stated - computed) <= tolerance(r)) return;
    ctx.report(
      labelled.value.address,
      `${labelled.labelText} ${num(stated)} 与各项得分计算的总分 ${num(computed)} 不一致（相差 ${num(Math.abs(stated - computed))}）。`,
      round(computed),
      stated,
    );
  },
};
