/**
 * Read access to a grid for recognition: bounds, merge masters, normalised texts and
 * readings, each computed once. Everything downstream is linear in the number of cells.
 */
import { cellAt, toA1, type Cell, type CellRange, type Grid } from '../grid.js';
import { normalizeText } from '../text/normalize.js';
import { readCell, type Reading } from '../values/reading.js';

export interface FieldRef {
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly cell: Cell;
  readonly reading: Reading;
}

export class SheetView {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly masters = new Map<number, number>();
  private readonly spans = new Map<number, CellRange>();
  private readonly readings = new Map<number, Reading>();

  constructor(readonly grid: Grid) {
    this.top = grid.origin.row;
    this.left = grid.origin.col;
    this.bottom = this.top + grid.cells.length - 1;
    let width = 0;
    for (const row of grid.cells) width = Math.max(width, row.length);
    this.right = this.left + width - 1;
    for (const m of grid.merges) {
      this.spans.set(this.key(m.top, m.left), m);
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r !== m.top || c !== m.left)
            this.masters.set(this.key(r, c), this.key(m.top, m.left));
        }
      }
    }
  }

  get width(): number {
    return this.right - this.left + 1;
  }

  cell(row: number, col: number): Cell {
    return cellAt(this.grid, row, col);
  }

  reading(row: number, col: number): Reading {
    const key = this.key(row, col);
    let reading = this.readings.get(key);
    if (!reading) {
      reading = readCell(this.cell(row, col));
      this.readings.set(key, reading);
    }
    return reading;
  }

  field(row: number, col: number): FieldRef {
    return {
      row,
      col,
      address: toA1(row, col),
      cell: this.cell(row, col),
      reading: this.reading(row, col),
    };
  }

  /** Normalised text of the cell itself ("" for numbers and blanks). */
  text(row: number, col: number): string {
    const value = this.cell(row, col).value;
    return typeof value === 'string' ? normalizeText(value) : '';
  }

  /** Like {@link text}, but a cell covered by a merge reads its master's text. */
  mergedText(row: number, col: number): string {
    const master = this.masters.get(this.key(row, col));
    if (master === undefined) return this.text(row, col);
    return this.text(Math.floor(master / this.stride), master % this.stride);
  }

  /** True when the cell is covered by a merge but is not its top-left master. */
  isCovered(row: number, col: number): boolean {
    return this.masters.has(this.key(row, col));
  }

  /** The merged area whose master is this cell, if any. */
  spanAt(row: number, col: number): CellRange | undefined {
    return this.spans.get(this.key(row, col));
  }

  /** Whether any cell of the row holds a number (text numbers included). */
  hasNumber(row: number, from = this.left, to = this.right): boolean {
    for (let c = from; c <= to; c++) if (this.reading(row, c).kind === 'number') return true;
    return false;
  }

  /** Distinct non-empty texts of a row, a merged area counted once. */
  distinctTexts(row: number): string[] {
    const seen: string[] = [];
    for (let c = this.left; c <= this.right; c++) {
      if (this.isCovered(row, c)) continue;
      const t = this.text(row, c);
      if (t && !seen.includes(t)) seen.push(t);
    }
    return seen;
  }

  /** The leftmost non-empty text of a row (its label), with its column. */
  firstText(row: number, from = this.left, to = this.right): { text: string; col: number } | null {
    for (let c = from; c <= to; c++) {
      const t = this.text(row, c);
      if (t) return { text: t, col: c };
    }
    return null;
  }

  private get stride(): number {
    return 1 << 14; // Excel's 16,384 columns
  }

  private key(row: number, col: number): number {
    return row * this.stride + col;
  }
}
