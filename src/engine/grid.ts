/**
 * The engine's input: one worksheet's used range as plain data, whatever host read it
 * (Office.js in Excel, ExcelJS on a file). Rows and columns are 0-based sheet coordinates.
 */

/** An Excel error value such as #DIV/0! or #N/A. */
export interface ExcelError {
  readonly error: string;
}

/** What a cell holds after Excel evaluated it. `null` is an empty cell. */
export type CellValue = number | string | boolean | ExcelError | null;

export interface Cell {
  readonly value: CellValue;
  /** Excel number format, e.g. "0.00%"; absent means General. */
  readonly format?: string;
  /** The formula as typed, e.g. "=SUM(H8:H52)"; absent for constants. */
  readonly formula?: string;
}

export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** An inclusive rectangle in sheet coordinates. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  readonly sheet: string;
  /** Sheet position of `cells[0][0]` (the used range need not start at A1). */
  readonly origin: CellPosition;
  /** Row-major; rows may be shorter than the widest row (missing cells are empty). */
  readonly cells: readonly (readonly Cell[])[];
  /** Merged areas, in sheet coordinates. */
  readonly merges: readonly CellRange[];
}

export const EMPTY_CELL: Cell = Object.freeze({ value: null });

export function isExcelError(value: CellValue): value is ExcelError {
  return typeof value === 'object' && value !== null;
}

/** The cell at a sheet position, or an empty cell outside the grid. */
export function cellAt(grid: Grid, row: number, col: number): Cell {
  return grid.cells[row - grid.origin.row]?.[col - grid.origin.col] ?? EMPTY_CELL;
}

/** "A"-style letters of a 0-based column. */
export function columnLetter(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "A1" for one cell, "A1:C3" for a rectangle. */
export function rangeToA1(range: CellRange): string {
  const start = toA1(range.top, range.left);
  return range.top === range.bottom && range.left === range.right
    ? start
    : `${start}:${toA1(range.bottom, range.right)}`;
}

/** "A1"-style address of a 0-based sheet position. */
export function toA1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Inverse of {@link toA1}; throws on a malformed address. */
export function fromA1(address: string): CellPosition {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Not an A1 address: ${address}`);
  const [, letters = '', digits = ''] = match;
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(digits) - 1, col: col - 1 };
}
