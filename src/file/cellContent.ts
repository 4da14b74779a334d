/**
 * One ExcelJS cell → the engine's `Cell`: what Excel shows after evaluation, the number
 * format and the formula. Kept apart from the sheet walk so each conversion rule is visible.
 */
import ExcelJS from 'exceljs';
import type { Cell, CellValue } from '../engine/grid.js';

const { ValueType } = ExcelJS;

// Excel's serial day 0 is 1899-12-30 (1900 system) or 1904-01-01 (1904 system).
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_OFFSET = 1_462;

/**
 * The grid cell for an ExcelJS cell, or null when the cell is empty. A merged area's
 * non-master cells are empty, as in Excel (ExcelJS would echo the master's value).
 */
export function toGridCell(cell: ExcelJS.Cell, date1904: boolean): Cell | null {
  const type = cell.type;
  if (type === ValueType.Null || type === ValueType.Merge) return null;
  const value = toCellValue(type === ValueType.Formula ? cell.result : cell.value, date1904);
  // ExcelJS gives shared-formula followers their formula translated from the master.
  const formula = type === ValueType.Formula ? cell.formula : undefined;
  const format = cell.numFmt;
  if (value === null && !formula) return null;
  return {
    value,
    ...(format && format !== 'General' ? { format } : {}),
    ...(formula ? { formula: `=${formula}` } : {}),
  };
}

/**
 * Dates become Excel serial numbers, not text: Office.js hands the engine serials too
 * (`range.values`), so both adapters feed it the same grid, and the kept number format
 * still tells a date from a number.
 */
export function toCellValue(raw: unknown, date1904: boolean): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) {
    return raw.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET : 0);
  }
  if (typeof raw === 'object') {
    if ('error' in raw) return { error: String(raw.error) };
    if ('richText' in raw) return richTextToString(raw.richText);
    // A hyperlink shows its text; the text itself may be rich.
    if ('text' in raw) return toCellValue(raw.text, date1904);
  }
  return null;
}

function richTextToString(runs: unknown): string {
  return Array.isArray(runs)
    ? runs.map((run: { text?: unknown }) => String(run.text ?? '')).join('')
    : '';
}
