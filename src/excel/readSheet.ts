/**
 * Reading a worksheet for a run: its used range (values, formulas, number formats, value types,
 * each cell's fill and locked state), merged areas, protection and notes, all queued so that the
 * caller's single `context.sync()` brings everything back.
 */
import type { CellRange } from '../engine/index.js';
import { parseAreas } from './address.js';
import { queueAnnotationRead, type Annotation } from './annotations.js';
import type { Capabilities } from './capabilities.js';
import type { CellFill } from '../engine/index.js';
import { toCellFill } from './fills.js';
import { Refusal } from './errors.js';

/** What one read brings back, as plain arrays over `used` (row-major, `used.top` first). */
export interface RawSheet {
  readonly id: string;
  readonly name: string;
  readonly protection: SheetProtection;
  /** `null` for a sheet with nothing on it. */
  readonly used: CellRange | null;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly unknown[])[];
  readonly formats: readonly (readonly unknown[])[];
  readonly types: readonly (readonly string[])[];
  readonly fills: readonly (readonly CellFill[])[];
  readonly locked: readonly (readonly boolean[])[];
  readonly merges: readonly CellRange[];
  readonly annotations: readonly Annotation[];
}

export interface SheetProtection {
  readonly protected: boolean;
  /** Protection that still allows formatting cells (fills, number formats). */
  readonly allowFormatCells: boolean;
  /** Protection that still allows editing objects (notes and comments). */
  readonly allowEditObjects: boolean;
}

/** Sheet rows `top`–`bottom` of the used range `used`, read on their own. */
export interface Band {
  readonly top: number;
  readonly bottom: number;
  readonly used: CellRange;
}

export interface PendingSheet {
  collect(): RawSheet;
}

const RANGE_PROPERTIES =
  'address, rowIndex, columnIndex, rowCount, columnCount, values, formulas, numberFormat, valueTypes';

/** The per-cell properties Ziping needs: the fill to give back, the lock to respect. */
const CELL_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: {
      color: true,
      pattern: true,
      patternColor: true,
      tintAndShade: true,
      patternTintAndShade: true,
    },
    protection: true, // locked (and formulaHidden, which comes with it)
  },
};

/**
 * Queues the whole read of `sheet`. `rows` limits it to a band of sheet rows; used only when a
 * whole-sheet read is too big for Excel on the web (see readWorkbook.ts).
 */
export function queueSheetRead(
  sheet: Excel.Worksheet,
  capabilities: Capabilities,
  rows?: Band,
): PendingSheet {
  sheet.load('id, name');
  const protection = sheet.protection.load('protected, options'); // ExcelApi 1.2
  const range = rows
    ? sheet.getRangeByIndexes(
        rows.top,
        rows.used.left,
        rows.bottom - rows.top + 1,
        rows.used.right - rows.used.left + 1,
      )
    : sheet.getUsedRangeOrNullObject(); // ExcelApi 1.4; formatted cells count, so earlier marks are inside
  range.load(RANGE_PROPERTIES);
  const props = range.getCellProperties(CELL_PROPERTIES); // ExcelApi 1.9
  const merged = capabilities.mergedAreas
    ? range.getMergedAreasOrNullObject().load('address')
    : null; // ExcelApi 1.13
  const annotations =
    rows && rows.top !== rows.used.top ? null : queueAnnotationRead(sheet, capabilities);

  return {
    collect(): RawSheet {
      const base = {
        id: sheet.id,
        name: sheet.name,
        protection: {
          protected: protection.protected,
          allowFormatCells: protection.options?.allowFormatCells ?? false,
          allowEditObjects: protection.options?.allowEditObjects ?? false,
        },
        annotations: annotations?.collect() ?? [],
      };
      if (range.isNullObject) {
        return {
          ...base,
          used: null,
          values: [],
          formulas: [],
          formats: [],
          types: [],
          fills: [],
          locked: [],
          merges: [],
        };
      }
      const used = {
        top: range.rowIndex,
        left: range.columnIndex,
        bottom: range.rowIndex + range.rowCount - 1,
        right: range.columnIndex + range.columnCount - 1,
      };
      const cells = props.value;
      checkShape(base.name, used, [
        range.values,
        range.formulas,
        range.numberFormat,
        range.valueTypes,
        cells,
      ]);
      return {
        ...base,
        used,
        values: range.values,
        formulas: range.formulas,
        formats: range.numberFormat,
        types: range.valueTypes,
        fills: cells.map((row) => row.map((cell) => toCellFill(cell.format?.fill))),
        locked: cells.map((row) => row.map((cell) => cell.format?.protection?.locked ?? true)),
        merges:
          merged && !merged.isNullObject ? parseAreas(merged.address).map((a) => a.range) : [],
      };
    },
  };
}

/** A half-read sheet must never reach the engine: every array has to cover the used range. */
function checkShape(
  sheet: string,
  used: CellRange,
  arrays: readonly (readonly (readonly unknown[])[])[],
): void {
  const rows = used.bottom - used.top + 1;
  const cols = used.right - used.left + 1;
  const whole = arrays.every(
    (a) =>
      Array.isArray(a) &&
      a.length === rows &&
      a.every((r) => Array.isArray(r) && r.length === cols),
  );
  if (!whole) throw new Refusal(`工作表「${sheet}」没有完整读出，未做任何修改。请再试一次。`);
}

/** Rows per band when a sheet is read in pieces: about 1.5 MB for a 10-column table. */
export const BAND_ROWS = 1000;

/** Splits `used` into bands of {@link BAND_ROWS} rows. */
export function bands(used: CellRange): Band[] {
  const out: Band[] = [];
  for (let top = used.top; top <= used.bottom; top += BAND_ROWS) {
    out.push({ top, bottom: Math.min(used.bottom, top + BAND_ROWS - 1), used });
  }
  return out;
}

/** Joins band reads (in order) back into one sheet read. */
export function joinBands(parts: readonly RawSheet[], used: CellRange): RawSheet {
  const [first] = parts;
  if (!first) throw new Refusal('工作表没有读出任何内容，未做任何修改。');
  const join = <T>(pick: (p: RawSheet) => readonly (readonly T[])[]) =>
    parts.flatMap((p) => pick(p));
  return {
    ...first,
    used,
    values: join((p) => p.values),
    formulas: join((p) => p.formulas),
    formats: join((p) => p.formats),
    types: join((p) => p.types),
    fills: join((p) => p.fills),
    locked: join((p) => p.locked),
    merges: dedupeRanges(parts.flatMap((p) => p.merges)),
  };
}

function dedupeRanges(ranges: readonly CellRange[]): CellRange[] {
  const seen = new Map<string, CellRange>();
  for (const r of ranges) seen.set(`${r.top},${r.left},${r.bottom},${r.right}`, r);
  return [...seen.values()];
}
