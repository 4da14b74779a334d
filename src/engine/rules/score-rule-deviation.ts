import type { ExecutionFormula } from '../profile/profile.js';
import { explainQuantitative } from '../score/leaf.js';
import { num, pct } from '../text/format.js';
import { numberOf, round, tolerance } from '../values/reading.js';
import type { Rule } from './rule.js';

/**
 * A stated score that differs from what its rule gives: the quantitative rule for a leaf
 * (≥A: 分值×B/A; ≤A: 分值×A/B), min(执行率, 100%) × 分值 for the execution score.
 */
export const scoreRuleDeviation: Rule = {
  id: 'score-rule-deviation',
  severity: 'warning',
  title: '得分与评分规则不符',
  description:
    'a stated score differs from what the quantitative rule gives (≥A: 分值×B/A; ≤A: 分值×A/B), or the execution score ≠ min(执行率, 100%) × 分值',
  leaf(leaf, ctx) {
    const q = leaf.quantitative;
    const field = leaf.scoreField;
    if (q?.kind !== 'score' || !field || leaf.stated === null || !leaf.judged) return;
    if (Math.abs(leaf.stated - q.value) <= tolerance(field.reading)) return;
    ctx.report(
      field.address,
      `「${leaf.name}」按定量计分规则应得 ${num(q.value)} 分（${explainQuantitative(q)}），表中为 ${num(leaf.stated)} 分。请核对得分或说明理由。`,
      round(q.value),
      leaf.stated,
      round(q.value),
    );
  },
  evaluation({ execution }, ctx) {
    const field = execution?.scoreField;
    if (!execution || !field) return;
    const stated = numberOf(field.reading);
    const { rate, cap, score } = execution;
    if (rate === null || stated === null || Math.abs(stated - score) <= tolerance(field.reading))
      return;
    ctx.report(
      field.address,
      `预算执行率得分应为 ${formulaText(ctx.profile.execution.formula, rate, cap)} = ${num(score)} 分，表中为 ${num(stated)} 分；总分按 ${num(score)} 分计。`,
      round(score),
      stated,
      round(score),
    );
  },
};

/** How the profile's execution formula gives its points, with the figures in. */
function formulaText(formula: ExecutionFormula, rate: number, cap: number): string {
  const r = pct(Math.min(rate, 1));
  switch (formula.kind) {
    case 'proportional':
      return `min(执行率, 100%)×分值 = ${r}×${num(cap)}`;
    case 'zero-below':
      return `执行率 ${r}（低于 ${pct(formula.threshold, 0)} 不得分，否则按比例）×${num(cap)}`;
    case 'tiers':
      return `执行率 ${r} 所在档次的得分`;
  }
}
