/**
 * Small 自评表 for one rule's cases, laid out as a department's sheet and always at the same
 * places, so that a case names its cells (G12) without counting rows:
 *
 *   row  A             B                 C           D           E           F       G       H
 *    1   2023年度项目支出绩效自评表 (merged A:H)
 *    2   项目名称      安全生产监管专项                          自评得分    ‹total› 评价等级 ‹grade›
 *    4   预算执行情况  年初预算数        全年预算数  全年执行数  执行率      分值    得分
 *    5   ‹the budget's total line, then up to 4 parts on rows 6–9›
 *   11   一级指标      二级指标          三级指标    指标值      实际完成值  分值    得分    偏差原因分析及改进措施
 *   12   ‹leaves and 小计 lines›, then the 合计 line; then a blank row and the `after` rows
 *
 * Rows 2–9 hold only what the case gives; column I (得分率) is there only when a line states
 * a rate. Level cells are merged down over their run of leaves, as departments merge them.
 */
import { amount, SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell } from '../../examples/sheets/spec.js';
import { sheetToGrid } from '../../examples/sheets/toGrid.js';
import type { Grid } from '../../src/engine/grid.js';

export interface Leaf {
  /** The block it stands in; by default the previous leaf's (产出指标 › 数量指标 for the first). */
  readonly level1?: string;
  readonly level2?: string;
  /** 三级指标. */
  readonly name: string;
  /** 指标值 and 实际完成值 as typed: "98%" becomes 0.98 with a % format (`typed`). */
  readonly target?: SpecCell;
  readonly actual?: SpecCell;
  readonly cap?: SpecCell;
  readonly score?: SpecCell;
  readonly reason?: SpecCell;
  readonly scoreRate?: SpecCell;
}

/** A 合计 or 小计 line of the grid: its label in column A, its figures in their columns. */
export interface TotalLine {
  readonly label: string;
  readonly cap?: SpecCell;
  readonly score?: SpecCell;
  readonly scoreRate?: SpecCell;
  /** A grade written in the line itself (column H). */
  readonly grade?: string;
}

/**
 * 预算执行情况 line: label, 年初预算数, 全年预算数, 全年执行数 (numbers shown as 0.00 万元),
 * 执行率 (as typed), 分值, 得分.
 */
export type BudgetLine = readonly [
  label: string,
  initial: SpecCell,
  adjusted: SpecCell,
  executed: SpecCell,
  rate?: SpecCell,
  cap?: SpecCell,
  score?: SpecCell,
];

export interface SmallSheet {
  readonly title?: string;
  /** 自评得分 (F2) and 评价等级 (H2), when the header block states them. */
  readonly summary?: { readonly total?: SpecCell; readonly grade?: SpecCell };
  /** The total line first (row 5), then its parts. */
  readonly budget?: readonly BudgetLine[];
  /** A 原因 column in the budget block (H4), and what the total line's says (H5). */
  readonly budgetReason?: string | null;
  /** Leaves from row 12, with 小计 lines among them; none: no indicator grid at all. */
  readonly leaves?: readonly (Leaf | TotalLine)[];
  /** The 合计 line under the leaves; `label` defaults to 合计. */
  readonly total?: Omit<TotalLine, 'label'> & { readonly label?: string };
  /**
   * Rows after everything else and a blank row (年度主要任务, a form-style table), from column
   * A; on a sheet with neither budget nor leaves they start at row 5.
   */
  readonly after?: readonly (readonly SpecCell[])[];
  /** More merged areas, in A1 (a form's "其中：" spanning its parts). */
  readonly merges?: readonly string[];
}

/** 全年预算数 120, 执行数 114: 95 %, which earns 9.5 of the execution block's 10 points. */
export const BUDGET: readonly BudgetLine[] = [['预算总额', 100, 120, 114, '95%', 10, 9.5]];

const PROJECT: readonly Leaf[] = [
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '检查企业户数',
    target: '≥120',
    actual: 126,
    cap: 30,
    score: 30,
  },
  { name: '培训人次', target: '≥300', actual: 300, cap: 20, score: 20 },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '事故起数',
    target: '≤3',
    actual: 2,
    cap: 30,
    score: 30,
  },
  {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: '群众满意度',
    target: '≥90%',
    actual: '95%',
    cap: 10,
    score: 10,
  },
];

/**
 * A project's indicators on rows 12–15, scored in full: 产出指标 › 数量指标 › 检查企业户数 (30)
 * and 培训人次 (20), 效益指标 › 社会效益指标 › 事故起数 (30), 满意度指标 › 服务对象满意度指标 ›
 * 群众满意度 (10) — 90 points, 100 with the budget block's 10. `edits` change leaves by position.
 */
export function projectLeaves(edits: Readonly<Record<number, Partial<Leaf>>> = {}): Leaf[] {
  return PROJECT.map((leaf, i) => ({ ...leaf, ...edits[i] }));
}

const GRID_HEADER_ROW = 11;
const BUDGET_ROW = 4;
const MAX_BUDGET_LINES = 5;
const HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '实际完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];

export function smallSheet(spec: SmallSheet): Grid {
  const b = new SheetBuilder('项目支出绩效自评表');
  b.across(b.row([spec.title ?? '2023年度项目支出绩效自评表']), 0, 7);
  const summary = spec.summary ?? {};
  b.row([
    '项目名称',
    '安全生产监管专项',
    null,
    null,
    ...('total' in summary ? ['自评得分', summary.total ?? null] : [null, null]),
    ...('grade' in summary ? ['评价等级', summary.grade ?? null] : []),
  ]);
  while (b.nextRow < BUDGET_ROW) b.row([]);
  const budget = spec.budget ?? [];
  if (budget.length > MAX_BUDGET_LINES) throw new Error('a small sheet has at most 5 budget lines');
  if (budget.length > 0) {
    const reason = spec.budgetReason !== undefined;
    b.row([
      '预算执行情况',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '执行率',
      '分值',
      '得分',
      ...(reason ? ['原因'] : []),
    ]);
    budget.forEach(([label, initial, adjusted, executed, rate, cap, score], i) =>
      b.row([
        label,
        money(initial),
        money(adjusted),
        money(executed),
        asTyped(rate),
        cap,
        score,
        ...(reason && i === 0 ? [spec.budgetReason ?? null] : []),
      ]),
    );
  }
  const leaves = spec.leaves ?? [];
  if (leaves.length > 0 || spec.total) {
    while (b.nextRow < GRID_HEADER_ROW) b.row([]);
    const lines = [...leaves, ...(spec.total ? [{ label: '合计', ...spec.total }] : [])];
    const withRate = lines.some((l) => l.scoreRate !== undefined);
    b.row(withRate ? [...HEADER, '得分率'] : HEADER, { bold: true });
    gridBody(b, lines);
  }
  if (spec.after) {
    b.row([]);
    for (const row of spec.after) b.row(row);
  }
  const built = b.build([]);
  return sheetToGrid({ ...built, merges: [...(built.merges ?? []), ...(spec.merges ?? [])] });
}

function gridBody(b: SheetBuilder, lines: readonly (Leaf | TotalLine)[]): void {
  let level1 = '产出指标';
  let level2 = '数量指标';
  /** Where the current level-1 and level-2 runs started, to merge them down. */
  let run1: number | null = null;
  let run2: number | null = null;
  const close = () => {
    if (run1 !== null) b.down(0, run1, b.nextRow - 1);
    if (run2 !== null) b.down(1, run2, b.nextRow - 1);
    run1 = run2 = null;
  };
  for (const line of lines) {
    if ('label' in line) {
      close();
      b.row([line.label, null, null, null, null, line.cap, line.score, line.grade, line.scoreRate]);
      continue;
    }
    const opens1 = run1 === null || (line.level1 !== undefined && line.level1 !== level1);
    const opens2 = opens1 || run2 === null || (line.level2 !== undefined && line.level2 !== level2);
    if (opens1) {
      if (run1 !== null) b.down(0, run1, b.nextRow - 1);
      level1 = line.level1 ?? level1;
      run1 = b.nextRow;
    }
    if (opens2) {
      if (run2 !== null) b.down(1, run2, b.nextRow - 1);
      level2 = line.level2 ?? level2;
      run2 = b.nextRow;
    }
    b.row([
      opens1 ? level1 : null,
      opens2 ? level2 : null,
      line.name,
      asTyped(line.target),
      asTyped(line.actual),
      line.cap,
      line.score,
      line.reason,
      line.scoreRate,
    ]);
  }
  close();
}

/** Amounts in 万元 with two decimals, as budget blocks show them. */
function money(v: SpecCell | undefined): SpecCell | undefined {
  return typeof v === 'number' ? amount(v) : v;
}

/** A value as a person types it into the cell. */
function asTyped(v: SpecCell | undefined): SpecCell | undefined {
  return typeof v === 'string' ? typed(v) : v;
}
