import ExcelJS from 'exceljs';
import type { SheetSpec, SpecCell, WorkbookSpec } from './spec.js';

const THIN = { style: 'thin' } as const;

export async function writeExampleWorkbook(spec: WorkbookSpec, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ziping examples';
  // Fixed dates keep the generated content stable across runs (the zip's own timestamps
  // still differ, so tests compare cells and merges, not bytes).
  workbook.created = new Date(Date.UTC(2022, 0, 1));
  workbook.modified = workbook.created;
  for (const sheet of spec.sheets) addSheet(workbook, sheet);
  await workbook.xlsx.writeFile(file);
}

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = workbook.addWorksheet(spec.name);
  const startRow = spec.start?.row ?? 1;
  const startCol = spec.start?.col ?? 1;
  const ranges = spec.bordered ?? [];
  const rangeOf = (row: number) => ranges.find(([a, b]) => row >= a && row <= b);
  // A bordered table is as wide as its widest row, not as wide as the sheet.
  const widthOf = ([a, b]: readonly [number, number]) =>
    Math.max(0, ...spec.rows.slice(a - startRow, b - startRow + 1).map((r) => r.length));
  const widths = new Map(ranges.map((r) => [r, widthOf(r)] as const));

  spec.rows.forEach((cells, i) => {
    const rowNumber = startRow + i;
    const row = ws.getRow(rowNumber);
    const range = rangeOf(rowNumber);
    for (let j = 0; j < (range ? widths.get(range)! : cells.length); j++) {
      const cell = row.getCell(startCol + j);
      writeCell(cell, cells[j] ?? null);
      cell.alignment = { vertical: 'middle', wrapText: true };
      if (range) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    }
    if (spec.boldRows?.includes(rowNumber)) row.font = { bold: true };
  });
  for (const range of spec.merges ?? []) ws.mergeCells(range);
  spec.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

function writeCell(cell: ExcelJS.Cell, spec: SpecCell): void {
  if (spec === null || typeof spec !== 'object') {
    if (spec !== null) cell.value = spec;
    return;
  }
  if (spec.f !== undefined) {
    cell.value = { formula: spec.f, result: spec.v ?? undefined } as ExcelJS.CellFormulaValue;
  } else if (spec.v !== undefined && spec.v !== null) {
    cell.value = spec.v;
  }
  if (spec.fmt) cell.numFmt = spec.fmt;
}
