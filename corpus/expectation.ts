/**
 * What a corpus table should give, worked out BY HAND from the rules (docs/rules.md and the
 * table's own notes), never copied from the tool's output. One `expected.json` per table.
 * When the tool and an expectation disagree, the hand derivation is re-checked first; the
 * expectation changes only when that derivation was wrong, and its `derivation` says why.
 */

/** Layout families a table exercises (corpus/README.md explains each). */
export const FAMILIES = [
  'total-row',
  'total-beside-budget',
  'label-cap',
  'twenty-eighty',
  'stacked',
  'split-target',
  'text-before-score',
  'unit-text',
  'no-score',
  'transfer-payment',
  'short-rubric',
  'remark-reason',
  'cap-before-target',
  'spaced-labels',
  'points-in-subrows',
  'placeholder-rows',
  'weight-layout',
  'national-project',
  'national-department',
  'rubric',
  'reviewer',
  'flat-list',
  'grade-in-total-row',
  'yuan',
  'header-summary',
] as const;
export type Family = (typeof FAMILIES)[number];

export const KINDS = ['项目支出', '部门整体支出', '转移支付', '政策'] as const;
export type Kind = (typeof KINDS)[number];

/** Rule ids an expectation may name (the engine's ids; see docs/rules.md). */
export const ERROR_RULES = [
  'score-over-cap',
  'score-negative',
  'score-not-number',
  'cap-invalid',
  'cap-sum-mismatch',
  'subtotal-mismatch',
  'total-mismatch',
  'grade-mismatch',
  'rate-mismatch',
  'budget-sum-mismatch',
] as const;
export const WARNING_RULES = [
  'task-budget-mismatch',
  'score-rule-deviation',
  'qualitative-out-of-band',
  'reason-missing',
  'actual-not-comparable',
  'weight-deviation',
  'execution-over-budget',
  'recognition-uncertain',
] as const;

export interface ExpectedFinding {
  readonly rule: string;
  /** A1 address; for a merged cell, its top-left cell. */
  readonly cell: string;
  /** One line: the figures that make it wrong, e.g. "得分 6 > 分值 5". */
  readonly why: string;
}

export interface ExpectedTable {
  /** 项目名称 / 部门名称 exactly as the table states it; null when it states none. */
  readonly name: string | null;
  /** Leaf indicator rows (rows that carry a cap or a score); budget/execution rows excluded. */
  readonly indicators: number;
  /** Σ leaf caps + the execution-rate cap, by hand; null when the table has no caps. */
  readonly cap: number | null;
  /** Σ min(max(score,0),cap) over leaves + min(执行率,100%) × execution cap; null when unscored. */
  readonly total: number | null;
  /** The total the table states (合计/总分/自评得分 cell), as published; null if none. */
  readonly statedTotal: number | null;
  /** Grade of `total` (national bands 优≥90, 良≥80, 中≥60, else 差, unless the table states others). */
  readonly grade: '优' | '良' | '中' | '差' | null;
  /** The grade as written ("优秀", "☑优"), null if none. */
  readonly statedGrade: string | null;
  /** The tool should say it is unsure (recognition-uncertain) and write no total or grade. */
  readonly uncertain?: boolean;
  /** Exactly the error-level findings a correct tool reports for this table. */
  readonly errors: readonly ExpectedFinding[];
  /** Warnings that must appear (others may appear too). */
  readonly warnings: readonly ExpectedFinding[];
  /** Reviewer column (复核分 / 财政审核评分 / 市级评分): its total by hand, never mixed in `total`. */
  readonly reviewerTotal?: number | null;
}

export interface ExpectedSheet {
  readonly sheet: string;
  /** Top to bottom. Empty: the sheet holds no 自评表 and must be reported as not recognised. */
  readonly tables: readonly ExpectedTable[];
}

export interface CorpusExpectation {
  readonly id: string;
  /** The title of the table (or of the report it belongs to), as published. */
  readonly title: string;
  /** 省级行政区, short form: 湖北, 四川, 广西, 北京, 新疆 … */
  readonly province: string;
  /** Who published it: "湖北省宜昌市财政局", "四川省XX县民政局". */
  readonly publisher: string;
  /** The budget year evaluated. */
  readonly year: number;
  readonly kind: Kind;
  readonly families: readonly Family[];
  /** Every sheet of the workbook, in order. */
  readonly sheets: readonly ExpectedSheet[];
  /** How the figures were worked out: sums, rates, the rules applied, what the table states. */
  readonly derivation: string;
  /**
   * The stored source text stops before the table's end (its 总分 row or last indicators):
   * the workbook reproduces the rows as far as they were published in the source, nothing
   * invented; expectations cover those rows only. source.md says where the text stops.
   */
  readonly truncated?: boolean;
  /**
   * For a table that names its region or its form: the profile whose rules it follows, judged
   * from what it states (corpus/README.md, "Profiles").
   */
  readonly profile?: string;
}
