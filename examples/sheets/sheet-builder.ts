/**
 * Small helpers for writing a SheetSpec top-down, so the example files read as data and
 * merges / bold rows / borders are derived from where a row lands instead of hand-counted
 * A1 addresses (which go stale as soon as a row is inserted).
 *
 * Coordinates: rows are 1-based *sheet* rows (as returned by `row()`), columns are 0-based
 * offsets into the row arrays, i.e. relative to `start.col`. The builder turns both into A1.
 */
import { toA1 } from '../../src/engine/index.js';
import type { SheetSpec, SpecCell } from './spec.js';

/** An amount in 万元, shown with two decimals as the departments' sheets do. */
export function amount(v: number, fmt = '0.00'): SpecCell {
  return { v, fmt };
}

/** A score shown with a fixed number of decimals (e.g. "19.54", "3.00"). */
export function score(v: number, fmt = '0.00'): SpecCell {
  return { v, fmt };
}

/**
 * What Excel stores when a person types `text` into a cell: "100%" or "89.51%" become the
 * number 1 / 0.8951 with a percent format (decimals as typed); anything else stays text
 * (targets such as "≥95%", qualitative words, "完整").
 */
export function typed(text: string): SpecCell {
  const m = /^(-?\d+)(?:\.(\d+))?%$/.exec(text);
  if (!m) return text;
  const decimals = m[2]?.length ?? 0;
  // Round away binary noise (e.g. 16 / 100) so the stored value is the one a person typed.
  const v = Number((Number(text.slice(0, -1)) / 100).toFixed(decimals + 2));
  return { v, fmt: decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%` };
}

/**
 * One field of a form row: a cell alone, or `[cell, through]` for a cell merged from the next
 * free column through column `through` (0-based, like `merge`), e.g. "项目名称" then [name, LAST].
 */
export type Field = SpecCell | readonly [value: SpecCell, through: number];

/** Where a field landed: its value and the columns it covers. */
export interface Placed {
  readonly value: SpecCell;
  readonly first: number;
  readonly last: number;
}

/** Lays fields out left to right from column 0. */
export function layout(fields: readonly Field[]): Placed[] {
  let next = 0;
  return fields.map((field) => {
    const [value, last] = isSpanned(field) ? field : [field, next];
    if (last < next) throw new Error(`a field cannot end at column ${last}, left of ${next}`);
    const placed = { value, first: next, last };
    next = last + 1;
    return placed;
  });
}

/** A row's cells: each value in its first column; nothing after the last value. */
export function cellsOf(placed: readonly Placed[]): SpecCell[] {
  const cells: SpecCell[] = [];
  for (const { value, first } of placed) {
    while (cells.length < first) cells.push(null);
    cells[first] = value;
  }
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
}

function isSpanned(field: Field): field is readonly [SpecCell, number] {
  return Array.isArray(field);
}

export class SheetBuilder {
  private readonly rows: SpecCell[][] = [];
  private readonly merges: string[] = [];
  private readonly bold: number[] = [];
  private readonly borders: [number, number][] = [];
  private readonly startRow: number;
  private readonly startCol: number;

  constructor(
    private readonly name: string,
    start: { row: number; col: number } = { row: 1, col: 1 },
  ) {
    this.startRow = start.row;
    this.startCol = start.col;
  }

  /** The sheet row the next `row()` call will fill. */
  get nextRow(): number {
    return this.startRow + this.rows.length;
  }

  /** Appends a row and returns its sheet row number; a missing cell is an empty one. */
  row(cells: readonly (SpecCell | undefined)[], opts: { bold?: boolean } = {}): number {
    const r = this.nextRow;
    this.rows.push(cells.map((c) => c ?? null));
    if (opts.bold) this.bold.push(r);
    return r;
  }

  /** Appends a row of fields (label / value pairs, merged as laid out); returns its sheet row. */
  fields(fields: readonly Field[], opts: { bold?: boolean } = {}): number {
    const placed = layout(fields);
    const r = this.row(cellsOf(placed), opts);
    for (const { first, last } of placed) this.across(r, first, last);
    return r;
  }

  /** Merges columns c1..c2 (0-based, relative) over sheet rows r1..r2. Single cells are ignored. */
  merge(r1: number, c1: number, r2: number, c2: number): this {
    if (r1 === r2 && c1 === c2) return this;
    // Sheet rows and columns are 1-based here, the engine's A1 helpers 0-based.
    const a = toA1(r1 - 1, this.startCol + c1 - 1);
    const b = toA1(r2 - 1, this.startCol + c2 - 1);
    this.merges.push(`${a}:${b}`);
    return this;
  }

  across(r: number, c1: number, c2: number): this {
    return this.merge(r, c1, r, c2);
  }

  down(c: number, r1: number, r2: number): this {
    return this.merge(r1, c, r2, c);
  }

  /** Thin borders on sheet rows r1..r2 (the writer borders the full sheet width). */
  border(r1: number, r2: number): this {
    this.borders.push([r1, r2]);
    return this;
  }

  build(widths: readonly number[]): SheetSpec {
    return {
      name: this.name,
      ...(this.startRow !== 1 || this.startCol !== 1
        ? { start: { row: this.startRow, col: this.startCol } }
        : {}),
      rows: this.rows,
      merges: this.merges,
      widths,
      boldRows: this.bold,
      bordered: this.borders,
    };
  }
}
