/**
 * Grid → SheetModel: every table on the sheet, whatever its layout, grouped into
 * evaluations (one per 自评表) so that stacked projects keep their own figures.
 */
import type { MappingOverride } from '../report.js';
import type { AmountTable, Evaluation, IndicatorTable, SheetModel } from '../model.js';
import { findAmountHeaders, readAmountTable } from './amountTable.js';
import { findColumnSums } from './columnSums.js';
import { readIndicatorTables } from './indicatorTable.js';
import type { SheetView } from './sheetView.js';
import { findSummary, opensEvaluation } from './summary.js';

export function recognizeSheet(view: SheetView, override: MappingOverride | undefined): SheetModel {
  const amountHeaders = findAmountHeaders(view);
  // A "其中" label with no figures under it is a sub-row label (其中桃树种植面积), not a header.
  const columnSums = findColumnSums(view).filter((s) => s.dataRows.length > 0);
  const foreignHeaders = new Set<number>([
    ...amountHeaders.map((h) => h.row),
    ...columnSums.flatMap((s) => [s.headerRow, s.headerRow + 1]),
  ]);
  const grids = readIndicatorTables(view, foreignHeaders, override);

  const gridRows = new Set<number>();
  for (const t of grids)
    for (let r = t.mapping.headerRows.first; r <= t.mapping.range.bottom; r++) gridRows.add(r);
  const amountTables = amountHeaders.flatMap((header) => {
    const stops = new Set([
      ...gridRows,
      ...amountHeaders.map((h) => h.row).filter((r) => r !== header.row),
    ]);
    const table = readAmountTable(view, header, stops);
    return table ? [table] : [];
  });

  const claimed = new Set(gridRows);
  for (const t of amountTables) for (let r = t.range.top; r <= t.range.bottom; r++) claimed.add(r);
  const evaluations = zones(view, grids, amountTables).map(({ top, bottom, grid }): Evaluation => {
    // Header-block labels such as 自评得分 stand above the tables; table rows are not summaries.
    const summary = findSummary(view, claimed, top, bottom);
    const inTotalRow = grid?.totals.find((t) => t.kind === 'total' && t.grade);
    return {
      top,
      bottom,
      name: summary.name,
      grid,
      budgets: amountTables.filter((t) => t.range.top >= top && t.range.top <= bottom),
      statedTotal: summary.total,
      statedGrade:
        summary.grade ??
        (inTotalRow?.grade ? { label: inTotalRow.label, value: inTotalRow.grade } : null),
    };
  });
  // "其中：财政资金" inside a money table is a subset check; keep only sums outside indicator grids.
  const sums = columnSums.filter((s) => !gridRows.has(s.headerRow));
  return { evaluations, columnSums: sums };
}

interface Zone {
  readonly top: number;
  readonly bottom: number;
  readonly grid: IndicatorTable | null;
}

/**
 * The rows each grid's evaluation spans. Between two grids, the rows after the first belong
 * to it (its 总分 or 等级 rows) until a row opens the next evaluation: a title, a 项目名称,
 * a budget header or a 年度总体目标.
 */
function zones(
  view: SheetView,
  grids: readonly IndicatorTable[],
  amounts: readonly AmountTable[],
): Zone[] {
  if (grids.length <= 1) return [{ top: view.top, bottom: view.bottom, grid: grids[0] ?? null }];
  const amountHeaders = new Set(amounts.map((t) => t.headerRow));
  const result: Zone[] = [];
  let top = view.top;
  grids.forEach((grid, k) => {
    const next = grids[k + 1];
    let bottom = view.bottom;
    if (next) {
      const nextHeader = next.mapping.headerRows.first;
      bottom = nextHeader - 1;
      for (let r = grid.mapping.range.bottom + 1; r < nextHeader; r++) {
        if (amountHeaders.has(r) || opensEvaluation(view, r)) {
          bottom = r - 1;
          break;
        }
      }
    }
    result.push({ top, bottom, grid });
    top = bottom + 1;
  });
  return result;
}
