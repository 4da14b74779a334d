/**
 * One worksheet part → the engine's `Grid`, streamed: cells are placed as their tags go by,
 * so the sheet XML is never held whole. Values are what Excel shows after evaluation (the
 * cached `<v>`), numbers keep their number format (a date stays an Excel serial number with
 * its date format, as Office.js hands it to the add-in), and formulas keep their text.
 */
import {
  EMPTY_CELL,
  type Cell,
  type CellRange,
  type CellValue,
  type Grid,
} from '../../engine/index.js';
import { textOf } from '../xml/scanner.js';
import { streamPart } from '../xml/streamPart.js';
import { decodeOoxmlEscapes } from '../xml/text.js';
import type { ZipArchive } from '../zip/zipArchive.js';
import { shiftFormula } from './formulaShift.js';
import type { FormatOfStyle } from './stylesReader.js';

export interface SheetContext {
  readonly strings: readonly string[];
  readonly formatOf: FormatOfStyle;
  readonly date1904: boolean;
}

export interface ReadSheet {
  readonly grid: Grid;
  /** Sheet positions of formula cells that carry no cached value (never calculated). */
  readonly uncalculated: readonly { readonly row: number; readonly col: number }[];
}

interface SharedFormula {
  readonly formula: string;
  readonly row: number;
  readonly col: number;
}

/** The cell being read: its tag's attributes and the text of its children. */
interface OpenCell {
  row: number;
  col: number;
  type: string;
  style: number;
  value: string | null;
  formula: string | null;
  sharedIndex: string | null;
  sharedRef: boolean;
  inline: string | null;
}

type Capture = 'v' | 'f' | 'is' | null;

export async function readSheet(
  zip: ZipArchive,
  part: string,
  name: string,
  context: SheetContext,
): Promise<ReadSheet> {
  const rows: Cell[][] = [];
  const merges: CellRange[] = [];
  const shared = new Map<string, SharedFormula>();
  const uncalculated: { row: number; col: number }[] = [];
  let rowIndex = -1;
  let nextCol = 0;
  let cell: OpenCell | null = null;
  const reused: OpenCell = {
    row: 0,
    col: 0,
    type: 'n',
    style: 0,
    value: null,
    formula: null,
    sharedIndex: null,
    sharedRef: false,
    inline: null,
  };
  let capture: Capture = null;
  let phonetic = 0;
  let inSheetData = false;

  const place = (open: OpenCell) => {
    const content = toCell(open, context, shared);
    if (content === null) return;
    if (content.formula !== undefined && content.value === null)
      uncalculated.push({ row: open.row, col: open.col });
    const line = (rows[open.row] ??= []);
    while (line.length < open.col) line.push(EMPTY_CELL);
    line[open.col] = content;
  };

  await streamPart(zip, part, {
    open(tag) {
      switch (tag.name) {
        case 'sheetData':
          inSheetData = !tag.selfClosing;
          return;
        case 'row': {
          if (!inSheetData) return;
          const r = tag.attr('r');
          rowIndex = r === undefined ? rowIndex + 1 : Number(r) - 1;
          nextCol = 0;
          return;
        }
        case 'c': {
          if (!inSheetData) return;
          // One record reused for every cell: a million cells need no million records.
          const open = reused;
          const ref = tag.attr('r');
          const at = ref === undefined ? null : parseAddress(ref);
          const style = tag.attr('s');
          open.row = at?.row ?? rowIndex;
          open.col = at?.col ?? nextCol;
          open.type = tag.attr('t') ?? 'n';
          open.style = style === undefined ? 0 : Number(style);
          open.value = null;
          open.formula = null;
          open.sharedIndex = null;
          open.sharedRef = false;
          open.inline = null;
          nextCol = open.col + 1;
          if (tag.selfClosing) place(open);
          else cell = open;
          return;
        }
        case 'v':
          if (cell && !tag.selfClosing) {
            capture = 'v';
            cell.value = '';
          }
          return;
        case 'f':
          if (!cell) return;
          if (tag.attrs.t === 'shared' && tag.attrs.si !== undefined) {
            cell.sharedIndex = tag.attrs.si;
            cell.sharedRef = tag.attrs.ref !== undefined;
          }
          if (!tag.selfClosing) {
            capture = 'f';
            cell.formula = '';
          }
          return;
        case 'is':
          if (cell && !tag.selfClosing) {
            capture = 'is';
            cell.inline = '';
          }
          return;
        case 'rPh':
          if (!tag.selfClosing) phonetic++;
          return;
        case 'mergeCell': {
          const range = tag.attrs.ref === undefined ? null : parseRange(tag.attrs.ref);
          if (range) merges.push(range);
          return;
        }
      }
    },
    text(source, start, end, cdata) {
      if (cell === null || capture === null) return;
      if (capture === 'v') cell.value += textOf(source, start, end, cdata);
      else if (capture === 'f') cell.formula += textOf(source, start, end, cdata);
      else if (phonetic === 0) cell.inline += textOf(source, start, end, cdata);
    },
    close(tagName) {
      switch (tagName) {
        case 'c':
          if (cell) place(cell);
          cell = null;
          capture = null;
          return;
        case 'v':
        case 'f':
        case 'is':
          capture = null;
          return;
        case 'rPh':
          phonetic--;
          return;
        case 'sheetData':
          inSheetData = false;
          return;
      }
    },
  });
  return { grid: toGrid(name, rows, merges), uncalculated };
}

function toCell(
  open: OpenCell,
  context: SheetContext,
  shared: Map<string, SharedFormula>,
): Cell | null {
  const formula = formulaOf(open, shared);
  const value = valueOf(open, context);
  if (value === null && formula === null) return null;
  const format = context.formatOf(open.style);
  if (format === undefined && formula === null) return { value };
  return {
    value,
    ...(format !== undefined ? { format } : {}),
    ...(formula !== null ? { formula: `=${formula}` } : {}),
  };
}

/** The formula as typed; a shared formula's other cells get the master's, moved to them. */
function formulaOf(open: OpenCell, shared: Map<string, SharedFormula>): string | null {
  const text = open.formula === null || open.formula === '' ? null : open.formula;
  if (open.sharedIndex === null) return text;
  if (text !== null && open.sharedRef) {
    shared.set(open.sharedIndex, { formula: text, row: open.row, col: open.col });
    return text;
  }
  const master = shared.get(open.sharedIndex);
  if (!master) return text;
  return shiftFormula(master.formula, open.row - master.row, open.col - master.col);
}

function valueOf(open: OpenCell, context: SheetContext): CellValue {
  const raw = open.value;
  switch (open.type) {
    case 's': {
      if (raw === null || raw === '') return null;
      return context.strings[Number(raw)] ?? null;
    }
    case 'inlineStr':
      return open.inline === null
        ? raw === null
          ? null
          : decodeOoxmlEscapes(raw)
        : decodeOoxmlEscapes(open.inline);
    case 'str':
      return raw === null ? null : decodeOoxmlEscapes(raw);
    case 'b':
      return raw === null || raw === '' ? null : raw === '1' || raw === 'true';
    case 'e':
      return raw === null || raw === '' ? null : { error: raw };
    case 'd':
      return raw === null || raw === '' ? null : isoToSerial(raw, context.date1904);
    default: {
      if (raw === null || raw.trim() === '') return null;
      const n = Number(raw);
      return Number.isFinite(n) ? n : raw;
    }
  }
}

// Excel's serial day 0 is 1899-12-30 (1900 system) or 1904-01-01 (1904 system).
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const DATE1904_OFFSET = 1_462;

/** `t="d"` cells (ISO 8601, written by some libraries and by LibreOffice) as Excel serials. */
function isoToSerial(iso: string, date1904: boolean): CellValue {
  const time = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`);
  if (Number.isNaN(time)) return iso;
  return time / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET : 0);
}

/**
 * The used range: every non-empty cell and every merged area. A merged area's other cells
 * are empty, as Excel shows them, whatever a generator stored in them.
 */
function toGrid(sheet: string, rows: Cell[][], merges: CellRange[]): Grid {
  for (const m of merges) blankMerged(rows, m);
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  rows.forEach((line, r) => {
    const first = line.findIndex((c) => c !== EMPTY_CELL && c !== undefined);
    if (first === -1) return;
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (first < left) left = first;
  });
  for (const m of merges) {
    if (m.top < top) top = m.top;
    if (m.left < left) left = m.left;
    if (m.bottom > bottom) bottom = m.bottom;
  }
  if (top === Infinity) return { sheet, origin: { row: 0, col: 0 }, cells: [], merges };
  const cells: Cell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line = rows[r];
    if (!line) cells.push([]);
    else cells.push(left === 0 ? densified(line) : densified(line).slice(left));
  }
  return { sheet, origin: { row: top, col: left }, cells, merges };
}

/** Holes (cells given out of order) become empty cells; trailing empties go. */
function densified(line: Cell[]): Cell[] {
  for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = EMPTY_CELL;
  while (line.length > 0 && line[line.length - 1] === EMPTY_CELL) line.pop();
  return line;
}

function blankMerged(rows: Cell[][], m: CellRange): void {
  const last = Math.min(m.bottom, rows.length - 1);
  for (let r = m.top; r <= last; r++) {
    const line = rows[r];
    if (!line) continue;
    const right = Math.min(m.right, line.length - 1);
    for (let c = m.left; c <= right; c++) if (r !== m.top || c !== m.left) line[c] = EMPTY_CELL;
  }
}

/**
 * "H21" → 0-based row and column; null when malformed. Not the engine's fromA1, which throws
 * and uses a regex: this runs once per cell of a sheet that may have a million.
 */
export function parseAddress(address: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code === 36) continue; // $
    const upper = code & ~32;
    if (upper < 65 || upper > 90) break;
    col = col * 26 + (upper - 64);
  }
  const row = Number(address.slice(i).replace('$', ''));
  if (col === 0 || !Number.isInteger(row) || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

export function parseRange(ref: string): CellRange | null {
  const [a, b = a] = ref.split(':');
  const start = a === undefined ? null : parseAddress(a);
  const end = parseAddress(b ?? '');
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}
