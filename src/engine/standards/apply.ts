/**
 * applyRule: the score a table's own 评分标准 gives one leaf, from its 分值, 指标值 and 实际完成值,
 * with a Chinese explanation quoting the rule. When the rule needs a fact the table does not
 * hold (how many items went unfinished, which grade a reviewer chose) it says what is missing
 * instead of guessing; when the rule's words allow two counts (每少1个百分点 for 2.5 points
 * short: 2 or 3 steps) it gives the range.
 */
import type { QualitativeOutcome } from '../profile/profile.js';
import { num, pct } from '../text/format.js';
import { normalizeText } from '../text/normalize.js';
import type { Reading } from '../values/reading.js';
import { parseActual, type Quantity, type Target } from '../values/target.js';
import type {
  AllOrNothing,
  Award,
  Cases,
  Deduction,
  Interval,
  Measure,
  Proportional,
  Reverse,
  ScoringRule,
  Tiers,
} from './rule.js';

/** What the table says about one leaf. */
export interface LeafFacts {
  /** 分值. */
  readonly cap: number;
  /** 指标值, as values/target.ts reads it. */
  readonly target: Target;
  /** 实际完成值 as read. */
  readonly actual: Reading;
  /** 度量单位 ("%" makes 95 a percentage). */
  readonly unit: string;
  /** The 定性 grade when the caller has judged it; only 定性 bands need it. */
  readonly outcome?: QualitativeOutcome | null;
}

export type Applied =
  | {
      readonly kind: 'score';
      readonly score: number;
      /** "按表中评分标准「…」应得 3.5 分（…）". */
      readonly explanation: string;
      /** A condition the table cannot settle under which the leaf scores 0 instead. */
      readonly exception?: string;
    }
  | {
      readonly kind: 'range';
      readonly min: number;
      readonly max: number;
      readonly explanation: string;
      readonly exception?: string;
    }
  | { readonly kind: 'missing'; readonly missing: string };

type Outcome =
  | { readonly kind: 'score'; readonly score: number; readonly detail: string }
  | { readonly kind: 'range'; readonly min: number; readonly max: number; readonly detail: string }
  | { readonly kind: 'missing'; readonly missing: string };

export function applyRule(rule: ScoringRule, facts: LeafFacts): Applied {
  if (!(facts.cap > 0)) return { kind: 'missing', missing: '分值' };
  const { outcome, quote, exception } = evaluate(rule, facts);
  if (outcome.kind === 'missing') return outcome;
  const quoted = `按表中评分标准「${quote}」应得`;
  const unless = exception ? `；若${exception}，本项得 0 分` : '';
  const extra = exception ? { exception } : {};
  if (outcome.kind === 'score')
    return {
      kind: 'score',
      score: outcome.score,
      explanation: `${quoted} ${num(outcome.score)} 分（${outcome.detail}）${unless}`,
      ...extra,
    };
  return {
    kind: 'range',
    min: outcome.min,
    max: outcome.max,
    explanation: `${quoted} ${num(outcome.min)}–${num(outcome.max)} 分（${outcome.detail}）${unless}`,
    ...extra,
  };
}

/** The outcome, the words to quote (a note's part that applies, a guard with its rule) and any guard. */
function evaluate(
  rule: ScoringRule,
  facts: LeafFacts,
): { outcome: Outcome; quote: string; exception?: string } {
  if (rule.kind === 'guarded') {
    const inner = evaluate(rule.rule, facts);
    const exception = inner.exception ? `${inner.exception}或${rule.zeroWhen}` : rule.zeroWhen;
    return { outcome: inner.outcome, quote: rule.quote, exception };
  }
  if (rule.kind === 'by-indicator-type') {
    const type = facts.target.kind;
    if (type === 'none')
      return { outcome: missing('指标值（据以区分定量、定性指标）'), quote: rule.quote };
    const part = type === 'quantitative' ? rule.quantitative : rule.qualitative;
    if (!part) {
      const words = type === 'quantitative' ? '定量' : '定性';
      return { outcome: missing(`${words}指标的计分规则（说明中没有）`), quote: rule.quote };
    }
    return evaluate(part, facts);
  }
  return { outcome: outcomeOf(rule, facts), quote: rule.quote };
}

function outcomeOf(
  rule: Exclude<ScoringRule, { kind: 'guarded' | 'by-indicator-type' }>,
  facts: LeafFacts,
): Outcome {
  switch (rule.kind) {
    case 'proportional':
      return proportional(rule, facts);
    case 'reverse':
      return reverse(rule, facts);
    case 'deduction':
      return deduction(rule, facts);
    case 'tiers':
      return tiers(rule, facts);
    case 'all-or-nothing':
      return allOrNothing(rule, facts);
    case 'cases':
      return cases(rule, facts);
    case 'per-occurrence':
      return missing(`${rule.what}的${rule.unit}数（表中没有）`);
    case 'findings':
      return missing(`所列问题（${rule.items.map((i) => i.text).join('；')}）是否发生（表中没有）`);
    case 'checklist': {
      const total = rule.items.reduce((s, i) => s + i.points, 0);
      return missing(
        `各分项是否达到（共 ${rule.items.length} 项、${num(total)} 分，表中只有总得分）`,
      );
    }
    case 'qualitative-bands': {
      if (!facts.outcome) return missing('定性指标的完成档次（达成预期、部分达成或未达成）');
      const band = rule.bands[facts.outcome];
      const words = { achieved: '达成预期', partial: '部分达成', failed: '未达成' }[facts.outcome];
      return {
        kind: 'range',
        min: facts.cap * band.min,
        max: facts.cap * band.max,
        detail: `「${words}」档为分值的 ${pct(band.min, 0)}–${pct(band.max, 0)}`,
      };
    }
    case 'sum':
      return missing(`各分项的数值（${rule.parts.map(partName).join('、')}）`);
  }
}

function missing(what: string): Outcome {
  return { kind: 'missing', missing: what };
}

function partName(rule: ScoringRule): string {
  if ('measure' in rule && rule.measure.name) return rule.measure.name;
  return rule.quote;
}

/** The figure a rule reads, and how it was found (for the explanation). */
interface Figure {
  readonly value: number;
  readonly percent: boolean;
  readonly shown: string;
  /** The figure is 实际 ÷ 指标值: its standard is 100%. */
  readonly completion: boolean;
}

/**
 * The figure for `measure`; `scale` is whether the rule's numbers are percentages (null when
 * it writes none, as in "按完成比例计分").
 */
function figureOf(measure: Measure, facts: LeafFacts, scale: boolean | null): Figure | string {
  if (measure.basis === 'formula') return `「${measure.name}」的数值（表中没有）`;
  const read = parseActual(facts.actual, facts.unit);
  if (!read) return '可比较的实际完成值';
  // 0 is 0 on any scale: "预算调整率 0" needs no % sign.
  const actual = read.value === 0 && scale !== null ? { value: 0, percent: scale } : read;
  const own: Figure = {
    ...actual,
    shown: `实际 ${show(actual)}`,
    completion: false,
  };
  if (measure.basis === 'actual') {
    if (scale === true && !actual.percent)
      return `百分比形式的${measure.name}（实际完成值为 ${num(actual.value)}）`;
    return own;
  }
  if (measure.basis === 'unnamed' && scale !== null && actual.percent === scale) return own;
  if (measure.basis === 'unnamed' && scale === false) return '与评分标准同一单位的实际完成值';
  return completionOf(facts, actual);
}

/** 完成率: 实际 ÷ 指标值, or 指标值 ÷ 实际 for a "≤" target exceeded (the reverse indicator). */
function completionOf(facts: LeafFacts, actual: Quantity): Figure | string {
  const t = facts.target;
  if (t.kind !== 'quantitative' || !(t.quantity.value > 0)) return '数值型指标值（据以计算完成率）';
  if (t.quantity.percent !== actual.percent) return '与指标值同一单位的实际完成值';
  const a = actual.value;
  const b = t.quantity.value;
  if (t.op === '<=') {
    const value = a <= b ? 1 : b / a;
    return {
      value,
      percent: true,
      shown: `反向指标，完成率 = 指标值 ${show(t.quantity)} ÷ 实际 ${show(actual)} = ${pct(value)}`,
      completion: true,
    };
  }
  const value = a / b;
  return {
    value,
    percent: true,
    shown: `完成率 = 实际 ${show(actual)} ÷ 指标值 ${show(t.quantity)} = ${pct(value)}`,
    completion: true,
  };
}

function proportional(rule: Proportional, facts: LeafFacts): Outcome {
  const scale = rule.measure.basis === 'actual' ? true : null;
  const figure = figureOf(rule.measure, facts, scale);
  if (typeof figure === 'string') return missing(figure);
  if (!figure.percent) return missing(`百分比形式的${rule.measure.name ?? '完成率'}`);
  const points = rule.points ?? facts.cap;
  const rate = Math.max(0, Math.min(figure.value, 1));
  const score = Math.min(points * rate, facts.cap);
  const over = figure.value > 1 ? '，超过 100% 按 100% 计' : '';
  return {
    kind: 'score',
    score,
    detail: `${figure.shown}${over}，${num(points)} × ${pct(rate)} = ${num(score)}`,
  };
}

function reverse(rule: Reverse, facts: LeafFacts): Outcome {
  const actual = parseActual(facts.actual, facts.unit);
  if (!actual) return missing('可比较的实际完成值');
  const t = facts.target;
  const limit = rule.limit ?? (t.kind === 'quantitative' ? t.quantity : null);
  if (!limit) return missing('数值型指标值（反向指标的上限）');
  if (limit.percent !== actual.percent) return missing('与上限同一单位的实际完成值');
  const shown = `上限 ${show(limit)}，实际 ${show(actual)}`;
  if (actual.value <= limit.value + 1e-9)
    return { kind: 'score', score: facts.cap, detail: `${shown}，未超出得满分` };
  const score = (facts.cap * limit.value) / actual.value;
  return {
    kind: 'score',
    score,
    detail: `${shown}，超出按 ${num(facts.cap)} × ${show(limit)} ÷ ${show(actual)} = ${num(score)}`,
  };
}

function deduction(rule: Deduction, facts: LeafFacts): Outcome {
  const figure = figureOf(rule.measure, facts, rule.step.percent);
  if (typeof figure === 'string') return missing(figure);
  if (figure.percent !== rule.step.percent)
    return missing(rule.step.percent ? '百分比形式的实际完成值' : '与扣分单位相同的实际完成值');
  const standard = thresholdOf(rule, facts, figure);
  if (typeof standard === 'string') return missing(standard);
  const gap =
    rule.direction === 'below'
      ? standard.value - figure.value
      : rule.direction === 'above'
        ? figure.value - standard.value
        : Math.abs(figure.value - standard.value);
  const start = Math.min(pointsOf(rule.start, facts.cap), facts.cap);
  const limit = rule.limit ?? start;
  const shown = `${figure.shown}，${standard.shown}`;
  if (gap <= 1e-9) return { kind: 'score', score: start, detail: `${shown}，未扣分` };
  const steps = gap / rule.step.value;
  const unit = rule.step.percent ? ' 个百分点' : '';
  const stepWord = `${rule.step.percent ? num(rule.step.value * 100) : num(rule.step.value)}${unit || ' 个单位'}`;
  const gapWord = `${verbOf(rule.direction)} ${rule.step.percent ? num(gap * 100) : num(gap)}${unit}`;
  const after = (n: number) => Math.max(0, start - Math.min(n * rule.points, limit));
  const whole = Math.round(steps);
  if (Math.abs(steps - whole) < 1e-6) {
    const score = after(whole);
    return {
      kind: 'score',
      score,
      detail: `${shown}，${gapWord}，每 ${stepWord}扣 ${num(rule.points)} 分，共扣 ${num(start - score)} 分`,
    };
  }
  const [low, high] = [Math.floor(steps), Math.ceil(steps)];
  return {
    kind: 'range',
    min: after(high),
    max: after(low),
    detail: `${shown}，${gapWord}，不足 ${stepWord}的部分可舍可进，扣 ${num(start - after(low))}–${num(start - after(high))} 分`,
  };
}

function verbOf(direction: Deduction['direction']): string {
  return direction === 'below' ? '少' : direction === 'above' ? '超出' : '相差';
}

/** What the deduction counts from: the rule's own standard, 100% of the plan, or the 指标值. */
function thresholdOf(
  rule: Deduction,
  facts: LeafFacts,
  figure: Figure,
): { value: number; shown: string } | string {
  if (rule.threshold) {
    if (rule.threshold.percent !== figure.percent) return '与评分标准同一单位的实际完成值';
    return { value: rule.threshold.value, shown: `以 ${show(rule.threshold)} 为标准` };
  }
  if (figure.completion) return { value: 1, shown: '以完成 100% 为标准' };
  const t = facts.target;
  if (t.kind !== 'quantitative') return '数值型指标值（扣分的起点）';
  if (t.quantity.percent !== figure.percent) return '与指标值同一单位的实际完成值';
  return { value: t.quantity.value, shown: `指标值 ${show(t.quantity, t.op)}` };
}

function tiers(rule: Tiers, facts: LeafFacts): Outcome {
  const figure = figureOf(rule.measure, facts, rule.tiers[0].when.percent);
  if (typeof figure === 'string') return missing(figure);
  const tier = rule.tiers.find((t) => contains(t.when, figure.value));
  if (!tier) return missing(`${figure.shown} 所在的档次（评分标准未列）`);
  const score = Math.min(pointsOf(tier.award, facts.cap), facts.cap);
  return {
    kind: 'score',
    score,
    detail: `${figure.shown}，属「${showInterval(tier.when)}」档，得 ${num(score)} 分`,
  };
}

function contains(when: Interval, value: number): boolean {
  const eps = 1e-9;
  if (
    when.min &&
    (when.min.inclusive ? value < when.min.value - eps : value <= when.min.value + eps)
  )
    return false;
  if (
    when.max &&
    (when.max.inclusive ? value > when.max.value + eps : value >= when.max.value - eps)
  )
    return false;
  return true;
}

function allOrNothing(rule: AllOrNothing, facts: LeafFacts): Outcome {
  const met = isMet(rule, facts);
  if (met === null) return missing(`是否「${rule.met}」（实际完成值未写明）`);
  const full = Math.min(pointsOf(rule.award, facts.cap), facts.cap);
  const otherwise =
    rule.otherwise.kind === 'less'
      ? full - rule.otherwise.points
      : Math.min(pointsOf(rule.otherwise, facts.cap), full);
  const score = met.value ? full : Math.max(0, otherwise);
  const which = met.value
    ? `属「${rule.met}」`
    : rule.unmet === null
      ? `未达到「${rule.met}」`
      : `属「${rule.unmet}」`;
  return { kind: 'score', score, detail: `${met.shown}，${which}` };
}

/** Met when a figure reaches its target, or when the actual text is the rule's (or target's) word. */
function isMet(rule: AllOrNothing, facts: LeafFacts): { value: boolean; shown: string } | null {
  const t = facts.target;
  const actual = parseActual(facts.actual, facts.unit);
  if (t.kind === 'quantitative' && actual && actual.percent === t.quantity.percent) {
    const [a, b] = [actual.value, t.quantity.value];
    const eps = 1e-9;
    const value =
      t.op === '>=' ? a >= b - eps : t.op === '<=' ? a <= b + eps : Math.abs(a - b) <= eps;
    return { value, shown: `指标值 ${show(t.quantity, t.op)}，实际 ${show(actual)}` };
  }
  if (facts.actual.kind !== 'text') return null;
  const said = normalizeText(facts.actual.text).replace(/^已/, '');
  const shown = `实际「${facts.actual.text}」`;
  if (rule.unmet !== null && (said === rule.unmet || said.includes(rule.unmet)))
    return { value: false, shown };
  if (said === rule.met || (t.kind === 'qualitative' && said === normalizeText(t.text)))
    return { value: true, shown };
  return null;
}

function cases(rule: Cases, facts: LeafFacts): Outcome {
  const labels = rule.cases.map((c) => c.label).join('、');
  if (facts.actual.kind !== 'text') return missing(`属于哪一档（${labels}）`);
  const said = normalizeText(facts.actual.text);
  const hit = rule.cases.find((c) => c.label === said);
  if (!hit) return missing(`属于哪一档（${labels}），实际「${facts.actual.text}」未写明`);
  const score = Math.max(0, Math.min(pointsOf(hit.award, facts.cap), facts.cap));
  return { kind: 'score', score, detail: `实际「${facts.actual.text}」，属「${hit.label}」档` };
}

function pointsOf(award: Award, cap: number): number {
  switch (award.kind) {
    case 'full':
      return cap;
    case 'points':
      return award.points;
    case 'share':
      return cap * award.share;
    case 'less':
      return cap - award.points;
  }
}

function show(q: Quantity, op?: '>=' | '<=' | '='): string {
  const sign = op === '>=' ? '≥' : op === '<=' ? '≤' : op === '=' ? '=' : '';
  return `${sign}${q.percent ? pct(q.value) : num(q.value)}`;
}

function showInterval(when: Interval): string {
  const v = (x: number) => (when.percent ? pct(x) : num(x));
  const { min, max } = when;
  if (min && max && min.value === max.value) return `=${v(min.value)}`;
  if (min && max)
    return `${v(min.value)}${min.inclusive ? '≤' : '<'}x${max.inclusive ? '≤' : '<'}${v(max.value)}`;
  if (min) return `${min.inclusive ? '≥' : '>'}${v(min.value)}`;
  if (max) return `${max.inclusive ? '≤' : '<'}${v(max.value)}`;
  return '任意';
}
