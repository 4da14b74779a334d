/**
 * The engine's output: what it recognised, what it computed, what is wrong (findings)
 * and what to write back (the write plan). Adapters and UIs consume only these types.
 */
import type { CellRange, CellValue } from './grid.js';

export type Severity = 'error' | 'warning' | 'info';

/** 评价等级 */
export type Grade = '优' | '良' | '中' | '差';

export type RuleId =
  | 'score-over-cap'
  | 'score-negative'
  | 'score-not-number'
  | 'cap-invalid'
  | 'cap-sum-mismatch'
  | 'subtotal-mismatch'
  | 'total-mismatch'
  | 'grade-mismatch'
  | 'rate-mismatch'
  | 'budget-sum-mismatch'
  | 'task-budget-mismatch'
  | 'score-rule-deviation'
  | 'qualitative-out-of-band'
  | 'reason-missing'
  | 'actual-not-comparable'
  | 'weight-deviation'
  | 'execution-over-budget'
  | 'score-suggested'
  | 'recognition-uncertain'
  | 'reviewer-difference'
  | 'standard-unparsed';

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** A1 address of the cell the finding belongs to. */
  readonly cell: string;
  /** Plain Chinese: what is wrong, by how much, what the rule says. */
  readonly message: string;
  readonly expected: number | string | null;
  readonly found: number | string | null;
  /** A value the user may apply to `cell` (a suggested score). */
  readonly suggestion?: number;
}

/** What a cell held before Ziping wrote to it, so the write can be undone exactly. */
export interface PreviousContent {
  readonly value: CellValue;
  readonly formula?: string;
  readonly format?: string;
}

export type WritePurpose =
  | 'total' // 合计 / 总分 / 自评得分
  | 'subtotal' // a level-1/2 block score
  | 'score-rate' // 得分率
  | 'execution-rate' // 预算执行率
  | 'execution-score' // the execution-rate score
  | 'grade' // 评价等级
  | 'suggested-score'; // an empty leaf score the rules can fill

export interface ValueWrite {
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly value: number | string;
  /** Number format to give the cell, when the value needs one (e.g. "0.00%"). */
  readonly format?: string;
  readonly previous: PreviousContent;
  readonly purpose: WritePurpose;
}

/** A flag on one cell: a fill of the worst severity and a note with every message. */
export interface CellMark {
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly severity: Severity;
  readonly note: string;
}

export interface WritePlan {
  readonly values: readonly ValueWrite[];
  readonly marks: readonly CellMark[];
}

/** 一级/二级/三级指标, 分值, 指标值, 实际完成值, 得分 … : what a column of the indicator grid holds. */
export type ColumnRole =
  | 'level1'
  | 'level1Cap'
  | 'level2'
  | 'level2Cap'
  | 'level3'
  | 'cap'
  | 'target'
  | 'direction'
  | 'unit'
  | 'actual'
  | 'score'
  | 'scoreRate'
  | 'reason'
  | 'standard'
  | 'reviewer'; // 复核分 / 财政审核评分 / 市级评分: a reviewer's score, never the self-score

/** The indicator grid as recognised: its header rows and the column of each role. */
export interface ColumnMapping {
  readonly headerRows: { readonly first: number; readonly last: number };
  readonly range: CellRange;
  readonly columns: Readonly<Partial<Record<ColumnRole, number>>>;
}

/** A user's correction of the recognised mapping, saved with the workbook. */
export interface MappingOverride {
  /**
   * The user looked at the mapping and confirmed it: a table recognised with it is trusted
   * (figures may be written) even where recognition alone would be unsure.
   */
  readonly confirmed?: boolean;
  readonly headerRow?: number;
  readonly range?: CellRange;
  readonly columns?: Readonly<Partial<Record<ColumnRole, number | null>>>;
}

export type BlockKind =
  | 'indicators' // the indicator grid
  | 'budget' // 预算情况 / 资金情况
  | 'tasks' // 年度主要任务 / 项目明细
  | 'column-sums' // form-style tables: 合计 columns and their 其中 parts
  | 'summary'; // 自评得分 / 评价等级 labels

export interface RecognisedBlock {
  readonly kind: BlockKind;
  readonly range: CellRange;
  /** Short Chinese description for the pane, e.g. "指标表 45 项". */
  readonly label: string;
}

export interface SheetTotal {
  /**
   * Σ clamped leaf scores + the recomputed execution-rate score; null on a form that states
   * a total but has no scored indicators to add up (seed 001).
   */
  readonly score: number | null;
  /** Σ caps, including the execution-rate cap; null when nothing has a cap. */
  readonly cap: number | null;
  readonly stated: number | null;
  readonly cell: string | null;
}

export interface SheetGrade {
  readonly value: Grade;
  readonly stated: string | null;
  readonly cell: string | null;
}

/**
 * How sure recognition is that it read a table right. Only a `sure` table gets computed
 * figures (total, grade, rates) written; an `unsure` one gets findings and marks, a
 * `recognition-uncertain` warning saying why, and waits for the user to confirm the mapping.
 */
export interface Confidence {
  readonly level: 'sure' | 'unsure';
  /** Plain Chinese, one line each: the evidence for and against (Σ 分值, header words, …). */
  readonly reasons: readonly string[];
}

/** One recognised table of a sheet (a sheet may stack several projects' tables). */
export interface TableResult {
  readonly range: CellRange;
  /** 项目名称 / 部门名称 as the table states it. */
  readonly name: string | null;
  readonly indicators: number;
  readonly total: SheetTotal | null;
  readonly grade: SheetGrade | null;
  readonly confidence: Confidence;
  /** Σ of the reviewer column (复核分 …) when the table has one with figures; never in `total`. */
  readonly reviewerTotal: number | null;
}

/** The regional rules a sheet was checked by, and why those. */
export interface ProfileChoice {
  readonly id: string;
  readonly name: string;
  /** The published document the rules follow, in one line: title, issuer, number, year. */
  readonly source: string;
  /** What was seen on the sheet, in Chinese ("表号 510000_0013zp"), or the user's choice. */
  readonly evidence: readonly string[];
  /** False when detection rests on weak or conflicting evidence: the user should check it. */
  readonly sure: boolean;
  readonly chosenBy: 'detection' | 'user';
}

export interface RecognisedSheet {
  readonly status: 'recognised';
  readonly sheet: string;
  readonly blocks: readonly RecognisedBlock[];
  readonly mapping: ColumnMapping | null;
  /** Leaf indicator rows recognised. */
  readonly indicators: number;
  /** Null for a sheet with budget/sum tables only: no scores and no stated total. */
  readonly total: SheetTotal | null;
  /** From the computed total, or from the stated total when nothing can be computed. */
  readonly grade: SheetGrade | null;
  readonly findings: readonly Finding[];
  readonly plan: WritePlan;
  /** Every table on the sheet, top to bottom; the sheet-level fields describe the first. */
  readonly tables: readonly TableResult[];
  /** The least sure of the sheet's tables. */
  readonly confidence: Confidence;
  /** The regional rules used. */
  readonly profile: ProfileChoice;
}

export interface UnrecognisedSheet {
  readonly status: 'unrecognised';
  readonly sheet: string;
  /** Chinese explanation of why nothing was recognised. */
  readonly reason: string;
}

export type SheetAnalysis = RecognisedSheet | UnrecognisedSheet;
