/**
 * Leaf rules: cap and score validity, the quantitative (定量) rule, qualitative (定性) tiers,
 * 得分率, and the reason a lost point needs. Returns each leaf's score as it enters the total.
 */
import type { FieldRef, Indicator, IndicatorTable } from '../model.js';
import type { QualitativeOutcome } from '../profile/profile.js';
import { normalizeText } from '../text/normalize.js';
import { num, pct } from '../text/format.js';
import { round, tolerance, type Reading } from '../values/reading.js';
import {
  parseActual,
  parseDirection,
  parseTarget,
  type Comparator,
  type Quantity,
  type Target,
} from '../values/target.js';
import type { RuleContext } from './context.js';
import { checkRate } from './rates.js';

/**
 * Per-leaf results of one table, aligned with its indicators: typed arrays rather than an
 * object per leaf, since a table may have 100,000 leaves and the collector traces objects.
 */
export interface LeafScores {
  /** 分值 as a number; NaN when the sheet gives none (or not a number). */
  readonly caps: Float64Array;
  /** The score as it enters the total: clamped to [0, 分值]; 0 when missing or not a number. */
  readonly counted: Float64Array;
}

export function checkIndicators(
  table: IndicatorTable,
  ctx: RuleContext,
  countSuggestions: boolean,
): LeafScores {
  const hasReasonColumn = table.mapping.columns.reason !== undefined;
  const scores: LeafScores = {
    caps: new Float64Array(table.indicators.length),
    counted: new Float64Array(table.indicators.length),
  };
  for (const indicator of table.indicators) {
    checkLeaf(indicator, scores, ctx, hasReasonColumn, countSuggestions);
  }
  return scores;
}

/** Σ 分值 and Σ counted scores of some leaves of a table. */
export function sumLeaves(
  scores: LeafScores,
  indicators: readonly Indicator[],
): { score: number; cap: number } {
  let score = 0;
  let cap = 0;
  for (const ind of indicators) {
    score += scores.counted[ind.index]!;
    const c = scores.caps[ind.index]!;
    if (!Number.isNaN(c)) cap += c;
  }
  return { score, cap };
}

function checkLeaf(
  ind: Indicator,
  scores: LeafScores,
  ctx: RuleContext,
  hasReasonColumn: boolean,
  countSuggestions: boolean,
): void {
  const name = ind.name || `第 ${ind.row + 1} 行指标`;
  // Each leaf cell is fetched once: fields are made on demand.
  const capField = ind.cap;
  const score = ind.score;
  const cap = readCap(capField, name, ctx);
  const stated = readScore(score, name, cap, ctx);
  const target = targetOf(ind);
  const ruleScore = cap === null ? null : quantitativeScore(ind, target, name, cap, ctx);
  // A score outside [0, 分值] is already a certain error; judging it again adds only noise.
  const judged =
    stated !== null && cap !== null && stated >= 0 && stated <= cap + tolerance(score!.reading);

  if (ruleScore && score && (judged || stated === null)) {
    if (stated !== null && Math.abs(stated - ruleScore.value) > tolerance(score.reading)) {
      ctx.report(
        'score-rule-deviation',
        score.address,
        `「${name}」按定量计分规则应得 ${num(ruleScore.value)} 分（${explain(ruleScore)}），表中为 ${num(stated)} 分。请核对得分或说明理由。`,
        round(ruleScore.value),
        stated,
        round(ruleScore.value),
      );
    } else if (score.reading.kind === 'empty') {
      ctx.report(
        'score-suggested',
        score.address,
        `「${name}」得分为空；按定量计分规则可得 ${num(ruleScore.value)} 分（${explain(ruleScore)}）。`,
        round(ruleScore.value),
        null,
        round(ruleScore.value),
      );
      ctx.compute(score, round(ruleScore.value), 'suggested-score');
    }
  }
  if (judged) {
    checkQualitativeBand(ind, score!, target, name, cap!, stated!, ctx);
    checkScoreRate(ind, name, cap!, stated!, ctx);
    if (hasReasonColumn) checkReason(ind, score!, name, cap!, stated!, ctx);
  }

  const basis =
    stated ??
    (countSuggestions && ruleScore && score?.reading.kind === 'empty' ? round(ruleScore.value) : 0);
  const counted = Math.max(0, cap === null ? basis : Math.min(basis, cap));
  scores.caps[ind.index] = cap ?? Number.NaN;
  scores.counted[ind.index] = counted;
}

function readCap(field: FieldRef | null, name: string, ctx: RuleContext): number | null {
  const r = field?.reading;
  if (!field || !r || r.kind === 'empty') return null;
  if (r.kind === 'number') return r.value;
  ctx.report(
    'score-not-number',
    field.address,
    `「${name}」的分值「${describe(r)}」不是数字，无法核对得分。`,
    null,
    describe(r),
  );
  return null;
}

/** The stated score as a number; reports what is wrong with it. */
function readScore(
  field: FieldRef | null,
  name: string,
  cap: number | null,
  ctx: RuleContext,
): number | null {
  const r = field?.reading;
  if (!field || !r || r.kind === 'empty') return null;
  if (r.kind !== 'number') {
    ctx.report(
      'score-not-number',
      field.address,
      `「${name}」的得分「${describe(r)}」不是数字，合计时按 0 分计。`,
      null,
      describe(r),
    );
    return null;
  }
  if (r.value < 0) {
    ctx.report(
      'score-negative',
      field.address,
      `「${name}」得分为 ${num(r.value)}，低于 0；扣分应扣完为止（最低 0 分）。`,
      0,
      r.value,
    );
  } else if (cap !== null && r.value > cap + tolerance(r)) {
    ctx.report(
      'score-over-cap',
      field.address,
      `「${name}」得分 ${num(r.value)} 超过分值 ${num(cap)}（超出 ${num(r.value - cap)}）；三级指标得分最高不能超过该指标分值，合计时按 ${num(cap)} 分计。`,
      cap,
      r.value,
    );
  }
  return r.value;
}

interface RuleScore {
  readonly value: number;
  readonly op: Comparator;
  readonly target: Quantity;
  readonly actual: Quantity;
  readonly cap: number;
}

/** 定量: "≥A" full marks when B ≥ A, else 分值 × B/A; "≤A" full when B ≤ A, else 分值 × A/B. */
function quantitativeScore(
  ind: Indicator,
  target: Target,
  name: string,
  cap: number,
  ctx: RuleContext,
): RuleScore | null {
  const actualField = target.kind === 'quantitative' ? ind.actual : null;
  if (target.kind !== 'quantitative' || !actualField) return null;
  const reading = actualField.reading;
  const actual = parseActual(reading, unitOf(ind));
  if (!actual) {
    const targetText = show(target.quantity, target.op);
    ctx.report(
      'actual-not-comparable',
      actualField.address,
      reading.kind === 'empty'
        ? `「${name}」是定量指标（${targetText}），但实际完成值为空，无法计分。`
        : `「${name}」是定量指标（${targetText}），实际完成值「${describe(reading)}」不是可比较的数值。请填写实际数值。`,
      targetText,
      reading.kind === 'empty' ? null : describe(reading),
    );
    return null;
  }
  return {
    value: scoreByComparator(target.op, target.quantity.value, actual.value, cap),
    op: target.op,
    target: target.quantity,
    actual,
    cap,
  };
}

function scoreByComparator(op: Comparator, a: number, b: number, cap: number): number {
  const eps = 1e-9;
  if (op === '>=') return b >= a - eps ? cap : a > 0 ? Math.max(0, (cap * b) / a) : 0;
  if (op === '<=') return b <= a + eps ? cap : b > 0 ? (cap * a) / b : 0;
  if (Math.abs(a - b) <= eps) return cap;
  return a > 0 && b > 0 ? (cap * Math.min(a, b)) / Math.max(a, b) : 0;
}

/** How the rule got its score, for the message; built only when a finding needs it. */
function explain(s: RuleScore): string {
  const shown = `指标值 ${show(s.target, s.op)}，实际 ${show(s.actual, null)}`;
  if (s.value === s.cap) return `${shown}，已达标得满分`;
  if (s.op === '>=')
    return `${shown}，未达标按 ${num(s.cap)}×${show(s.actual, null)}÷${show(s.target, null)} 计`;
  if (s.op === '<=')
    return `${shown}，超出目标按 ${num(s.cap)}×${show(s.target, null)}÷${show(s.actual, null)} 计`;
  return `${shown}，未相等按比例计`;
}

function unitOf(ind: Indicator): string {
  const unit = ind.unit?.cell.value;
  return typeof unit === 'string' ? unit : '';
}

/** The 指标值 as a target, read once per leaf; 指标性质 gives the direction when there is one. */
function targetOf(ind: Indicator): Target {
  const field = ind.target;
  if (!field) return NO_TARGET;
  const directionValue = ind.direction?.cell.value;
  const direction = typeof directionValue === 'string' ? parseDirection(directionValue) : null;
  return parseTarget(field.reading, unitOf(ind), direction);
}

const NO_TARGET: Target = { kind: 'none' };

function checkQualitativeBand(
  ind: Indicator,
  score: FieldRef,
  target: Target,
  name: string,
  cap: number,
  stated: number,
  ctx: RuleContext,
): void {
  if (target.kind !== 'qualitative' || cap <= 0) return;
  const actual = ind.actual?.reading;
  if (actual?.kind !== 'text') return;
  const outcome = qualitativeOutcome(target.text, actual.text, ctx);
  if (!outcome) return;
  const band = ctx.profile.qualitativeBands[outcome];
  const share = stated / cap;
  const slack = tolerance(score.reading) / cap;
  if (share >= band.min - slack && share <= band.max + slack) return;
  const words = { achieved: '达成预期', partial: '部分达成', failed: '未达成' }[outcome];
  ctx.report(
    'qualitative-out-of-band',
    score.address,
    `「${name}」为定性指标，实际完成「${actual.text}」属于「${words}」档，应得分值的 ${pct(band.min, 0)}–${pct(band.max, 0)}（${num(cap * band.min)}–${num(cap * band.max)} 分），表中为 ${num(stated)} 分。`,
    `${num(cap * band.min)}–${num(cap * band.max)}`,
    stated,
  );
}

/** Which tier an actual text reached: equal to the target, else the longest tier word it contains. */
function qualitativeOutcome(
  target: string,
  actual: string,
  ctx: RuleContext,
): QualitativeOutcome | null {
  const a = normalizeText(actual);
  if (a === normalizeText(target)) return 'achieved';
  let best: QualitativeOutcome | null = null;
  let length = 0;
  for (const [outcome, words] of Object.entries(ctx.profile.qualitativeWords) as [
    QualitativeOutcome,
    readonly string[],
  ][]) {
    for (const w of words) {
      if (w.length > length && a.includes(w)) {
        best = outcome;
        length = w.length;
      }
    }
  }
  return best;
}

function checkScoreRate(
  ind: Indicator,
  name: string,
  cap: number,
  stated: number,
  ctx: RuleContext,
): void {
  const field = ind.scoreRate;
  if (!field || cap <= 0) return;
  checkRate(
    ctx,
    field,
    stated / cap,
    'score-rate',
    (expected, found) =>
      `「${name}」得分率应为 得分÷分值 = ${num(stated)}÷${num(cap)} = ${expected}，表中为 ${found}。`,
  );
}

function checkReason(
  ind: Indicator,
  score: FieldRef,
  name: string,
  cap: number,
  stated: number,
  ctx: RuleContext,
): void {
  if (stated >= cap - tolerance(score.reading)) return;
  const reason = ind.reason;
  if (!reason) return;
  const r = reason.reading;
  const text =
    r.kind === 'text' ? normalizeText(r.text) : r.kind === 'number' ? String(r.value) : '';
  if (text && !ctx.profile.reasonBoilerplate.includes(text)) return;
  ctx.report(
    'reason-missing',
    reason.address,
    `「${name}」扣了 ${num(cap - stated)} 分（${num(stated)}/${num(cap)}），但${text ? `原因只写了「${text}」` : '未填写原因'}；失分的指标应说明偏离目标的原因及改进措施。`,
    '失分原因',
    text || null,
  );
}

function show(q: Quantity, op: Comparator | null): string {
  const sign = op === '>=' ? '≥' : op === '<=' ? '≤' : op === '=' ? '=' : '';
  return `${sign}${q.percent ? pct(q.value) : num(q.value)}`;
}

function describe(r: Reading): string {
  switch (r.kind) {
    case 'text':
      return r.text;
    case 'error':
      return r.code;
    case 'number':
      return num(r.value);
    case 'empty':
      return '';
  }
}
