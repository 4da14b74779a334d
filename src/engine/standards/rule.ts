/**
 * A table's own 评分标准 as data: what one text in a 评分标准 / 评分办法 / 计分方法 column (or
 * one numbered note under the table) says a leaf should score. Every kind below is a reading
 * the parser could make from the words alone; a text that fits none stays `Unparsed`.
 */
import type { Band, QualitativeOutcome } from '../profile/profile.js';
import type { Quantity } from '../values/target.js';

/** At least one item: a tier list, a checklist or a sum never comes empty. */
export type NonEmpty<T> = readonly [T, ...T[]];

/** What a clause gives: 得满分, 计5分, 得80%（of 分值）, or 分值 less a deduction (超编扣0.5分). */
export type Award =
  | { readonly kind: 'full' }
  | { readonly kind: 'points'; readonly points: number }
  | { readonly kind: 'share'; readonly share: number }
  | { readonly kind: 'less'; readonly points: number };

/** The figure a rule reads. */
export interface Measure {
  /** As the rule names it ("满意度", "政府采购执行率"); null when it names none. */
  readonly name: string | null;
  /**
   * `actual`: the leaf's 实际完成值 itself (a rate such as 满意度);
   * `completion`: 实际完成值 ÷ 指标值 (完成率, 完成比例);
   * `unnamed`: the rule names no figure — the leaf's own value when it is on the rule's scale
   * (a percentage against percentage thresholds), else its 完成率;
   * `formula`: a figure the rule defines from others ("已完成项目数/计划完成项目总数"), which the
   * table does not give.
   */
  readonly basis: 'actual' | 'completion' | 'unnamed' | 'formula';
}

export interface Bound {
  readonly value: number;
  readonly inclusive: boolean;
}

/** A range of the measure; percentages as fractions (95% → 0.95). */
export interface Interval {
  readonly min: Bound | null;
  readonly max: Bound | null;
  readonly percent: boolean;
}

export interface Tier {
  readonly when: Interval;
  readonly award: Award;
}

/** 得分 = 比率 × 分值 ("完成率×分值", "得分=政府采购执行率×2分", "按完成比例计分"), at most 分值. */
export interface Proportional {
  readonly kind: 'proportional';
  readonly measure: Measure;
  /** The points the rate multiplies; null when the rule says 分值 or names none. */
  readonly points: number | null;
  readonly quote: string;
}

/** 反向: full marks up to a limit, beyond it 分值 × 上限 ÷ 实际 ("≤A得满分，超出按A/B计分"). */
export interface Reverse {
  readonly kind: 'reverse';
  /** The limit the rule writes; null: the leaf's 指标值. */
  readonly limit: Quantity | null;
  readonly quote: string;
}

/**
 * So many points off per step the measure falls short of (or exceeds) a threshold, never
 * below 0 ("每少1个百分点扣0.5分，扣完为止", "≤100%计5分；每超过一个百分点扣0.5分").
 */
export interface Deduction {
  readonly kind: 'deduction';
  readonly measure: Measure;
  /** 每少/每降低 (below), 每超过/每增加 (above), 每相差 (either). */
  readonly direction: 'below' | 'above' | 'either';
  /** The rule's own standard ("以100%为标准", "≤0计5分"); null: the leaf's 指标值. */
  readonly threshold: Quantity | null;
  /** One step; a percentage step counts percentage points (1 个百分点 → 0.01). */
  readonly step: Quantity;
  readonly points: number;
  /** What the leaf gets before any deduction (计5分); 分值 unless the rule says otherwise. */
  readonly start: Award;
  /** "扣满15分为止": the most the rule takes off; null: down to 0 (扣完为止). */
  readonly limit: number | null;
  readonly quote: string;
}

/**
 * So many points off per counted event ("一项重点工作没有完成扣4分，扣完为止", "每出现一例不符合
 * 要求的扣1分"). The count is never in the table, so such a rule can be read but not applied.
 */
export interface PerOccurrence {
  readonly kind: 'per-occurrence';
  /** What is counted, as the rule says it ("重点工作没有完成"). */
  readonly what: string;
  /** The counter it is counted in (项, 例, 个). */
  readonly unit: string;
  readonly points: number;
  readonly limit: number | null;
  readonly quote: string;
}

/**
 * Points off per kind of finding, each its own amount or range ("虚列套取扣4-7分 依据不合规扣2分
 * 截留、挤占、挪用扣3-6分"): whether any occurred is never in the table, so such a rule can be
 * read but not applied.
 */
export interface Findings {
  readonly kind: 'findings';
  readonly items: NonEmpty<Finding>;
  readonly quote: string;
}

export interface Finding {
  /** The finding as the rule names it ("虚列套取"). */
  readonly text: string;
  /** Points off: min = max when the rule states one amount; a range leaves it to the reviewer. */
  readonly min: number;
  readonly max: number;
}

/** Thresholds on one measure ("≥95%得满分，90%–95%得80%…"); tiers never overlap. */
export interface Tiers {
  readonly kind: 'tiers';
  readonly measure: Measure;
  readonly tiers: readonly [Tier, Tier, ...Tier[]];
  readonly quote: string;
}

/**
 * Its points when a condition holds, else nothing or a fixed deduction from them ("有规划得满分，
 * 无规划不得分", "有…计2分,没有不得分", "资金管理制度健全规范,得2分").
 */
export interface AllOrNothing {
  readonly kind: 'all-or-nothing';
  /** The words for "met" and "not met" as the rule writes them ("有规划" / "无规划"). */
  readonly met: string;
  /** Null when the rule states only the condition: not meeting it earns nothing. */
  readonly unmet: string | null;
  /** What meeting it gives: 满分, or the points it names (at most 分值). */
  readonly award: Extract<Award, { kind: 'full' | 'points' }>;
  /** What not meeting it gives; a `less` deduction counts from `award`. */
  readonly otherwise: Award;
  readonly quote: string;
}

/** Named grades, each with its award ("高中低三档，按0.2分每档递减", "无结余,3分;有结余…,2分"). */
export interface Cases {
  readonly kind: 'cases';
  readonly cases: readonly [CaseOf, CaseOf, ...CaseOf[]];
  readonly quote: string;
}

export interface CaseOf {
  readonly label: string;
  readonly award: Award;
}

/** Points per item met, summed ("①…，1分；②…，1分；③…，1分"). */
export interface Checklist {
  readonly kind: 'checklist';
  readonly items: readonly [ChecklistItem, ChecklistItem, ...ChecklistItem[]];
  readonly quote: string;
}

export interface ChecklistItem {
  readonly text: string;
  readonly points: number;
}

/** 定性 tiers as shares of 分值 ("…三档，分别按照该指标对应分值区间100%-80%(含)、80%-60%(含)、60%-0%"). */
export interface QualitativeBands {
  readonly kind: 'qualitative-bands';
  readonly bands: Readonly<Record<QualitativeOutcome, Band>>;
  readonly quote: string;
}

/** A note that rules 定量 and 定性 indicators apart (seed 000 注3). */
export type ByIndicatorType = {
  readonly kind: 'by-indicator-type';
  readonly quote: string;
} & (
  | { readonly quantitative: ScoringRule; readonly qualitative: ScoringRule | null }
  | { readonly quantitative: null; readonly qualitative: ScoringRule }
);

/** Parts scored on different figures and added ("1.“三公”经费控制率…3分 2.日常公用经费控制率…3分"). */
export interface Sum {
  readonly kind: 'sum';
  readonly parts: readonly [ScoringRule, ScoringRule, ...ScoringRule[]];
  readonly quote: string;
}

/** A rule with a condition that voids it ("如实际采购金额大于采购预算，本项得0分"). */
export interface Guarded {
  readonly kind: 'guarded';
  readonly rule: ScoringRule;
  /** The condition as written; when it holds the leaf scores 0. */
  readonly zeroWhen: string;
  readonly quote: string;
}

export type ScoringRule =
  | Proportional
  | Reverse
  | Deduction
  | PerOccurrence
  | Findings
  | Tiers
  | AllOrNothing
  | Cases
  | Checklist
  | QualitativeBands
  | ByIndicatorType
  | Sum
  | Guarded;

/** A text the parser could not read as a rule: kept as written, never guessed at. */
export interface Unparsed {
  readonly kind: 'unparsed';
  readonly text: string;
}

export type Standard = ScoringRule | Unparsed;
