import type { ExecutionFormula } from '../profile/profile.js';
import { explainQuantitative, type LeafFacts } from '../score/leaf.js';
import { outcomeOf } from '../score/qualitative.js';
import { applyRule, type ScoringRule } from '../standards/index.js';
import { num, pct } from '../text/format.js';
import { numberOf, round, tolerance } from '../values/reading.js';
import type { Rule, RuleContext } from './rule.js';

/**
 * A stated score that differs from what its rule gives: the quantitative rule for a leaf
 * (≥A: 分值×B/A; ≤A: 分值×A/B), min(执行率, 100%) × 分值 for the execution score.
 */
export const scoreRuleDeviation: Rule = {
  id: 'score-rule-deviation',
  severity: 'warning',
  title: '得分与评分规则不符',
  description:
    'a stated score differs from what the row’s own 评分标准 gives (proportional, deductions with a floor, tiers, all-or-nothing, reverse; quoted in the message), else from the quantitative rule (≥A: 分值×B/A; ≤A: 分值×A/B); or the execution score differs from the profile’s formula (nationally min(执行率, 100%) × 分值)',
  leaf(leaf, ctx) {
    // The table's own 评分标准 for the row, when it can be read, is the rule; otherwise the
    // quantitative one (an unreadable text is listed by standard-unparsed, never guessed).
    const own = leaf.standard;
    if (own && own.kind !== 'unparsed') return byStandard(leaf, own, ctx);
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

/** A stated score against the row's own 评分标准: its score, or its range when it allows two. */
function byStandard(leaf: LeafFacts, rule: ScoringRule, ctx: RuleContext): void {
  const field = leaf.scoreField;
  const actual = leaf.actualField?.reading;
  if (!field || leaf.stated === null || leaf.cap === null || !leaf.judged || !actual) return;
  const target = leaf.target;
  const outcome =
    target.kind === 'qualitative' && actual.kind === 'text'
      ? outcomeOf(target.text, actual.text, ctx.profile)
      : null;
  const applied = applyRule(rule, {
    cap: leaf.cap,
    target,
    actual,
    unit: leaf.unit,
    outcome,
  });
  if (applied.kind === 'missing') return;
  const tol = tolerance(field.reading);
  const stated = leaf.stated;
  // A rule's voiding condition the table cannot settle ("实际采购金额大于采购预算") may be why
  // the department gave 0: that is not a deviation.
  if (applied.exception && stated === 0) return;
  const [low, high] =
    applied.kind === 'score' ? [applied.score, applied.score] : [applied.min, applied.max];
  if (stated >= low - tol && stated <= high + tol) return;
  const expected = applied.kind === 'score' ? round(applied.score) : `${num(low)}–${num(high)}`;
  ctx.report(
    field.address,
    `「${leaf.name}」${applied.explanation}，表中为 ${num(stated)} 分。`,
    expected,
    stated,
    applied.kind === 'score' ? round(applied.score) : undefined,
  );
}

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
