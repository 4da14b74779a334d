import { num } from '../text/format.js';
import { numberOf, round, tolerance } from '../values/reading.js';
import type { Rule } from './rule.js';
import { totalRowName } from './names.js';

/** A 小计 (or a segment's 合计) is the Σ of its leaves' scores. */
export const subtotalMismatch: Rule = {
  id: 'subtotal-mismatch',
  severity: 'error',
  title: '小计与明细不符',
  description: 'a 小计 or a segment’s 合计 ≠ Σ its leaves’ scores',
  totalRow({ row, sums, isWhole }, ctx) {
    if (isWhole || !row.score) return;
    const stated = numberOf(row.score.reading);
    if (stated === null || Math.abs(stated - sums.score) <= tolerance(row.score.reading)) return;
    ctx.report(
      row.score.address,
      `${totalRowName(row, false)}应为各项得分之和 ${num(sums.score)}，表中为 ${num(stated)}（相差 ${num(Math.abs(stated - sums.score))}）。`,
      round(sums.score),
      stated,
    );
  },
};
