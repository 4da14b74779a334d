/**
 * The demo's workbook: an example sheet loaded into the in-memory fake Excel, the real adapter
 * (`createExcelActions`) over it for the pane, and a snapshot of the sheet for the grid that
 * changes whenever the adapter (or the user, typing in the formula bar) changes the workbook.
 */
import type { WorkbookActions } from '../excel/actions.js';
import { createExcelActions } from '../excel/index.js';
import {
  createFakeExcel,
  fakeSheetFromGrid,
  type FakeExcel,
  type FakeValue,
} from '../excel/fake/index.js';
import { parseArea } from '../excel/address.js';
import { toA1, type CellRange } from '../engine/index.js';
import type { SheetSpec } from '../../examples/sheets/spec.js';
import { sheetToGrid } from '../../examples/sheets/toGrid.js';
import { displayValue } from '../engine/index.js';
import type { CellView } from './SheetView.js';

export interface DemoSnapshot {
  readonly sheet: string;
  readonly rows: number;
  readonly cols: number;
  readonly cell: (row: number, col: number) => CellView;
  readonly merges: readonly CellRange[];
  readonly selection: CellRange | null;
  readonly widths: readonly number[];
  readonly boldRows: ReadonlySet<number>;
}

export interface DemoWorkbook {
  readonly actions: WorkbookActions;
  readonly subscribe: (listener: () => void) => () => void;
  readonly snapshot: () => DemoSnapshot;
  /** A click on a cell: selects it as Excel would. */
  readonly select: (row: number, col: number) => void;
  /** The user types into the selected cell (the formula bar's Enter). */
  readonly edit: (row: number, col: number, text: string) => void;
}

/** Blank rows and columns drawn past the used range, so the grid looks like a sheet. */
const MARGIN_ROWS = 4;
const MARGIN_COLS = 2;

export function createDemoWorkbook(spec: SheetSpec): DemoWorkbook {
  const fake: FakeExcel = createFakeExcel({ sheets: [fakeSheetFromGrid(sheetToGrid(spec))] });
  const sheet = spec.name;
  const boldRows = new Set((spec.boldRows ?? []).map((row) => row - 1));
  const widths = spec.widths ?? [];

  const build = (): DemoSnapshot => {
    const used = parseArea(fake.workbook.usedRange(sheet) ?? 'A1').range;
    const cache = new Map<string, CellView>();
    return {
      sheet,
      rows: used.bottom + 1 + MARGIN_ROWS,
      cols: used.right + 1 + MARGIN_COLS,
      cell: (row, col) => {
        const address = toA1(row, col);
        let view = cache.get(address);
        if (!view) {
          view = cellView(fake, sheet, address);
          cache.set(address, view);
        }
        return view;
      },
      merges: fake.workbook.merges(sheet).map((a) => parseArea(a).range),
      selection: selectionIn(fake, sheet),
      widths,
      boldRows,
    };
  };

  let current = build();
  const listeners = new Set<() => void>();
  const refresh = () => {
    current = build();
    for (const listener of listeners) listener();
  };
  fake.onChange(refresh);
  const actions = refreshAfter(
    createExcelActions({ Excel: fake.Excel, Office: fake.Office }),
    refresh,
  );
  return {
    actions,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => current,
    select: (row, col) => void actions.selectCell(sheet, toA1(row, col)),
    edit: (row, col, text) => fake.workbook.setCell(sheet, toA1(row, col), typed(text)),
  };
}

function cellView(fake: FakeExcel, sheet: string, address: string): CellView {
  const cell = fake.workbook.cell(sheet, address);
  return {
    text: displayValue(cell.value, cell.format),
    numeric: typeof cell.value === 'number',
    fill: cell.fill.pattern === 'None' ? null : cell.fill.color,
    note: cell.note ?? cell.comment,
    formula: cell.formula,
  };
}

function selectionIn(fake: FakeExcel, sheet: string): CellRange | null {
  const selection = fake.workbook.selection();
  if (!selection) return null;
  const area = parseArea(selection);
  return area.sheet === undefined || area.sheet === sheet ? area.range : null;
}

/**
 * What Excel stores for typed text: a number (95% → 0.95, formatted as a percentage, as Excel
 * does), a formula, or the text itself.
 */
function typed(text: string): { value?: FakeValue; formula?: string; format?: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { value: null };
  if (trimmed.startsWith('=')) return { formula: trimmed, value: null };
  const number = /^([-+]?\d+(?:\.\d+)?)(%?)$/.exec(trimmed.replace(/,/g, ''));
  if (number?.[2]) return { value: Number(number[1]) / 100, format: '0%' };
  if (number) return { value: Number(number[1]) };
  return { value: trimmed };
}

/**
 * The fake reports changes to cells; a selection changes none, yet the grid must show it. So
 * the grid also refreshes after every action the pane runs.
 */
function refreshAfter(actions: WorkbookActions, refresh: () => void): WorkbookActions {
  const wrapped = {} as Record<keyof WorkbookActions, unknown>;
  for (const name of Object.keys(actions) as (keyof WorkbookActions)[]) {
    const action = actions[name] as (...args: unknown[]) => Promise<unknown>;
    wrapped[name] = async (...args: unknown[]) => {
      const result = await action(...args);
      refresh();
      return result;
    };
  }
  return wrapped as unknown as WorkbookActions;
}
