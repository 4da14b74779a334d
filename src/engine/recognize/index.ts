/**
 * Grid → SheetModel: every table on the sheet, whatever its layout, grouped into
 * evaluations (one per 自评表) so that stacked projects keep their own figures.
 */
import type { MappingOverride } from '../report.js';
import type {
  AmountTable,
  Evaluation,
  IndicatorTable,
  LabelledValue,
  SheetModel,
} from '../model.js';
import { findAmountHeaders, findLabelledBudgets, readAmountTable } from './amountTable.js';
import { findColumnSums } from './columnSums.js';
import { joinTables, readIndicatorTables } from './indicatorTable.js';
import type { SheetView } from './sheetView.js';
import { findSummary, labelledValue, opensEvaluation } from './summary.js';
import { RowSpans, type RowSpan } from './rowSpans.js';
import { WHOLE_TABLE_MARKS } from './vocabulary.js';

export function recognizeSheet(view: SheetView, override: MappingOverride | undefined): SheetModel {
  const amountHeaders = findAmountHeaders(view);
  // A "其中" label with no figures under it is a sub-row label (其中桃树种植面积), not a header.
  const columnSums = findColumnSums(view).filter((s) => s.dataRows.length > 0);
  const foreignHeaders = new Set<number>([
    ...amountHeaders.map((h) => h.row),
    ...columnSums.flatMap((s) => [s.headerRow, s.headerRow + 1]),
  ]);
  const grids = readIndicatorTables(view, foreignHeaders, override);

  const gridSpans = grids.map(gridSpan);
  const gridRows = new RowSpans(gridSpans);
  const amountTables = amountHeaders.flatMap((header) => {
    const stops = new RowSpans([
      ...gridSpans,
      ...amountHeaders
        .filter((h) => h.row !== header.row)
        .map((h) => ({ top: h.row, bottom: h.row })),
    ]);
    const table = readAmountTable(view, header, stops);
    return table ? [table] : [];
  });
  // A budget written as labels and figures belongs to a 自评表: looked for beside a grid only.
  if (grids.length > 0)
    amountTables.push(
      ...findLabelledBudgets(
        view,
        new RowSpans([...gridSpans, ...amountTables.map((t) => t.range)]),
      ),
    );

  // A budget block claims its own columns only: "自评得分 | 98" may stand beside it.
  const besideBudgets = new Map<number, number>();
  for (const t of amountTables)
    for (let r = t.range.top; r <= t.range.bottom; r++) besideBudgets.set(r, t.range.right);
  const totalRows = new Set(grids.flatMap((g) => g.totals.map((t) => t.row)));
  const evaluations = zones(view, grids, amountTables).map(({ top, bottom, grid }): Evaluation => {
    // Header-block labels such as 自评得分 stand above the tables; rows of a table are no
    // summary rows, though a grid's 合计 rows may still state the grade.
    const summary = findSummary(view, { rows: gridRows, besideBudgets, totalRows }, top, bottom);
    const inTotalRow = grid?.totals.find((t) => t.kind === 'total' && t.grade);
    const budgets = amountTables.filter((t) => t.range.top >= top && t.range.top <= bottom);
    const inBudget = wholeTableInBudget(view, budgets, grid);
    return {
      top,
      bottom,
      name: summary.name,
      grid,
      budgets: inBudget
        ? budgets.map((t) => (t === inBudget.table ? inBudget.withoutIt : t))
        : budgets,
      statedTotal: summary.total ?? inBudget?.total ?? null,
      statedGrade:
        summary.grade ??
        (inTotalRow?.grade ? labelledValue(inTotalRow.label, inTotalRow.grade) : null),
    };
  });
  // "其中：财政资金" inside a money table is a subset check; keep only sums outside indicator grids.
  const sums = columnSums.filter((s) => !gridRows.has(s.headerRow));
  return { evaluations, columnSums: sums };
}

/**
 * A budget row whose 分值 is the whole table's 100 (鄂州: 年度资金总额 … 分值 100 | 执行率
 * 83.5% | 得分 98, over a grid with its own 预算执行率 row): its 分值 and 得分 state the
 * table's full marks and total, not an execution score. Read as one, it would be counted
 * beside the leaves and double the total. Its 得分 becomes the stated total; the budget
 * row keeps its amounts and rate, and the execution score (if any) is the grid's.
 */
function wholeTableInBudget(
  view: SheetView,
  budgets: readonly AmountTable[],
  grid: IndicatorTable | null,
): { table: AmountTable; withoutIt: AmountTable; total: LabelledValue } | null {
  if (!grid?.indicators.some((i) => i.cap?.reading.kind === 'number')) return null;
  const table = budgets.find((t) => t.total?.cap?.reading.kind === 'number');
  const row = table?.total;
  if (!table || !row?.cap || !row.score) return null;
  const cap = row.cap.reading;
  if (cap.kind !== 'number' || cap.value !== WHOLE_TABLE_MARKS) return null;
  return {
    table,
    withoutIt: { ...table, total: { ...row, cap: null, score: null } },
    total: labelledValue(view.field(table.headerRow, row.score.col), row.score),
  };
}

/** A grid's rows, its header included. */
function gridSpan(grid: IndicatorTable): RowSpan {
  return { top: grid.mapping.headerRows.first, bottom: grid.mapping.range.bottom };
}

interface Zone {
  readonly top: number;
  readonly bottom: number;
  readonly grid: IndicatorTable | null;
}

/**
 * The rows each evaluation spans. A new one starts where a row opens another 自评表 (its
 * title, its 项目名称) after the current one has shown a table. Rows after a grid (its 总分 or
 * 等级) stay with it, and grids with no opener between them are parts of one 自评表 (a rubric
 * part over an indicator part) and are joined.
 */
function zones(
  view: SheetView,
  grids: readonly IndicatorTable[],
  amounts: readonly AmountTable[],
): Zone[] {
  const content = new RowSpans([...grids.map(gridSpan), ...amounts.map((t) => t.range)]);

  const starts = [view.top];
  let seen = false;
  for (let r = view.top; r <= view.bottom; r++) {
    if (seen && !content.has(r) && opensEvaluation(view, r)) {
      starts.push(r);
      seen = false;
    }
    if (content.has(r)) seen = true;
  }
  return starts.map((top, i) => {
    const bottom = (starts[i + 1] ?? view.bottom + 1) - 1;
    const inside = grids.filter(
      (g) => g.mapping.headerRows.first >= top && g.mapping.headerRows.first <= bottom,
    );
    return { top, bottom, grid: inside.length ? joinTables(inside) : null };
  });
}
