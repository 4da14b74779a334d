/**
 * An in-memory Excel for tests and the demo page (browser-safe: no Node imports). It implements
 * the slice of Office.js the adapter uses, behaving like Excel where it matters: proxies empty
 * until `load` + `sync`, 2-D writes with `null` = unchanged, formulas cleared by a value, merged
 * areas, notes and threaded comments, custom XML parts, protection with locked cells,
 * requirement sets, error codes, the area limit of `getRanges`, the web's payload limit — and a
 * count of every `context.sync()`.
 */
import { fromA1, toA1 } from '../../engine/index.js';
import { parseArea, rangeToA1 } from '../address.js';
import { NO_FILL, type CellFill } from '../../engine/index.js';
import { FakeCore, type Fault, type SyncRecord } from './core.js';
import { FakeOfficeError } from './errors.js';
import {
  FakeSheet,
  FakeWorkbookState,
  key,
  parseKey,
  type FakeProtection,
  type FakeValue,
} from './model.js';
import { FakeRequestContext } from './proxies.js';

export { fakeSheetFromGrid } from './fromGrid.js';
export { FakeOfficeError } from './errors.js';
export type { FakeValue, FakeProtection } from './model.js';
export type { SyncRecord, Fault } from './core.js';

export interface FakeCellInit {
  readonly value?: FakeValue;
  /** With "=", e.g. "=SUM(H8:H52)"; `value` is its cached result (the fake does not calculate). */
  readonly formula?: string;
  readonly format?: string;
  /** "#RRGGBB" for a solid fill, or every fill property. */
  readonly fill?: string | CellFill;
  readonly locked?: boolean;
  readonly note?: string;
  readonly comment?: string;
}

export interface FakeSheetInit {
  readonly name: string;
  /** Cells by A1 address; a plain value is a constant. */
  readonly cells?: Readonly<Record<string, FakeCellInit | FakeValue>>;
  /** Merged areas in A1, e.g. "A1:I1". */
  readonly merges?: readonly string[];
  /** `true`: protected with Excel's defaults (no formatting, no editing objects). */
  readonly protection?: boolean | Partial<FakeProtection>;
  readonly visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
}

export interface FakeExcelInit {
  readonly sheets: readonly FakeSheetInit[];
  readonly activeSheet?: string;
  /** Custom XML parts the workbook already holds (e.g. a record Ziping saved earlier). */
  readonly parts?: readonly { readonly namespaceUri: string; readonly xml: string }[];
  /** Default: everything up to ExcelApi 1.20. */
  readonly requirementSets?: Readonly<Record<string, string>>;
  /** Default 500. */
  readonly areaLimit?: number;
  /** Excel on the web's 5 MB limit when set; default none (desktop). */
  readonly payloadLimitBytes?: number | null;
  readonly nullObjectMethods?: 'null' | 'throw';
}

/** What a cell holds, as a test or the demo grid sees it. */
export interface FakeCellView {
  readonly value: FakeValue;
  readonly formula: string | null;
  readonly format: string;
  readonly fill: CellFill;
  readonly note: string | null;
  readonly comment: string | null;
  readonly locked: boolean;
}

export interface FakeWorkbook {
  sheetNames(): string[];
  activeSheet(): string;
  activate(sheet: string): void;
  /** The selected range as "Sheet!A1", or null. */
  selection(): string | null;
  cell(sheet: string, address: string): FakeCellView;
  /** The used range (values or formatting) as A1, or null for an empty sheet. */
  usedRange(sheet: string): string | null;
  merges(sheet: string): string[];
  /** A user's edit: typed content, a fill, a lock. Notes and comments by their own helpers. */
  setCell(sheet: string, address: string, change: FakeCellInit): void;
  addNote(sheet: string, address: string, content: string): void;
  addComment(sheet: string, address: string, content: string): void;
  protect(sheet: string, options?: Partial<Omit<FakeProtection, 'protected'>>): void;
  unprotect(sheet: string): void;
  /** Custom XML parts: namespace and XML. */
  customXmlParts(): { namespaceUri: string; xml: string }[];
  /** Every non-empty cell, note, comment and part, sorted: equal dumps mean equal workbooks. */
  dump(): unknown;
}

export interface FakeExcel {
  readonly Excel: typeof Excel;
  readonly Office: typeof Office;
  readonly workbook: FakeWorkbook;
  /** `context.sync()` calls so far, failed ones included. */
  syncCount(): number;
  /** Per sync: how many loads, writes and view changes it carried. */
  syncs(): readonly SyncRecord[];
  /** The options of each `Excel.run`. */
  runs(): readonly Excel.RunOptions[];
  resetCounts(): void;
  /** The next sync that writes fails after `afterWrites` of its writes (Excel keeps those). */
  failNextWrite(fault: Fault): void;
  /** Called after every sync that changed the workbook or the selection, and after test/demo edits. */
  onChange(listener: () => void): () => void;
}

export function createFakeExcel(init: FakeExcelInit): FakeExcel {
  const state = new FakeWorkbookState();
  for (const sheetInit of init.sheets) state.sheets.push(buildSheet(state, sheetInit));
  const first = state.sheets[0];
  if (!first) throw new Error('A fake workbook needs at least one sheet.');
  state.activeSheetId = init.activeSheet ? state.sheet(init.activeSheet).id : first.id;
  for (const part of init.parts ?? []) state.parts.push({ id: state.newId('part'), ...part });

  const core = new FakeCore(state, {
    requirementSets: init.requirementSets ?? { ExcelApi: '1.20' },
    areaLimit: init.areaLimit ?? 500,
    payloadLimitBytes: init.payloadLimitBytes ?? null,
    nullObjectMethods: init.nullObjectMethods ?? 'null',
  });

  const run = async (...args: unknown[]): Promise<unknown> => {
    const batch = args.find(
      (a): a is (context: FakeRequestContext) => Promise<unknown> => typeof a === 'function',
    );
    const options =
      args.length > 1 && typeof args[0] === 'object' && args[0] !== null
        ? (args[0] as Excel.RunOptions)
        : {};
    if (!batch) throw new FakeOfficeError('InvalidArgument', 'Excel.run needs a batch function.');
    core.runs.push(options);
    const context = new FakeRequestContext(core);
    const result = await batch(context);
    if (context.hasPendingWrites()) {
      // Catch adapter bugs: changes queued after the last sync would be silently dropped.
      throw new FakeOfficeError(
        'InvalidOperation',
        'Excel.run ended with queued changes that were never synced.',
      );
    }
    return result;
  };

  const changed = () => {
    for (const listener of listeners) listener();
  };
  const listeners = new Set<() => void>();
  core.onChange(changed);

  const workbook = workbookHandle(state, changed);
  return {
    Excel: { run } as unknown as typeof Excel,
    Office: {
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) => core.supports(name, version ?? '1.1'),
        },
      },
    } as unknown as typeof Office,
    workbook,
    syncCount: () => core.syncs.length,
    syncs: () => [...core.syncs],
    runs: () => [...core.runs],
    resetCounts: () => {
      core.syncs.length = 0;
      core.runs.length = 0;
    },
    failNextWrite: (fault) => core.failNextWrite(fault),
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function buildSheet(state: FakeWorkbookState, init: FakeSheetInit): FakeSheet {
  const sheet = new FakeSheet(state.newId('sheet'), init.name);
  sheet.visibility = init.visibility ?? 'Visible';
  sheet.merges = (init.merges ?? []).map((a) => parseArea(a).range);
  for (const [address, spec] of Object.entries(init.cells ?? {})) {
    const { row, col } = fromA1(address);
    applyInit(sheet, row, col, isCellInit(spec) ? spec : { value: spec });
  }
  // Protection last, so the initial content is not refused by it.
  if (init.protection) {
    const options = init.protection === true ? {} : init.protection;
    sheet.protection = {
      allowFormatCells: false,
      allowEditObjects: false,
      ...options,
      protected: options.protected ?? true,
    };
  }
  return sheet;
}

function applyInit(sheet: FakeSheet, row: number, col: number, init: FakeCellInit): void {
  const current = sheet.cell(row, col);
  const fill =
    init.fill === undefined
      ? current.fill
      : typeof init.fill === 'string'
        ? solid(init.fill)
        : init.fill;
  const next = {
    value: init.value === undefined ? current.value : init.value,
    format: init.format ?? current.format,
    fill,
    locked: init.locked ?? current.locked,
    ...(init.formula !== undefined
      ? { formula: init.formula }
      : current.formula !== undefined && init.value === undefined
        ? { formula: current.formula }
        : {}),
  };
  sheet.put(row, col, next);
  if (init.note !== undefined)
    sheet.notes.set(key(row, col), {
      id: `note-${key(row, col)}`,
      content: init.note,
      author: '用户',
    });
  if (init.comment !== undefined)
    sheet.comments.set(key(row, col), {
      id: `comment-${key(row, col)}`,
      content: init.comment,
      author: '用户',
    });
}

function workbookHandle(state: FakeWorkbookState, changed: () => void): FakeWorkbook {
  const at = (address: string) => fromA1(address);
  const edit = (fn: () => void) => {
    fn();
    changed();
  };
  return {
    sheetNames: () => state.sheets.map((s) => s.name),
    activeSheet: () => state.active().name,
    activate: (sheet) => edit(() => (state.activeSheetId = state.sheet(sheet).id)),
    selection: () => {
      const selection = state.selection;
      if (!selection) return null;
      return `${state.sheet(selection.sheetId).name}!${rangeToA1(selection.range)}`;
    },
    cell: (sheet, address) => {
      const s = state.sheet(sheet);
      const { row, col } = at(address);
      const cell = s.cell(row, col);
      return {
        value: cell.value,
        formula: cell.formula ?? null,
        format: cell.format,
        fill: cell.fill,
        note: s.notes.get(key(row, col))?.content ?? null,
        comment: s.comments.get(key(row, col))?.content ?? null,
        locked: cell.locked,
      };
    },
    usedRange: (sheet) => {
      const used = state.sheet(sheet).usedRange();
      return used ? rangeToA1(used) : null;
    },
    merges: (sheet) => state.sheet(sheet).merges.map(rangeToA1),
    setCell: (sheet, address, change) =>
      edit(() => {
        const { row, col } = at(address);
        const s = state.sheet(sheet);
        // A typed value replaces a formula, as in Excel.
        if (change.value !== undefined && change.formula === undefined) {
          const current = s.cell(row, col);
          s.put(row, col, {
            value: current.value,
            format: current.format,
            fill: current.fill,
            locked: current.locked,
          });
        }
        applyInit(s, row, col, change);
      }),
    addNote: (sheet, address, content) =>
      edit(() => {
        const { row, col } = at(address);
        state
          .sheet(sheet)
          .notes.set(key(row, col), { id: state.newId('note'), content, author: '用户' });
      }),
    addComment: (sheet, address, content) =>
      edit(() => {
        const { row, col } = at(address);
        state
          .sheet(sheet)
          .comments.set(key(row, col), { id: state.newId('comment'), content, author: '用户' });
      }),
    protect: (sheet, options = {}) =>
      edit(() => {
        state.sheet(sheet).protection = {
          allowFormatCells: false,
          allowEditObjects: false,
          ...options,
          protected: true,
        };
      }),
    unprotect: (sheet) =>
      edit(() => {
        state.sheet(sheet).protection = {
          protected: false,
          allowFormatCells: false,
          allowEditObjects: false,
        };
      }),
    customXmlParts: () => state.parts.map((p) => ({ namespaceUri: p.namespaceUri, xml: p.xml })),
    dump: () => dump(state),
  };
}

function dump(state: FakeWorkbookState): unknown {
  return {
    sheets: state.sheets.map((s) => ({
      name: s.name,
      protection: s.protection,
      merges: s.merges.map(rangeToA1),
      cells: sorted(s.cells).map(([k, cell]) => [
        address(k),
        { ...cell, fill: cell.fill.pattern === 'None' ? 'none' : cell.fill },
      ]),
      notes: sorted(s.notes).map(([k, a]) => [address(k), a.content]),
      comments: sorted(s.comments).map(([k, a]) => [address(k), a.content]),
    })),
    parts: state.parts.map((p) => ({ namespaceUri: p.namespaceUri, xml: p.xml })),
  };
}

function sorted<T>(map: ReadonlyMap<string, T>): [string, T][] {
  return [...map.entries()].sort(([a], [b]) => {
    const [ra, ca] = parseKey(a);
    const [rb, cb] = parseKey(b);
    return ra - rb || ca - cb;
  });
}

function address(k: string): string {
  const [row, col] = parseKey(k);
  return toA1(row, col);
}

function solid(color: string): CellFill {
  return { ...NO_FILL, color: color.toUpperCase(), pattern: 'Solid' };
}

function isCellInit(spec: FakeCellInit | FakeValue): spec is FakeCellInit {
  return (
    typeof spec === 'object' &&
    spec !== null &&
    !('error' in spec && Object.keys(spec).length === 1)
  );
}
