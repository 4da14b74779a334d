/**
 * A scoring profile: the regional rules as data. Provinces differ in grade bands, the
 * execution-rate score, qualitative tiers and prescribed level-1 weights; none of that is a
 * branch in code. Every profile names the published document it follows (`source`), and
 * where that document is silent it inherits the national rule and says so in a comment.
 */
import type { Grade, RuleId, Severity } from '../report.js';

export interface GradeBand {
  readonly grade: Grade;
  /** Lowest total (inclusive) that earns this grade. */
  readonly min: number;
}

/** A share of 分值, inclusive at both ends. */
export interface Band {
  readonly min: number;
  readonly max: number;
}

export type QualitativeOutcome = 'achieved' | 'partial' | 'failed';

/** Prescribed level-1 weights of one template, matched by label. */
export interface WeightSet {
  readonly name: string;
  readonly weights: readonly { readonly label: string; readonly cap: number }[];
  /**
   * True when the document gives every level-1 cap (they then add up to 满分 less the
   * execution score); false when only some were legible in the published copy.
   */
  readonly complete: boolean;
}

/** 项目支出 (one project) or 部门整体支出 (a whole department): the two table families. */
export type TableKind = 'project' | 'department';

/** The published document a profile follows. */
export interface ProfileSource {
  /** Its title as published, e.g. 《项目支出绩效评价管理办法》. */
  readonly title: string;
  /** Who issued it (财政部, 四川省财政厅 …). */
  readonly issuer: string;
  /** 文号 or 表号 (财预〔2020〕10号, 510000_0013zp); null when the copy found shows none. */
  readonly number: string | null;
  readonly year: number;
  /** Where the copy that was read stands. */
  readonly url?: string;
  /**
   * The publication the copy was read in, when that is not the document itself: a
   * department's report that reproduces the form with its notes.
   */
  readonly seenIn?: string;
}

/** The budget column 预算执行率 divides 执行数 by. */
export interface ExecutionDenominator {
  /**
   * 'adjusted': the full-year figure after adjustments, headed 全年预算数 / 调整后预算数 /
   * 调整预算数 (the recogniser's `adjusted` field); 'initial': 年初预算数.
   */
  readonly column: 'adjusted' | 'initial';
  /** The document's own word for it, for messages ("调整后预算数"). */
  readonly label: string;
}

/** How the execution rate turns into points, as a share of the execution 分值. */
export type ExecutionFormula =
  /** min(执行率, 100%) × 分值. */
  | { readonly kind: 'proportional' }
  /** The first tier whose `minRate` the rate reaches gives `share` × 分值; highest first. */
  | {
      readonly kind: 'tiers';
      readonly tiers: readonly { readonly minRate: number; readonly share: number }[];
    }
  /** Proportional, but nothing below `threshold` ("执行率低于 60% 不得分"). */
  | { readonly kind: 'zero-below'; readonly threshold: number };

/** The 预算执行率 score that stands beside the indicators (10 points nationally, 20 in 湖北). */
export interface ExecutionRule {
  /** 分值 the template prescribes; null when it prescribes none and a table's own is used. */
  readonly cap: number | null;
  readonly denominator: ExecutionDenominator;
  readonly formula: ExecutionFormula;
}

/** When a reason must be written, beyond the general rule that a lost point needs one. */
export interface ReasonRule {
  /** An execution rate below `rate` needs a reason of at most `maxChars` 字 (四川: 90 %, 100 字). */
  readonly executionBelow: { readonly rate: number; readonly maxChars: number } | null;
  /** A budget changed during the year (年初 ≠ 调整后) needs its own explanation (四川). */
  readonly budgetAdjustment: boolean;
}

/**
 * A reverse (反向, "≤A") indicator whose actual B exceeds A: 'target-over-actual' scores
 * 分值 × A ÷ B. The only formula the documents found state; a union so another can be added.
 */
export type ReverseFormula = 'target-over-actual';

/** What on a sheet points to this profile, besides its template shape. */
export interface ProfileSignature {
  /** Place names (province, its cities, districts) whose mention points here. */
  readonly regions: readonly string[];
  /** 表号 printed on the form ("报表编号：510000_0013zp"). */
  readonly formCodes: readonly string[];
  /** Wording only this template's notes use, as normalised text (normalizeText). */
  readonly phrases: readonly string[];
  /** Column headers only this template uses ("指标性质", "权重"), normalised. */
  readonly headers: readonly string[];
}

export interface Profile {
  /** Short, stable, ASCII: what `--profile` takes. */
  readonly id: string;
  readonly name: string;
  /** The table families the document governs. */
  readonly kinds: readonly TableKind[];
  readonly source: ProfileSource;
  /** 满分 of the whole table. */
  readonly fullMarks: number;
  /** Highest first. */
  readonly gradeBands: readonly GradeBand[];
  readonly execution: ExecutionRule;
  readonly qualitativeBands: Readonly<Record<QualitativeOutcome, Band>>;
  /** Words in an actual value that say which tier it reached; matched longest first. */
  readonly qualitativeWords: Readonly<Record<QualitativeOutcome, readonly string[]>>;
  readonly reverseIndicator: ReverseFormula;
  readonly weightSets: readonly WeightSet[];
  /**
   * Decimals a score is rounded to when the document prescribes it; null when it does not,
   * and stated and computed figures are compared within half the displayed precision.
   */
  readonly scoreDecimals: number | null;
  readonly reasons: ReasonRule;
  /** Reason texts that explain nothing (无, 暂无, /, 0). */
  readonly reasonBoilerplate: readonly string[];
  /** Source rows that a total may exclude (上年结转 is often outside 收入合计). */
  readonly carryOverLabels: readonly string[];
  /** Where the region departs from a rule's default severity (a warning made an error …). */
  readonly severities: Readonly<Partial<Record<RuleId, Severity>>>;
  readonly signature: ProfileSignature;
}
