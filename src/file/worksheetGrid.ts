/**
 * An ExcelJS worksheet → the engine's `Grid`: the used range (which need not start at A1),
 * its cells and its merged areas, in 0-based sheet coordinates.
 */
import type ExcelJS from 'exceljs';
import { EMPTY_CELL, type Cell, type CellRange, type Grid } from '../engine/grid.js';
import { toGridCell } from './cellContent.js';

interface Placed {
  readonly row: number;
  readonly col: number;
  readonly cell: Cell;
}

export function worksheetToGrid(worksheet: ExcelJS.Worksheet, date1904: boolean): Grid {
  const placed: Placed[] = [];
  worksheet.eachRow((row, rowNumber) => {
    row.eachCell((excelCell, colNumber) => {
      const cell = toGridCell(excelCell, date1904);
      if (cell) placed.push({ row: rowNumber - 1, col: colNumber - 1, cell });
    });
  });
  const merges = worksheetMerges(worksheet);

  // The used range: every non-empty cell and every merged area (a merged title may
  // stretch past the last filled column).
  let top = Infinity;
  let left = Infinity;
  for (const { row, col } of placed) {
    if (row < top) top = row;
    if (col < left) left = col;
  }
  for (const merge of merges) {
    if (merge.top < top) top = merge.top;
    if (merge.left < left) left = merge.left;
  }
  if (top === Infinity)
    return { sheet: worksheet.name, origin: { row: 0, col: 0 }, cells: [], merges };

  const cells: Cell[][] = [];
  let bottom = top - 1;
  for (const merge of merges) if (merge.bottom > bottom) bottom = merge.bottom;
  for (const { row } of placed) if (row > bottom) bottom = row;
  for (let r = top; r <= bottom; r++) cells.push([]);
  for (const { row, col, cell } of placed) {
    const line = cells[row - top] as Cell[];
    // eachRow/eachCell go in sheet order, so appending keeps columns aligned; rows
    // stay as short as their last filled cell.
    while (line.length < col - left) line.push(EMPTY_CELL);
    line.push(cell);
  }
  return { sheet: worksheet.name, origin: { row: top, col: left }, cells, merges };
}

/**
 * Merged areas, 0-based. `worksheet.model.merges` would serialise every row to build the
 * list, so read the index ExcelJS keeps per master cell (`_merges`, not in its typings).
 */
function worksheetMerges(worksheet: ExcelJS.Worksheet): CellRange[] {
  const index = (worksheet as unknown as { _merges?: Record<string, ExcelJSRange> })._merges ?? {};
  return Object.values(index).map((range) => ({
    top: range.top - 1,
    left: range.left - 1,
    bottom: range.bottom - 1,
    right: range.right - 1,
  }));
}

interface ExcelJSRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}
