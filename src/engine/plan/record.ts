/**
 * The run record, kept in the workbook: everything Ziping changed and has not yet given back
 * (per sheet), the steps 撤销 can take back one at a time, and what the user chose about
 * previews. It is what makes undo and 清除标记 exact after the pane (or Excel) was closed, what
 * lets a second 重新计算 replace the first run's marks instead of stacking on them, and what
 * lets the pane show, on opening, the findings behind the marks on the sheet.
 *
 * A sheet's entry keeps the state from *before Ziping first touched each cell*: a rerun that
 * writes or marks a cell again carries the older `previous`/`original` forward, so 清除标记 never
 * restores Ziping's own earlier output. Each step keeps the sheet's entry from before the step,
 * and what the step changed, cell by cell, so undoing it restores exactly that.
 */
import type { PreviousContent, SheetAnalysis } from '../report.js';
import type { Written } from './cellState.js';
import { NO_FILL, sameFill, solidFill, type CellFill } from './fill.js';

export interface WriteRecord {
  readonly row: number;
  readonly col: number;
  /** What Ziping wrote; it gives the old content back only while the cell still holds it. */
  readonly written: Written;
  readonly previous: PreviousContent;
}

/** Kept compact: a 10,000-row table can carry thousands of marks. */
export interface MarkRecord {
  readonly row: number;
  readonly col: number;
  /**
   * The colour of the solid fill Ziping painted, or `null` where it left the fill alone (a
   * gradient it could not give back). Stored as painted, so a later palette still recognises it.
   */
  readonly painted: string | null;
  /** The user's fill before Ziping's first mark on this cell; absent when there was none. */
  readonly original?: CellFill;
  /** Ziping's note/comment text on this cell, if it wrote one. */
  readonly note: string | null;
}

export interface SheetRecord {
  /** `Worksheet.id`: stable when the sheet is renamed. */
  readonly sheetId: string;
  /** The name at the time, for messages. */
  readonly sheet: string;
  readonly writes: readonly WriteRecord[];
  readonly marks: readonly MarkRecord[];
  /**
   * What the run behind the marks found (its findings, total, grade), without its write plan:
   * what the pane lists for this sheet. Absent once the marks are cleared.
   */
  readonly analysis?: SheetAnalysis;
  /** The header text of each column of the recognised table, for the pane's column choices. */
  readonly headers?: readonly string[];
  /**
   * The id of the regional rules (profile) the user chose for this sheet; absent, they are
   * detected from the sheet on every run. Kept here rather than beside the mapping corrections
   * so that a change of rules is part of the step that applied it: 撤销 gives back the earlier
   * rules with the figures they produced.
   */
  readonly profile?: string;
}

/** A value a step changed: undo gives `before` back while the cell still holds `after`. */
export interface ValueChange {
  readonly row: number;
  readonly col: number;
  readonly before: PreviousContent;
  readonly after: Written;
}

/** A fill a step changed: undo gives `before` back while the cell still shows `after`. */
export interface FillChange {
  readonly row: number;
  readonly col: number;
  readonly before: CellFill;
  readonly after: CellFill;
}

export interface SheetStep {
  readonly sheetId: string;
  readonly sheet: string;
  readonly values: readonly ValueChange[];
  readonly fills: readonly FillChange[];
  /** The sheet's entry before the step; `null` when Ziping had nothing on the sheet. */
  readonly before: SheetRecord | null;
}

/** 重新计算, or one suggested value applied (which reruns the sheet with it). */
export type StepKind = 'run' | 'suggestion';

export interface Step {
  readonly kind: StepKind;
  /** ISO time of the step. */
  readonly at: string;
  /** For a suggestion: the cell and value, e.g. "H14 → 5". */
  readonly detail?: string;
  /** Cells whose value, fill or note the step changed: "改动 12 处". */
  readonly cells: number;
  readonly sheets: readonly SheetStep[];
}

export interface RunRecord {
  readonly version: 2;
  readonly sheets: readonly SheetRecord[];
  /** Oldest first; 撤销 takes the last. */
  readonly steps: readonly Step[];
  /** Sheets whose first write the user saw in a preview and confirmed. */
  readonly previewed: readonly string[];
  /** 以后直接写入: the user asked to write without a preview from now on. */
  readonly directWrite: boolean;
}

export const EMPTY_RECORD: RunRecord = {
  version: 2,
  sheets: [],
  steps: [],
  previewed: [],
  directWrite: false,
};

export function markRecord(
  at: { readonly row: number; readonly col: number },
  painted: CellFill | null,
  original: CellFill,
  note: string | null,
): MarkRecord {
  return {
    row: at.row,
    col: at.col,
    painted: painted?.color ?? null,
    ...(sameFill(original, NO_FILL) ? {} : { original }),
    note,
  };
}

export function paintedFill(mark: MarkRecord): CellFill | null {
  return mark.painted === null ? null : solidFill(mark.painted);
}

export function originalFill(mark: MarkRecord): CellFill {
  return mark.original ?? NO_FILL;
}

/** Whether a sheet's entry still says anything (an empty one is dropped). */
export function holdsAnything(sheet: SheetRecord): boolean {
  return (
    sheet.writes.length > 0 ||
    sheet.marks.length > 0 ||
    sheet.analysis !== undefined ||
    sheet.profile !== undefined
  );
}

/** The text to store, or `null` when there is nothing to remember (the part is then removed). */
export function serializeRecord(record: RunRecord): string | null {
  const sheets = record.sheets.filter(holdsAnything);
  const empty =
    sheets.length === 0 &&
    record.steps.length === 0 &&
    record.previewed.length === 0 &&
    !record.directWrite;
  return empty ? null : JSON.stringify({ ...record, version: 2, sheets });
}

/**
 * `EMPTY_RECORD` for no text; `null` for text that is not a record Ziping can trust. A record of
 * version 1 (no steps) is read as one whose whole content is a single step's worth of changes
 * that can no longer be taken back one by one.
 */
export function parseRecord(text: string | null): RunRecord | null {
  if (text === null || text.trim() === '') return EMPTY_RECORD;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(data) || !Array.isArray(data.sheets) || !data.sheets.every(isSheetRecord))
    return null;
  const sheets = data.sheets as unknown as SheetRecord[];
  if (data.version === 1) return { ...EMPTY_RECORD, sheets };
  if (data.version !== 2) return null;
  const { steps, previewed, directWrite } = data;
  if (!Array.isArray(steps) || !steps.every(isStep)) return null;
  if (!Array.isArray(previewed) || !previewed.every((id) => typeof id === 'string')) return null;
  return {
    version: 2,
    sheets,
    steps: steps as unknown as Step[],
    previewed: previewed as string[],
    directWrite: directWrite === true,
  };
}

export function sheetRecord(record: RunRecord, sheetId: string): SheetRecord | undefined {
  return record.sheets.find((s) => s.sheetId === sheetId);
}

/** `record` with the entries of the given sheets replaced (an empty entry drops the sheet). */
export function replaceSheets(record: RunRecord, next: readonly SheetRecord[]): RunRecord {
  const ids = new Set(next.map((s) => s.sheetId));
  return {
    ...record,
    sheets: [...record.sheets.filter((s) => !ids.has(s.sheetId)), ...next].filter(holdsAnything),
  };
}

function isSheetRecord(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.sheetId === 'string' &&
    typeof value.sheet === 'string' &&
    Array.isArray(value.writes) &&
    value.writes.every(
      (w) => isObject(w) && isPosition(w) && isObject(w.written) && isObject(w.previous),
    ) &&
    Array.isArray(value.marks) &&
    value.marks.every(
      (m) =>
        isObject(m) &&
        isPosition(m) &&
        (m.painted === null || typeof m.painted === 'string') &&
        (m.original === undefined || isObject(m.original)),
    ) &&
    (value.analysis === undefined || isObject(value.analysis)) &&
    (value.profile === undefined || typeof value.profile === 'string')
  );
}

function isStep(value: unknown): boolean {
  return (
    isObject(value) &&
    (value.kind === 'run' || value.kind === 'suggestion') &&
    typeof value.at === 'string' &&
    typeof value.cells === 'number' &&
    Array.isArray(value.sheets) &&
    value.sheets.every(
      (s) =>
        isObject(s) &&
        typeof s.sheetId === 'string' &&
        typeof s.sheet === 'string' &&
        Array.isArray(s.values) &&
        s.values.every((v) => isObject(v) && isPosition(v) && isObject(v.before)) &&
        Array.isArray(s.fills) &&
        s.fills.every((f) => isObject(f) && isPosition(f) && isObject(f.before)) &&
        (s.before === null || isSheetRecord(s.before)),
    )
  );
}

function isPosition(value: Record<string, unknown>): boolean {
  return Number.isInteger(value.row) && Number.isInteger(value.col);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
