/**
 * Read access to a grid for recognition: bounds, merge masters, normalised texts and
 * readings. Everything downstream is linear in the number of cells. On a 100,000-row sheet
 * the garbage collector, not the parsing, is what costs: a cell's text is normalised once and
 * kept (recognisers ask for it several times), but no other object per cell is kept alive.
 */
import { cellAt, toA1, type Cell, type CellRange, type Grid } from '../grid.js';
import { normalizeText } from '../text/normalize.js';
import {
  EMPTY_READING,
  isBlankText,
  looksNumeric,
  readCell,
  readText,
  type Reading,
} from '../values/reading.js';

export interface FieldRef {
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly cell: Cell;
  readonly reading: Reading;
  /** Inside another cell's merge: the sheet shows nothing here, and nothing is written here. */
  readonly covered: boolean;
}

/**
 * A cell the model refers to, made when a rule asks for it and read at most once. The model
 * keeps positions, not fields, so fields die young and cost the collector nothing.
 */
class Field implements FieldRef {
  private a1: string | undefined;
  private read: Reading | undefined;

  constructor(
    private readonly view: SheetView,
    readonly row: number,
    readonly col: number,
  ) {}

  get cell(): Cell {
    return this.view.cell(this.row, this.col);
  }

  get reading(): Reading {
    return (this.read ??= this.view.reading(this.row, this.col));
  }

  get address(): string {
    return (this.a1 ??= toA1(this.row, this.col));
  }

  get covered(): boolean {
    return this.view.isCovered(this.row, this.col);
  }
}

export class SheetView {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly width: number;
  /** Merged areas by their master's slot. */
  private readonly spans = new Map<number, CellRange>();
  /** For each cell covered by a merge (not its master): the master's slot + 1; else 0. */
  private readonly masters: Int32Array;
  /** Per row: whether it holds a number (0 not yet known, 1 no, 2 yes). */
  private readonly rowNumbers: Uint8Array;
  /** Normalised texts, one slot per cell, made on first asking; most are the grid's own strings. */
  private readonly texts: (string | undefined)[];

  constructor(readonly grid: Grid) {
    this.top = grid.origin.row;
    this.left = grid.origin.col;
    this.bottom = this.top + grid.cells.length - 1;
    let width = 0;
    for (const row of grid.cells) width = Math.max(width, row.length);
    this.width = width;
    this.right = this.left + width - 1;
    const size = grid.cells.length * width;
    this.texts = new Array<string | undefined>(size).fill(undefined);
    this.masters = new Int32Array(size);
    this.rowNumbers = new Uint8Array(grid.cells.length);
    for (const m of grid.merges) {
      if (!this.inside(m.top, m.left)) continue;
      const master = this.slot(m.top, m.left);
      this.spans.set(master, m);
      for (let r = m.top; r <= Math.min(m.bottom, this.bottom); r++) {
        for (let c = m.left; c <= Math.min(m.right, this.right); c++) {
          if (r !== m.top || c !== m.left) this.masters[this.slot(r, c)] = master + 1;
        }
      }
    }
  }

  cell(row: number, col: number): Cell {
    return cellAt(this.grid, row, col);
  }

  reading(row: number, col: number): Reading {
    if (!this.inside(row, col)) return EMPTY_READING;
    const cell = this.cell(row, col);
    // Text is normalised once, for matching and reading alike.
    return typeof cell.value === 'string'
      ? readText(cell.value, this.text(row, col))
      : readCell(cell);
  }

  /** Whether a cell holds a number (text numbers included), without building a reading. */
  isNumber(row: number, col: number): boolean {
    const value = this.cell(row, col).value;
    if (typeof value === 'number') return Number.isFinite(value);
    return typeof value === 'string' && mayBeNumeric(value) && looksNumeric(this.text(row, col));
  }

  /** Whether a cell reads as empty (blank, "/", "—"), without building a reading. */
  isBlank(row: number, col: number): boolean {
    const value = this.cell(row, col).value;
    return value === null || (typeof value === 'string' && isBlankText(this.text(row, col)));
  }

  field(row: number, col: number): FieldRef {
    return new Field(this, row, col);
  }

  /** Normalised text of the cell itself ("" for numbers and blanks). */
  text(row: number, col: number): string {
    if (!this.inside(row, col)) return '';
    const slot = this.slot(row, col);
    const cached = this.texts[slot];
    if (cached !== undefined) return cached;
    const value = this.cell(row, col).value;
    const text = typeof value === 'string' ? normalizeText(value) : '';
    this.texts[slot] = text;
    return text;
  }

  /** Like {@link text}, but a cell covered by a merge reads its master's text. */
  mergedText(row: number, col: number): string {
    const master = this.inside(row, col) ? this.masters[this.slot(row, col)]! : 0;
    if (master === 0) return this.text(row, col);
    const slot = master - 1;
    return this.text(this.top + Math.floor(slot / this.width), this.left + (slot % this.width));
  }

  /** True when the cell is covered by a merge but is not its top-left master. */
  isCovered(row: number, col: number): boolean {
    return this.inside(row, col) && this.masters[this.slot(row, col)] !== 0;
  }

  /** The merged area covering this cell (as its master or not), if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    if (!this.inside(row, col)) return undefined;
    const master = this.masters[this.slot(row, col)]!;
    return this.spans.get(master === 0 ? this.slot(row, col) : master - 1);
  }

  /** The merged area whose master is this cell, if any. */
  spanAt(row: number, col: number): CellRange | undefined {
    return this.inside(row, col) ? this.spans.get(this.slot(row, col)) : undefined;
  }

  /** Whether any cell of the row (or of its columns from..to) holds a number. */
  hasNumber(row: number, from = this.left, to = this.right): boolean {
    const whole = from === this.left && to === this.right && this.inside(row, this.left);
    // Every recogniser asks this of every row: answer each row once (0 unknown, 1 no, 2 yes).
    if (whole && this.rowNumbers[row - this.top] !== 0)
      return this.rowNumbers[row - this.top] === 2;
    let found = false;
    for (let c = from; c <= to && !found; c++) found = this.isNumber(row, c);
    if (whole) this.rowNumbers[row - this.top] = found ? 2 : 1;
    return found;
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

  private slot(row: number, col: number): number {
    return (row - this.top) * this.width + (col - this.left);
  }

  private inside(row: number, col: number): boolean {
    return row >= this.top && row <= this.bottom && col >= this.left && col <= this.right;
  }
}

/**
 * Whether a text can be a figure at all, judged on its first visible character, so that
 * prose (指标解释, 原因) is never normalised just to learn it is not a number.
 */
function mayBeNumeric(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x3000 || c === 0xa0 || c === 0x09 || c === 0x0a || c === 0x0d)
      continue;
    // 0-9 + - . and their full-width forms
    return (
      (c >= 0x30 && c <= 0x39) ||
      c === 0x2b ||
      c === 0x2d ||
      c === 0x2e ||
      (c >= 0xff10 && c <= 0xff19) ||
      c === 0xff0b ||
      c === 0xff0d ||
      c === 0xff0e
    );
  }
  return false;
}
