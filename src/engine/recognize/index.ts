/** Grid → SheetModel: every table on the sheet, whatever its layout. */
import type { MappingOverride } from '../report.js';
import type { SheetModel } from '../model.js';
import { findAmountHeaders, readAmountTable } from './amountTable.js';
import { findColumnSums } from './columnSums.js';
import { readIndicatorTables } from './indicatorTable.js';
import type { SheetView } from './sheetView.js';
import { findSummary } from './summary.js';

export function recognizeSheet(view: SheetView, override: MappingOverride | undefined): SheetModel {
  const amountHeaders = findAmountHeaders(view);
  const columnSums = findColumnSums(view);
  const foreignHeaders = new Set<number>([
    ...amountHeaders.map((h) => h.row),
    ...columnSums.flatMap((s) => [s.headerRow, s.headerRow + 1]),
  ]);
  const indicatorTables = readIndicatorTables(view, foreignHeaders, override);

  const indicatorRows = new Set<number>();
  for (const t of indicatorTables)
    for (let r = t.mapping.headerRows.first; r <= t.mapping.range.bottom; r++) indicatorRows.add(r);
  const amountTables = amountHeaders.flatMap((header) => {
    const stops = new Set([
      ...indicatorRows,
      ...amountHeaders.map((h) => h.row).filter((r) => r !== header.row),
    ]);
    const table = readAmountTable(view, header, stops);
    return table ? [table] : [];
  });

  const claimed = new Set(indicatorRows);
  for (const t of amountTables) for (let r = t.range.top; r <= t.range.bottom; r++) claimed.add(r);
  // Header-block labels such as 自评得分 stand above the tables; table rows are not summaries.
  const { total, grade } = findSummary(view, claimed);
  // "其中：财政资金" inside a money table is a subset check; keep only sums outside indicator grids.
  const sums = columnSums.filter((s) => !indicatorRows.has(s.headerRow) && s.dataRows.length > 0);
  return {
    indicatorTables,
    amountTables,
    columnSums: sums,
    statedTotal: total,
    statedGrade: grade,
  };
}
