/**
 * The run record: everything Ziping changed and has not yet given back, per sheet. It is what
 * makes 撤销本次写入 and 清除标记 exact after the pane (or Excel) was closed, and what lets a
 * second 重新计算 replace the first run's marks instead of stacking on them.
 *
 * Every entry keeps the state from *before Ziping first touched the cell*: a rerun that writes
 * or marks a cell again carries the older `previous`/`original` forward, so undo never restores
 * Ziping's own earlier output.
 */
import type { PreviousContent } from '../engine/report.js';
import { NO_FILL, sameFill, solidFill, type CellFill } from './fills.js';

export interface WriteRecord {
  readonly row: number;
  readonly col: number;
  /** What Ziping wrote; undo restores only while the cell still holds it. */
  readonly written: { readonly value: number | string; readonly format?: string };
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
}

export interface RunRecord {
  readonly version: 1;
  readonly sheets: readonly SheetRecord[];
}

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

export const EMPTY_RECORD: RunRecord = { version: 1, sheets: [] };

export function serializeRecord(record: RunRecord): string | null {
  const sheets = record.sheets.filter((s) => s.writes.length > 0 || s.marks.length > 0);
  return sheets.length === 0 ? null : JSON.stringify({ version: 1, sheets });
}

/** `EMPTY_RECORD` for no text; `null` for text that is not a record Ziping can trust. */
export function parseRecord(text: string | null): RunRecord | null {
  if (text === null || text.trim() === '') return EMPTY_RECORD;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(data) || data.version !== 1 || !Array.isArray(data.sheets)) return null;
  return data.sheets.every(isSheetRecord) ? (data as unknown as RunRecord) : null;
}

export function sheetRecord(record: RunRecord, sheetId: string): SheetRecord | undefined {
  return record.sheets.find((s) => s.sheetId === sheetId);
}

/** `record` with the entries of the given sheets replaced (an empty entry drops the sheet). */
export function replaceSheets(record: RunRecord, next: readonly SheetRecord[]): RunRecord {
  const ids = new Set(next.map((s) => s.sheetId));
  return {
    version: 1,
    sheets: [...record.sheets.filter((s) => !ids.has(s.sheetId)), ...next].filter(
      (s) => s.writes.length > 0 || s.marks.length > 0,
    ),
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
    )
  );
}

function isPosition(value: Record<string, unknown>): boolean {
  return Number.isInteger(value.row) && Number.isInteger(value.col);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
