/**
 * One leaf indicator as the rules see it: its cap, its stated score, the score the
 * quantitative rule gives (定量: ≥A full when B ≥ A, else 分值×B/A; ≤A full when B ≤ A, else
 * 分值×A/B), and the score that enters the total. Computed once per leaf, read by every rule.
 */
import type { FieldRef, Indicator, RateScale } from '../model.js';
import { capInLabel } from '../recognize/labels.js';
import { parseStandard, type Standard } from '../standards/index.js';
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

/** What the quantitative rule makes of a leaf whose target is a number. */
export type Quantitative =
  | {
      readonly kind: 'score';
      readonly value: number;
      readonly op: Comparator;
      /** Whether the table wrote the direction (≥, ≤, 指标性质); else it is read by meaning. */
      readonly explicitOp: boolean;
      readonly target: Quantity;
      readonly actual: Quantity;
      readonly cap: number;
    }
  /** The actual value is empty or not a number ("完整"): nothing to compare. */
  | {
      readonly kind: 'not-comparable';
      readonly op: Comparator;
      readonly explicitOp: boolean;
      readonly target: Quantity;
    };

/** What a leaf's reading depends on beyond its own row. */
export interface LeafContext {
  /** Whether an empty score counts as the rule's suggestion (values are being written). */
  readonly countSuggestions: boolean;
  /** How the grid's 得分率 column writes figures without a %. */
  readonly scoreRateScale: RateScale;
  /** 满分: a 权重 written as a percentage ("20%") is that share of it. */
  readonly fullMarks: number;
  /** The grid has no 分值 column: a leaf's cap may stand in its label ("决策依据(4分)"). */
  readonly capsInLabels: boolean;
}

export class LeafFacts {
  /** The 分值 and 得分 cells, fetched once: every rule reads them. */
  readonly capField: FieldRef | null;
  readonly scoreField: FieldRef | null;
  /** 分值 when it is a usable number (≥ 0); null when missing or invalid. */
  readonly cap: number | null;
  /** The stated score when it is a number; null when empty, text or an error value. */
  readonly stated: number | null;
  /** The score as it enters the total: clamped to [0, 分值]. */
  readonly counted: number;
  // Read when a rule asks, once: totals need only the cap and the score.
  private targetFieldMemo: FieldRef | null | undefined;
  private actualFieldMemo: FieldRef | null | undefined;
  private unitMemo: string | undefined;
  private targetMemo: Target | undefined;
  private quantitativeMemo: Quantitative | null | undefined;
  private standardMemo: Standard | null | undefined;

  constructor(
    readonly indicator: Indicator,
    private readonly context: LeafContext,
  ) {
    this.capField = indicator.cap;
    this.scoreField = indicator.score;
    this.cap = capOf(this.capField, indicator, context);
    const scoreReading = this.scoreField?.reading;
    this.stated = scoreReading?.kind === 'number' ? scoreReading.value : null;
    const suggestion =
      context.countSuggestions && scoreReading?.kind === 'empty' ? this.suggestion() : null;
    const basis = this.stated ?? suggestion ?? 0;
    this.counted = Math.max(0, this.cap === null ? basis : Math.min(basis, this.cap));
  }

  /** The 指标值 cell. */
  get targetField(): FieldRef | null {
    if (this.targetFieldMemo === undefined) this.targetFieldMemo = this.indicator.target;
    return this.targetFieldMemo;
  }

  /** The 实际完成值 cell. */
  get actualField(): FieldRef | null {
    if (this.actualFieldMemo === undefined) this.actualFieldMemo = this.indicator.actual;
    return this.actualFieldMemo;
  }

  /** The 度量单位 as written ("%", "次"), or "". */
  get unit(): string {
    if (this.unitMemo === undefined) {
      const unit = this.indicator.unit?.cell.value;
      this.unitMemo = typeof unit === 'string' ? unit : '';
    }
    return this.unitMemo;
  }

  /** The 指标值 as a target (指标性质 giving the direction when there is one). */
  get target(): Target {
    return (this.targetMemo ??= targetOf(this));
  }

  /** Null when the target is not quantitative, the cap unusable or there is no actual column. */
  get quantitative(): Quantitative | null {
    if (this.quantitativeMemo === undefined)
      this.quantitativeMemo =
        this.cap === null ? null : quantitativeOf(this, this.target, this.cap);
    return this.quantitativeMemo;
  }

  /** The row's own 评分标准 text as a rule (or kept unparsed); null when the row has none. */
  get standard(): Standard | null {
    if (this.standardMemo === undefined) {
      const r = this.indicator.standard?.reading;
      this.standardMemo = r?.kind === 'text' && r.text.length > 1 ? parseStandard(r.text) : null;
    }
    return this.standardMemo;
  }

  /** How the grid's 得分率 column writes figures without a %. */
  get scoreRateScale(): RateScale {
    return this.context.scoreRateScale;
  }

  /** The name a message uses: the 三级指标, or the row when the table leaves it blank. */
  get name(): string {
    return this.indicator.name || `第 ${this.indicator.row + 1} 行指标`;
  }

  /** Whether the cap is set but unusable (negative, text, an error value). */
  get capInvalid(): boolean {
    const r = this.capField?.reading;
    return r !== undefined && r.kind !== 'empty' && this.cap === null;
  }

  /**
   * A stated score inside [0, 分值]: the only kind worth judging further (a score outside is
   * already a certain error; judging it again adds only noise).
   */
  get judged(): boolean {
    const field = this.scoreField;
    return (
      field !== null &&
      this.stated !== null &&
      this.cap !== null &&
      this.stated >= 0 &&
      this.stated <= this.cap + tolerance(field.reading)
    );
  }

  /** The quantitative rule's score, rounded as it would be written, for an empty score. */
  suggestion(): number | null {
    return this.quantitative?.kind === 'score' ? round(this.quantitative.value) : null;
  }
}

/**
 * A leaf's 分值: a number ≥ 0 in its cap cell, a 权重 written as a percentage taken as that
 * share of 满分 ("20%" of 100 is 20 points), or, in a grid without a 分值 column, the cap its
 * label states. Null when missing or unusable.
 */
function capOf(field: FieldRef | null, ind: Indicator, context: LeafContext): number | null {
  const r = field?.reading;
  if (r?.kind === 'number') {
    if (!(r.value >= 0) || !Number.isFinite(r.value)) return null;
    return r.percent ? round(r.value * context.fullMarks, 6) : r.value;
  }
  if (r && r.kind !== 'empty') return null;
  return context.capsInLabels ? capInLabel(ind.name) : null;
}

function quantitativeOf(leaf: LeafFacts, target: Target, cap: number): Quantitative | null {
  const actualField = target.kind === 'quantitative' ? leaf.actualField : null;
  if (target.kind !== 'quantitative' || !actualField) return null;
  const actual = parseActual(actualField.reading, leaf.unit);
  if (!actual)
    return {
      kind: 'not-comparable',
      op: target.op,
      explicitOp: target.explicitOp,
      target: target.quantity,
    };
  return {
    kind: 'score',
    value: scoreByComparator(target.op, target.quantity.value, actual.value, cap),
    op: target.op,
    explicitOp: target.explicitOp,
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

/**
 * The 指标值 as a target; 指标性质 gives the direction when there is one. A target written
 * without ≥/≤ is read by its indicator's meaning: ≤ for what should stay low (a 成本指标, a
 * 控制率, 预算调整率, 结转结余率, 投诉率 …), ≥ otherwise.
 */
function targetOf(leaf: LeafFacts): Target {
  const field = leaf.targetField;
  if (!field) return NO_TARGET;
  const directionValue = leaf.indicator.direction?.cell.value;
  const direction = typeof directionValue === 'string' ? parseDirection(directionValue) : null;
  const target = parseTarget(field.reading, leaf.unit, direction);
  if (target.kind !== 'quantitative' || target.explicitOp || !staysLow(leaf.indicator))
    return target;
  return { ...target, op: '<=' };
}

/** Indicators whose figure should stay at or under the target: reverse indicators (反向指标). */
const STAYS_LOW =
  /(控制率|控制数|调整率|结余率|结转率|超支率|发生率|事故率|差错率|投诉率|超标率|空置率|流失率|死亡率|发病率|成本|费用|支出数)/;
/** …unless the name is about bringing it down or the rate is one to reach. */
const GOES_UP = /(节约|节省|降低|下降|减少|执行率|使用率|到位率|完成率|覆盖率|合格率)/;

function staysLow(ind: Indicator): boolean {
  if (GOES_UP.test(ind.name)) return false;
  return STAYS_LOW.test(ind.name) || ind.level2.includes('成本');
}

const NO_TARGET: Target = { kind: 'none' };

/** A reading as a message shows it. */
export function describeReading(r: Reading): string {
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

/** How the quantitative rule got its score, for a message; built only when a finding needs it. */
export function explainQuantitative(q: Extract<Quantitative, { kind: 'score' }>): string {
  const shown = `指标值 ${showTarget(q)}，实际 ${showQuantity(q.actual, null)}`;
  if (q.value === q.cap) return `${shown}，已达标得满分`;
  if (q.op === '>=')
    return `${shown}，未达标按 ${num(q.cap)}×${showQuantity(q.actual, null)}÷${showQuantity(q.target, null)} 计`;
  if (q.op === '<=')
    return `${shown}，超出目标按 ${num(q.cap)}×${showQuantity(q.target, null)}÷${showQuantity(q.actual, null)} 计`;
  return `${shown}，未相等按比例计`;
}

/** The target as the table wrote it, and the direction assumed when it wrote none. */
export function showTarget(q: {
  readonly target: Quantity;
  readonly op: Comparator;
  readonly explicitOp: boolean;
}): string {
  return q.explicitOp
    ? showQuantity(q.target, q.op)
    : `${showQuantity(q.target, null)}，未写 ≥/≤，按 ${showQuantity(q.target, q.op)} 计`;
}

/** "≥95%", "≤20", "100". */
export function showQuantity(q: Quantity, op: Comparator | null): string {
  const sign = op === '>=' ? '≥' : op === '<=' ? '≤' : op === '=' ? '=' : '';
  return `${sign}${q.percent ? pct(q.value) : num(q.value)}`;
}
