/**
 * The recognised table model: what each row of the sheet means. Built by recognize/,
 * read by rules/ and plan/. Positions are sheet coordinates.
 */
import type { ColumnMapping } from './report.js';
import type { FieldRef } from './recognize/sheetView.js';
import type { Reading } from './values/reading.js';

export type { FieldRef };

/**
 * How a rate column writes a figure without a % of its own: 0.9 ("fraction") or 90
 * ("percent", under a header like 执行率(%), or among others like it).
 */
export type RateScale = 'fraction' | 'percent';

/** A number the sheet states, and the cell it stands in. */
export interface StatedNumber {
  readonly value: number;
  readonly field: FieldRef;
}

/** A leaf indicator row (三级指标, or the deepest level the table has). */
export interface Indicator {
  /** Position in its table's `indicators`: rules keep per-leaf results in arrays by it. */
  readonly index: number;
  readonly row: number;
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly cap: FieldRef | null;
  readonly score: FieldRef | null;
  readonly target: FieldRef | null;
  readonly direction: FieldRef | null;
  readonly unit: FieldRef | null;
  readonly actual: FieldRef | null;
  readonly scoreRate: FieldRef | null;
  readonly reason: FieldRef | null;
  readonly standard: FieldRef | null;
  /** A reviewer's score (复核分 …) beside the self-score. */
  readonly reviewer: FieldRef | null;
}

/**
 * A block of leaves: level 1 or 2, or 0 for a title down the side of the grid that states a
 * cap over several level-1 blocks ("项目绩效85分"). Its label, the cap it states, the leaves
 * under it (maybe none).
 */
export interface LevelBlock {
  readonly level: 0 | 1 | 2;
  readonly label: string;
  readonly labelCell: FieldRef;
  /** The cap the sheet states for the block: its own column, or "(50分)" in the label. */
  readonly statedCap: StatedNumber | null;
  readonly indicators: readonly Indicator[];
  /** The grid's 预算执行率 row, when it stands in this block (see IndicatorTable.execution). */
  readonly execution: Indicator | null;
  /** A side title's rows (level 0): the level-1 blocks labelled there are its children. */
  readonly rows?: { readonly top: number; readonly bottom: number };
}

/** A 合计/总分 (whole table or a segment of it) or 小计 row inside the grid. */
export interface TotalRow {
  readonly row: number;
  readonly kind: 'total' | 'subtotal';
  readonly label: FieldRef;
  readonly cap: FieldRef | null;
  readonly score: FieldRef | null;
  readonly scoreRate: FieldRef | null;
  /** A grade word written in the row itself ("总分 | 100 | 96 | 优"). */
  readonly grade: FieldRef | null;
  /** The leaves it adds up: since the previous total row (小计: since the previous 小计/合计). */
  readonly covers: readonly Indicator[];
}

export interface IndicatorTable {
  readonly mapping: ColumnMapping;
  readonly indicators: readonly Indicator[];
  /**
   * A 预算执行率 row inside the grid (项目管理 › 投入管理 › 预算执行率 | 10 | 100% | 9). It is
   * the execution score when the budget block states no execution cap of its own, and then no
   * leaf; otherwise it is an indicator like the others (seed 000's 0.5-point 预算执行率).
   */
  readonly execution: Indicator | null;
  /** How its 得分率 column (and its 合计 rows' 得分率) writes figures without a %. */
  readonly scoreRateScale: RateScale;
  /**
   * In a grid without 分值 and 得分 columns, a column with no header that holds a figure on
   * most leaf rows: points of some kind, but nothing says which.
   */
  readonly unlabeledFigures: number | null;
  readonly blocks: readonly LevelBlock[];
  readonly totals: readonly TotalRow[];
}

/** One row of a money table (预算情况, 年度主要任务, 项目明细). */
export interface AmountRow {
  readonly row: number;
  readonly label: FieldRef;
  readonly initial: FieldRef | null; // 年初预算数
  readonly adjusted: FieldRef | null; // 全年预算数 / 调整预算数
  readonly budget: FieldRef | null; // 预算数 / 预算资金 (when not split in 年初/全年)
  readonly executed: FieldRef | null; // 执行数
  readonly rate: FieldRef | null; // 执行率
  readonly cap: FieldRef | null; // 分值 (the total row only)
  readonly score: FieldRef | null; // 得分
  readonly reason: FieldRef | null; // 原因 (why execution fell short)
}

export interface AmountTable {
  readonly headerRow: number;
  readonly range: {
    readonly top: number;
    readonly left: number;
    readonly bottom: number;
    readonly right: number;
  };
  readonly total: AmountRow | null;
  /**
   * The execution score's cap when the table has no 分值 column and states it in a header
   * label: "得分（20分*执行率）", "预算执行率(10分)", "预算执行情况(万元)(20分)".
   */
  readonly capInLabel: StatedNumber | null;
  /** How its 执行率 column writes figures without a %. */
  readonly rateScale: RateScale;
  /** Parts of the total; one group per "1、资金来源" / "2、资金结构" / "其中". */
  readonly groups: readonly (readonly AmountRow[])[];
  /** Whether the total row comes first (预算情况) or last (项目明细 … 合计). */
  readonly title: string;
}

/** A header total column and its parts: "支出合计 | 其中：基本支出 | 项目支出". */
export interface ColumnSum {
  readonly headerRow: number;
  readonly totalCol: number;
  readonly totalLabel: string;
  readonly partCols: readonly number[];
  readonly partLabels: readonly string[];
  /** One part only: a subset ("其中：财政资金"), so part ≤ total rather than equality. */
  readonly subset: boolean;
  readonly dataRows: readonly number[];
}

/** A name the sheet states: beside its label ("项目名称 | 共享工程") or inline ("评价项目:…"). */
export interface StatedName {
  readonly text: string;
  readonly field: FieldRef;
}

/**
 * A label with the value beside it ("自评得分 | 99.5", "评价等次 | 优"), or both in one cell
 * ("自评得分：96分  自评等级：优").
 */
export interface LabelledValue {
  readonly label: FieldRef;
  readonly value: FieldRef;
  /** The label's own words ("自评得分"), for messages. */
  readonly labelText: string;
  /** What it states: the value cell's reading, or the words after the label in its own cell. */
  readonly stated: Reading;
  /** Label and value share one cell: its text is the user's sentence, never rewritten. */
  readonly inline: boolean;
}

/**
 * One self-evaluation (一张自评表): an indicator grid with the budget block, name, stated total
 * and grade that belong to it. A sheet may stack several, one per project; their figures are
 * never mixed.
 */
export interface Evaluation {
  /** The sheet rows it spans, title and summary rows included. */
  readonly top: number;
  readonly bottom: number;
  /** 项目名称 / 部门名称 as the sheet states it, and where. */
  readonly name: StatedName | null;
  readonly grid: IndicatorTable | null;
  readonly budgets: readonly AmountTable[];
  readonly statedTotal: LabelledValue | null;
  readonly statedGrade: LabelledValue | null;
}

export interface SheetModel {
  /** Top to bottom; one for a sheet holding a single 自评表 (or only budget tables). */
  readonly evaluations: readonly Evaluation[];
  /** Form-style header sums (seed 001), checked row by row, whoever they belong to. */
  readonly columnSums: readonly ColumnSum[];
}
