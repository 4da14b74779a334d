import { denominator } from '../score/execution.js';
import { num, pct } from '../text/format.js';
import { numberOf, round } from '../values/reading.js';
import { asFraction, showsRate } from '../values/rate.js';
import type { FieldRef, RateScale } from '../model.js';
import type { Rule, RuleContext } from './rule.js';
import { amountRowName, totalRowName } from './names.js';

/** Stated rates against the ratio of their own figures: 得分率 = 得分 ÷ 分值, 执行率 = 执行数 ÷ 预算数. */
export const rateMismatch: Rule = {
  id: 'rate-mismatch',
  severity: 'error',
  title: '比率计算不符',
  description:
    'a stated 预算执行率 ≠ 执行数 ÷ 全年预算数 (on every budget row), or a 得分率 ≠ 得分 ÷ 分值 (leaf or 合计)',
  leaf(leaf, ctx) {
    const field = leaf.indicator.scoreRate;
    if (!field || !leaf.judged || leaf.cap === null || leaf.cap <= 0) return;
    const stated = leaf.stated!;
    const cap = leaf.cap;
    reportRate(ctx, field, leaf.scoreRateScale, stated / cap, (e, f) => {
      return `「${leaf.name}」得分率应为 得分÷分值 = ${num(stated)}÷${num(cap)} = ${e}，表中为 ${f}。`;
    });
  },
  totalRow({ row, sums, isWhole, scoreRateScale: scale }, ctx) {
    if (!row.scoreRate || sums.cap <= 0) return;
    reportRate(ctx, row.scoreRate, scale, sums.score / sums.cap, (e, f) => {
      return `${totalRowName(row, isWhole)}得分率应为 ${num(sums.score)}÷${num(sums.cap)} = ${e}，表中为 ${f}。`;
    });
  },
  budget({ table }, ctx) {
    for (const row of [...(table.total ? [table.total] : []), ...table.groups.flat()]) {
      const budget = denominator(row, ctx.profile);
      const b = budget ? numberOf(budget.reading) : null;
      const e = row.executed ? numberOf(row.executed.reading) : null;
      if (!row.rate || b === null || e === null || b <= 0) continue;
      reportRate(ctx, row.rate, table.rateScale, e / b, (expected, found) => {
        return `「${amountRowName(row)}」预算执行率应为 执行数÷预算数 = ${num(e)}÷${num(b)} = ${expected}，表中为 ${found}。`;
      });
    }
  },
};

function reportRate(
  ctx: RuleContext,
  field: FieldRef,
  scale: RateScale,
  expected: number,
  message: (expected: string, found: string) => string,
): void {
  const found = asFraction(field.reading, scale);
  if (found === null || showsRate(field.reading, expected, scale)) return;
  ctx.report(
    field.address,
    message(pct(expected), pct(found)),
    round(expected, 4),
    round(found, 4),
  );
}
