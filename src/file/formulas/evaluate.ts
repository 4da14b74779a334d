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
} from '../../engine/grid.js';

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

  const cellOf = (sheet: string, row: number, col: number): Cell => {
    const grid = sheets.get(sheet)?.grid;
    if (!grid) return EMPTY_CELL;
    return grid.cells[row - grid.origin.row]?.[col - grid.origin.col] ?? EMPTY_CELL;
  };

  const valueAt = (sheet: string, row: number, col: number): FormulaValue => {
    let cell = cellOf(sheet, row, col);
    if (cell.formula !== undefined && cell.value === null) cell = evaluate(sheet, row, col);
    return toFormulaValue(cell.value);
  };

  const toFormulaValue = (value: CellValue): FormulaValue =>
    isExcelError(value) ? new FormulaError(value.error) : value;

  const constants = constantNames(names);
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
      const lastRow = grid ? grid.origin.row + grid.cells.length : 0;
      const lastCol = grid
        ? grid.origin.col + Math.max(0, ...grid.cells.map((line) => line.length))
        : 0;
      const rows: FormulaValue[][] = [];
      for (let r = ref.from.row - 1; r <= Math.min(ref.to.row - 1, lastRow); r++) {
        const line: FormulaValue[] = [];
        for (let c = ref.from.col - 1; c <= Math.min(ref.to.col - 1, lastCol); c++)
          line.push(valueAt(ref.sheet, r, c));
        rows.push(line);
      }
      return rows.length > 0 ? rows : [[null]];
    },
    onVariable: (name: string, sheet: string) => referenceName(names, order, name, sheet),
    functions: { MIN: extremum(Math.min), MAX: extremum(Math.max) },
  });

  function evaluate(sheet: string, row: number, col: number): Cell {
    const grid = sheets.get(sheet)?.grid;
    const line = grid?.cells[row - (grid?.origin.row ?? 0)] as Cell[] | undefined;
    const cell = line?.[col - (grid?.origin.col ?? 0)];
    const key = `${sheet}!${row}!${col}`;
    if (!grid || !line || !cell?.formula || state.has(key)) return cell ?? EMPTY_CELL;
    state.set(key, 'pending'); // a circular reference reads the pending cell as empty
    const value = computed(
      parser,
      withConstants(cell.formula.slice(1), constants),
      sheet,
      row,
      col,
    );
    const updated: Cell = { ...cell, value };
    line[col - grid.origin.col] = updated;
    state.set(key, 'done');
    return updated;
  }

  for (const [sheet, { uncalculated }] of sheets)
    for (const { row, col } of uncalculated) evaluate(sheet, row, col);
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
  } catch {
    return null; // a function it does not know, or syntax it does not read
  }
  while (Array.isArray(result)) result = result[0];
  if (typeof result === 'number') return Number.isFinite(result) ? result : null;
  if (typeof result === 'string' || typeof result === 'boolean') return result;
  // Only a division by zero is an answer Excel would give too; other errors may be ours.
  if (result !== null && typeof result === 'object' && 'error' in result)
    return (result as { error: string }).error === '#DIV/0!' ? { error: '#DIV/0!' } : null;
  return null;
}

/** Names defined as a number or a string (满分 = 100), replaced by their value before parsing. */
function constantNames(names: readonly NamedFormula[]): ReadonlyMap<string, string> {
  const constants = new Map<string, string>();
  for (const n of names) {
    const text = n.formula.trim();
    if (n.sheetIndex === null && /^(-?\d+(\.\d+)?|"[^"]*")$/.test(text))
      constants.set(n.name.toUpperCase(), text);
  }
  return constants;
}

function withConstants(formula: string, constants: ReadonlyMap<string, string>): string {
  if (constants.size === 0) return formula;
  return formula.replace(/"(?:[^"]|"")*"|[\p{L}_\\][\p{L}\p{N}_.]*/gu, (token) =>
    token.startsWith('"') ? token : (constants.get(token.toUpperCase()) ?? token),
  );
}

/** A name that stands for a cell or a range, scoped to `sheet` first, then workbook-wide. */
function referenceName(
  names: readonly NamedFormula[],
  order: readonly string[],
  name: string,
  sheet: string,
): CellRef | RangeRef | null {
  const sheetIndex = order.indexOf(sheet);
  const upper = name.toUpperCase();
  const named =
    names.find((n) => n.name.toUpperCase() === upper && n.sheetIndex === sheetIndex) ??
    names.find((n) => n.name.toUpperCase() === upper && n.sheetIndex === null);
  if (!named) return null;
  const match =
    /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i.exec(
      named.formula.trim(),
    );
  if (!match) return null;
  const target = match[1] !== undefined ? match[1].replace(/''/g, "'") : (match[2] as string);
  const from = { row: Number(match[4]), col: columnNumber(match[3] as string) };
  if (match[5] === undefined) return { sheet: target, ...from };
  return { sheet: target, from, to: { row: Number(match[6]), col: columnNumber(match[5]) } };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
