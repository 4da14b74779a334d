/**
 * The fake workbook's state and Excel's rules for it: how typed input is parsed, what the used
 * range is, what protection forbids, where notes live. The proxies (proxies.ts) only queue
 * calls; everything that changes a cell goes through here.
 */
import { toA1, type CellRange } from '../../engine/index.js';
import { parseArea } from '../address.js';
import { NO_FILL, type CellFill } from '../../engine/index.js';
import { FakeOfficeError } from './errors.js';

export type FakeValue = number | string | boolean | { readonly error: string } | null;

export interface FakeCell {
  readonly value: FakeValue;
  readonly formula?: string;
  readonly format: string;
  readonly fill: CellFill;
  readonly locked: boolean;
}

export interface FakeAnnotation {
  readonly id: string;
  content: string;
  readonly author: string;
}

export type AnnotationKind = 'notes' | 'comments';

export interface FakeProtection {
  readonly protected: boolean;
  readonly allowFormatCells: boolean;
  readonly allowEditObjects: boolean;
}

export const EMPTY_CELL: FakeCell = { value: null, format: 'General', fill: NO_FILL, locked: true };

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly notes = new Map<string, FakeAnnotation>();
  readonly comments = new Map<string, FakeAnnotation>();
  private mergeList: readonly CellRange[] = [];
  private hidden = new Map<string, CellRange>();
  protection: FakeProtection = {
    protected: false,
    allowFormatCells: false,
    allowEditObjects: false,
  };
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  cell(row: number, col: number): FakeCell {
    return this.cells.get(key(row, col)) ?? EMPTY_CELL;
  }

  annotations(kind: AnnotationKind): Map<string, FakeAnnotation> {
    return kind === 'notes' ? this.notes : this.comments;
  }

  /** Cells with a value or a formula, or (unless `valuesOnly`) any formatting, as Excel counts them. */
  usedRange(valuesOnly = false): CellRange | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    for (const [k, cell] of this.cells) {
      if (!counts(cell, valuesOnly)) continue;
      const [row, col] = parseKey(k);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return top === Infinity ? null : { top, left, bottom, right };
  }

  get merges(): readonly CellRange[] {
    return this.mergeList;
  }

  set merges(merges: readonly CellRange[]) {
    this.mergeList = merges;
    this.hidden = new Map();
    for (const m of merges) {
      for (let row = m.top; row <= m.bottom; row++) {
        for (let col = m.left; col <= m.right; col++)
          if (row !== m.top || col !== m.left) this.hidden.set(key(row, col), m);
      }
    }
  }

  /** The merged area that hides (row, col) behind its top-left cell, if any. */
  mergeHiding(row: number, col: number): CellRange | undefined {
    return this.hidden.get(key(row, col));
  }

  /** Changes a cell's content as typing (or `Range.values`/`formulas`) would. */
  input(row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return;
    this.guardContent(row, col);
    const current = this.cell(row, col);
    this.put(row, col, { ...withoutFormula(current), ...parseInput(input, current.format) });
  }

  setFormat(row: number, col: number, format: string): void {
    this.guardFormat();
    const current = this.cell(row, col);
    this.put(row, col, { ...current, format: format === '' ? 'General' : format });
  }

  setFill(row: number, col: number, change: Partial<CellFill> | 'clear'): void {
    this.guardFormat();
    const current = this.cell(row, col);
    let fill: CellFill;
    if (change === 'clear') fill = NO_FILL;
    else {
      fill = { ...current.fill, ...change };
      // Giving a colour to an unfilled cell makes its fill solid, as in Excel.
      if (
        change.color !== undefined &&
        current.fill.pattern === 'None' &&
        change.pattern === undefined
      ) {
        fill = { ...fill, pattern: 'Solid' };
      }
    }
    this.put(row, col, { ...current, fill });
  }

  put(row: number, col: number, cell: FakeCell): void {
    const isDefault =
      cell.value === null &&
      cell.formula === undefined &&
      cell.format === 'General' &&
      cell.fill.pattern === 'None' &&
      cell.locked;
    if (isDefault) this.cells.delete(key(row, col));
    else this.cells.set(key(row, col), cell);
  }

  guardContent(row: number, col: number): void {
    if (this.mergeHiding(row, col)) {
      throw new FakeOfficeError(
        'InvalidOperation',
        `Cannot change part of a merged cell (${toA1(row, col)}).`,
      );
    }
    if (this.protection.protected && this.cell(row, col).locked) {
      throw new FakeOfficeError(
        'AccessDenied',
        `The cell ${toA1(row, col)} is on a protected sheet.`,
      );
    }
  }

  guardFormat(): void {
    if (this.protection.protected && !this.protection.allowFormatCells) {
      throw new FakeOfficeError('AccessDenied', 'The sheet is protected against formatting.');
    }
  }

  guardObjects(): void {
    if (this.protection.protected && !this.protection.allowEditObjects) {
      throw new FakeOfficeError('AccessDenied', 'The sheet is protected against editing objects.');
    }
  }
}

export interface FakePart {
  readonly id: string;
  readonly namespaceUri: string;
  xml: string;
}

export class FakeWorkbookState {
  readonly sheets: FakeSheet[] = [];
  readonly parts: FakePart[] = [];
  activeSheetId = '';
  selection: { sheetId: string; range: CellRange } | null = null;
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(4, '0')}}`;
  }

  sheet(key: string): FakeSheet {
    const found = this.sheets.find(
      (s) => s.id === key || s.name.toLowerCase() === key.toLowerCase(),
    );
    if (!found) throw new FakeOfficeError('ItemNotFound', `The worksheet '${key}' does not exist.`);
    return found;
  }

  findSheet(key: string): FakeSheet | null {
    return (
      this.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase()) ?? null
    );
  }

  active(): FakeSheet {
    return this.sheet(this.activeSheetId);
  }
}

/** The value Excel's `values` returns for a cell ("" for empty, the error text for an error). */
export function readValue(cell: FakeCell): string | number | boolean {
  if (cell.value === null) return '';
  if (typeof cell.value === 'object') return cell.value.error;
  return cell.value;
}

export function readFormula(cell: FakeCell): string | number | boolean {
  return cell.formula ?? readValue(cell);
}

export function valueType(cell: FakeCell): string {
  if (cell.value === null) return 'Empty';
  if (typeof cell.value === 'object') return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  return typeof cell.value === 'boolean' ? 'Boolean' : 'String';
}

export function key(row: number, col: number): string {
  return `${row}:${col}`;
}

export function parseKey(k: string): [number, number] {
  const [row = '0', col = '0'] = k.split(':');
  return [Number(row), Number(col)];
}

export function rectOf(address: string): CellRange {
  return parseArea(address).range;
}

const ERRORS = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#SPILL!',
  '#CALC!',
];
const NUMBER = /^\s*([-+]?(?:\d[\d,]*\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*(%?)\s*$/i;

/**
 * What Excel makes of typed input: "'x" is the text x, "=…" a formula (the fake does not
 * calculate, so its value is empty), number-like text a number, TRUE/FALSE a boolean, "#N/A" an
 * error; a text-formatted ("@") cell keeps text as typed.
 */
function parseInput(input: unknown, format: string): { value: FakeValue; formula?: string } {
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  const text = String(input);
  if (text === '') return { value: null };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: null, formula: text };
  if (format === '@') return { value: text };
  const number = NUMBER.exec(text);
  if (number) {
    const n = Number((number[1] ?? '').replace(/,/g, ''));
    return { value: number[2] ? n / 100 : n };
  }
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true' };
  if (ERRORS.includes(text.toUpperCase())) return { value: { error: text.toUpperCase() } };
  return { value: text };
}

function withoutFormula(cell: FakeCell): FakeCell {
  return { value: cell.value, format: cell.format, fill: cell.fill, locked: cell.locked };
}

function counts(cell: FakeCell, valuesOnly: boolean): boolean {
  if (cell.value !== null || cell.formula !== undefined) return true;
  return !valuesOnly && (cell.format !== 'General' || cell.fill.pattern !== 'None' || !cell.locked);
}
