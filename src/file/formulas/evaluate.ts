/**
 * Formulas a workbook carries without a cached result (files written by openpyxl, Java POI
 * or a platform export, never opened in Excel): evaluated here with fast-formula-parser for
 * what such sheets use (cell and range references, other sheets, defined names, arithmetic,
 * SUM, ROUND, IF, AVERAGE, MIN, MAX…). A formula that cannot be evaluated keeps `value: null`
 * beside its formula, which the engine reports as not calculated.
 */
import type { CellRef, FormulaValue, RangeRef } from 'fast-formula-parser';
import {
  EMPTY_CELL,
  isExcelError,
  type Cell,
  type CellValue,
  type Grid,
} from '../../engine/index.js';

export interface FormulaSheet {
  readonly grid: Grid;
  /** Positions (sheet coordinates) of formulas without a cached value. */
  readonly uncalculated: readonly { readonly row: number; readonly col: number }[];
}

export interface NamedFormula {
  readonly name: string;
  /** Index of the sheet the name is scoped to, or null for a workbook-wide name. */
  readonly sheetIndex: number | null;
  readonly formula: string;
}

/** Sheet names a formula refers to ("自评表!H5", "'2021 汇总'!A1"). */
export function referencedSheets(formula: string): string[] {
  const names: string[] = [];
  const pattern = /'((?:[^']|'')+)'!|([^\s'!"(),:;=+\-*/&^<>{}[\]]+)!/g;
  for (const match of formula.matchAll(pattern))
    names.push(match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] as string));
  return names;
}

/** Thrown through the parser when a formula reaches itself: no cell of the cycle gets a value. */
class CircularReference extends Error {}

/**
 * Fills in the value of every uncalculated formula of `sheets` (in place: the grids' cells are
 * the reader's own arrays). `order` is the workbook's sheet order, for sheet-scoped names.
 */
export async function evaluateUncalculated(
  sheets: ReadonlyMap<string, FormulaSheet>,
  names: readonly NamedFormula[],
  order: readonly string[],
): Promise<void> {
  if (![...sheets.values()].some((s) => s.uncalculated.length > 0)) return;
  // Loaded only when needed: most workbooks have every result cached.
  const { default: FormulaParser } = await import('fast-formula-parser');
  const { FormulaError, FormulaHelpers, Types } = FormulaParser;
  const state = new Map<string, 'pending' | 'done'>();

  const valueAt = (sheet: string, row: number, col: number): FormulaValue => {
    const grid = sheets.get(sheet)?.grid;
    let cell = grid
      ? (grid.cells[row - grid.origin.row]?.[col - grid.origin.col] ?? EMPTY_CELL)
      : EMPTY_CELL;
    if (cell.formula !== undefined && cell.value === null) cell = evaluate(sheet, row, col);
    return isExcelError(cell.value) ? new FormulaError(cell.value.error) : cell.value;
  };

  const extremum =
    (pick: (a: number, b: number) => number) =>
    (...params: unknown[]) => {
      let result: number | null = null;
      FormulaHelpers.flattenParams(params, Types.NUMBER, true, (item) => {
        if (typeof item === 'number') result = result === null ? item : pick(result, item);
      });
      return result ?? 0;
    };

  const parser = new FormulaParser({
    onCell: (ref: CellRef) => valueAt(ref.sheet, ref.row - 1, ref.col - 1),
    onRange: (ref: RangeRef) => {
      const grid = sheets.get(ref.sheet)?.grid;
      // Whole columns (A:A) reach row 1,048,576: only the used range holds anything.
      const lastRow = grid ? grid.origin.row + grid.cells.length - 1 : -1;
      const lastCol = grid
        ? grid.origin.col + Math.max(0, ...grid.cells.map((l) => l.length)) - 1
        : -1;
      const rows: FormulaValue[][] = [];
      for (let r = ref.from.row - 1; r <= Math.min(ref.to.row - 1, lastRow); r++) {
        const line: FormulaValue[] = [];
        for (let c = ref.from.col - 1; c <= Math.min(ref.to.col - 1, lastCol); c++)
          line.push(valueAt(ref.sheet, r, c));
        rows.push(line);
      }
      return rows.length > 0 ? rows : [[null]];
    },
    functions: { MIN: extremum(Math.min), MAX: extremum(Math.max) },
  });

  function evaluate(sheet: string, row: number, col: number): Cell {
    const grid = sheets.get(sheet)?.grid;
    const line = grid?.cells[row - grid.origin.row] as Cell[] | undefined;
    const cell = grid && line ? line[col - grid.origin.col] : undefined;
    const key = `${sheet}!${row}!${col}`;
    if (state.get(key) === 'pending') throw new CircularReference();
    if (!grid || !line || !cell?.formula || state.has(key)) return cell ?? EMPTY_CELL;
    state.set(key, 'pending');
    let value: CellValue = null;
    try {
      value = computed(
        parser,
        prepared(cell.formula.slice(1), names, order.indexOf(sheet)),
        sheet,
        row,
        col,
      );
    } finally {
      state.set(key, 'done');
    }
    const updated: Cell = { ...cell, value };
    line[col - grid.origin.col] = updated;
    return updated;
  }

  for (const [sheet, { uncalculated }] of sheets)
    for (const { row, col } of uncalculated) {
      try {
        evaluate(sheet, row, col);
      } catch (error) {
        if (!(error instanceof CircularReference)) throw error;
      }
    }
}

function computed(
  parser: InstanceType<typeof import('fast-formula-parser').default>,
  formula: string,
  sheet: string,
  row: number,
  col: number,
): CellValue {
  let result: unknown;
  try {
    result = parser.parse(formula, { sheet, row: row + 1, col: col + 1 });
  } catch (error) {
    // A cycle leaves every formula in it without a value; anything else the parser
    // cannot do (a function it lacks, syntax it does not read) leaves this one alone.
    if (error instanceof CircularReference) throw error;
    return null;
  }
  while (Array.isArray(result)) result = result[0];
  if (typeof result === 'number') return Number.isFinite(result) ? result : null;
  if (typeof result === 'string' || typeof result === 'boolean') return result;
  // Only a division by zero is an answer Excel would surely give too; other errors may be ours.
  if (result !== null && typeof result === 'object' && 'error' in result)
    return (result as { error: string }).error === '#DIV/0!' ? { error: '#DIV/0!' } : null;
  return null;
}

/**
 * The formula as the parser reads it: defined names replaced by what they stand for (a
 * constant such as 满分 = 100, or a reference; the parser reads no Chinese names), and sheet
 * names quoted (it reads no unquoted Chinese sheet names either).
 */
function prepared(
  formula: string,
  names: readonly NamedFormula[],
  sheetIndex: number,
  depth = 0,
): string {
  return formula.replace(
    /"(?:[^"]|"")*"|'(?:[^']|'')*'|[\p{L}_\\][\p{L}\p{N}_.]*/gu,
    (token: string, offset: number, whole: string) => {
      if (token.startsWith('"') || token.startsWith("'")) return token;
      const next = whole.slice(offset + token.length).trimStart()[0];
      if (next === '(') return token; // a function
      if (next === '!') return /^[A-Za-z_][\w.]*$/.test(token) ? token : `'${token}'`;
      const named = namedFormula(names, token, sheetIndex);
      if (!named || depth > 4) return token;
      const text = prepared(named.formula.trim(), names, sheetIndex, depth + 1);
      return /^[^+\-*/&^<>=,]*$/.test(text) ? text : `(${text})`;
    },
  );
}

/** A defined name, scoped to the sheet first, then workbook-wide. */
function namedFormula(
  names: readonly NamedFormula[],
  name: string,
  sheetIndex: number,
): NamedFormula | undefined {
  const upper = name.toUpperCase();
  return (
    names.find((n) => n.name.toUpperCase() === upper && n.sheetIndex === sheetIndex) ??
    names.find((n) => n.name.toUpperCase() === upper && n.sheetIndex === null)
  );
}
