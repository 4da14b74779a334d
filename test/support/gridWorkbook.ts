/**
 * Writes engine `Grid`s as .xlsx with ExcelJS: the inverse of the file adapter's reader, so
 * tests and the benchmark can turn an in-memory sheet into a real file.
 */
import ExcelJS from 'exceljs';
import { toA1, type Cell, type Grid } from '../../src/engine/grid.js';

export async function writeGridsAsXlsx(grids: readonly Grid[], file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const grid of grids) addGridSheet(workbook, grid);
  await workbook.xlsx.writeFile(file);
}

export function addGridSheet(workbook: ExcelJS.Workbook, grid: Grid): ExcelJS.Worksheet {
  const worksheet = workbook.addWorksheet(grid.sheet);
  grid.cells.forEach((cells, r) => {
    const row = worksheet.getRow(grid.origin.row + r + 1);
    cells.forEach((cell, c) => {
      if (cell.value === null && !cell.formula) return;
      writeCell(row.getCell(grid.origin.col + c + 1), cell);
    });
  });
  for (const m of grid.merges)
    worksheet.mergeCells(`${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`);
  return worksheet;
}

function writeCell(target: ExcelJS.Cell, cell: Cell): void {
  const { value, formula, format } = cell;
  const plain = value !== null && typeof value === 'object' ? { error: value.error } : value;
  target.value = formula
    ? ({
        formula: formula.replace(/^=/, ''),
        result: plain ?? undefined,
      } as ExcelJS.CellFormulaValue)
    : (plain as ExcelJS.CellValue);
  if (format) target.numFmt = format;
}
