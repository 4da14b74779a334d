/**
 * A read worksheet as Ziping reasons about it: the engine's `Grid`, and per cell what a write
 * would have to give back (content, fill) and whether protection lets Ziping touch it.
 */
import type { Cell, CellRange, CellValue, Grid } from '../engine/index.js';
import { containsCell } from './address.js';
import type { Annotation } from './annotations.js';
import { NO_FILL, type CellFill } from '../engine/index.js';
import type { RawSheet, SheetProtection } from './readSheet.js';

export interface SheetSnapshot {
  readonly id: string;
  readonly name: string;
  readonly grid: Grid;
  readonly used: CellRange | null;
  readonly protection: SheetProtection;
  readonly annotations: readonly Annotation[];
  cell(row: number, col: number): Cell;
  fill(row: number, col: number): CellFill;
  locked(row: number, col: number): boolean;
  /** The merged area whose top-left cell is not (row, col), if (row, col) is hidden inside one. */
  hiddenIn(row: number, col: number): CellRange | undefined;
}

export function toSnapshot(raw: RawSheet): SheetSnapshot {
  const used = raw.used;
  const origin = used ? { row: used.top, col: used.left } : { row: 0, col: 0 };
  const cells = raw.values.map((row, r) =>
    row.map((value, c) =>
      toCell(value, raw.formulas[r]?.[c], raw.formats[r]?.[c], raw.types[r]?.[c]),
    ),
  );
  const grid: Grid = { sheet: raw.name, origin, cells, merges: raw.merges };
  const inside = (row: number, col: number) => used !== null && containsCell(used, row, col);
  let hidden: Map<string, CellRange> | undefined;
  return {
    id: raw.id,
    name: raw.name,
    grid,
    used,
    protection: raw.protection,
    annotations: raw.annotations,
    cell: (row, col) => cells[row - origin.row]?.[col - origin.col] ?? { value: null },
    fill: (row, col) =>
      inside(row, col) ? (raw.fills[row - origin.row]?.[col - origin.col] ?? NO_FILL) : NO_FILL,
    // Excel locks every cell by default; outside the used range nothing has been unlocked.
    locked: (row, col) =>
      inside(row, col) ? (raw.locked[row - origin.row]?.[col - origin.col] ?? true) : true,
    hiddenIn: (row, col) => (hidden ??= indexHiddenCells(raw.merges)).get(`${row}:${col}`),
  };
}

/** Every merged area's non-anchor cells, keyed "row:col" (merges cover few cells, so this stays small). */
function indexHiddenCells(merges: readonly CellRange[]): Map<string, CellRange> {
  const index = new Map<string, CellRange>();
  for (const m of merges) {
    for (let row = m.top; row <= m.bottom; row++) {
      for (let col = m.left; col <= m.right; col++) {
        if (row !== m.top || col !== m.left) index.set(`${row}:${col}`, m);
      }
    }
  }
  return index;
}

/**
 * One cell from Office.js's parallel arrays. `valueTypes` tells an error from text and an empty
 * cell from an empty string; a formula is what `formulas` holds when it differs from the value
 * (a text constant "=x" reads the same in both).
 */
export function toCell(value: unknown, formula: unknown, format: unknown, type: unknown): Cell {
  const cell: { value: CellValue; formula?: string; format?: string } = {
    value: toValue(value, type),
  };
  if (typeof formula === 'string' && formula.startsWith('=') && formula !== value)
    cell.formula = formula;
  if (typeof format === 'string' && format !== '' && format !== 'General') cell.format = format;
  return cell;
}

function toValue(value: unknown, type: unknown): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    case 'Boolean':
      return Boolean(value);
    case 'Double':
    case 'Integer':
      return typeof value === 'number' ? value : Number(value);
    default:
      if (value === '' || value === null || value === undefined) return null;
      return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
  }
}
