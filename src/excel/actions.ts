/**
 * What the task pane and the ribbon commands can ask of the workbook. The Office.js adapter
 * implements it for Excel; the pane receives it as a prop, so the UI renders and is tested
 * without Excel (and the demo page runs it against the in-browser fake).
 */
import type { MappingOverride, SheetAnalysis } from '../engine/report.js';

export interface RunOptions {
  /** Write computed totals, rates and grade (true) or only mark findings (false). */
  readonly writeValues: boolean;
  /** Attach a note/comment to each flagged cell (when the host supports it). */
  readonly notes: boolean;
  /** Which sheets: the active one, or named ones. */
  readonly sheets: 'active' | readonly string[];
}

export const DEFAULT_RUN_OPTIONS: RunOptions = { writeValues: true, notes: true, sheets: 'active' };

/** How the host will show marks, decided from the requirement sets at run time. */
export type NoteSupport = 'notes' | 'comments' | 'none';

export interface RunSummary {
  readonly analyses: readonly SheetAnalysis[];
  /** Cells whose value Ziping wrote. */
  readonly written: number;
  /** Cells Ziping marked. */
  readonly marked: number;
  readonly noteSupport: NoteSupport;
}

/** Every action ends in one of these: never a thrown error, never a half-done write. */
export type ActionResult<T = undefined> =
  | { readonly ok: true; readonly value: T; readonly message: string }
  | { readonly ok: false; readonly message: string };

export interface WorkbookActions {
  recalculate(options: RunOptions): Promise<ActionResult<RunSummary>>;
  /** 清除标记: restore the fills Ziping painted and remove only Ziping's notes. */
  clearMarks(): Promise<ActionResult<{ readonly cleared: number }>>;
  /** 撤销本次写入: restore every cell the last run wrote, exactly. */
  undoLastWrite(): Promise<ActionResult<{ readonly restored: number }>>;
  /** Select a cell so the user sees the finding in the sheet. */
  selectCell(sheet: string, address: string): Promise<ActionResult>;
  /** Write a suggested value through the same undoable write. */
  applySuggestion(sheet: string, address: string, value: number): Promise<ActionResult>;
  listSheets(): Promise<ActionResult<readonly string[]>>;
  /** The user's correction of the recognised mapping, stored in the workbook. */
  loadMapping(sheet: string): Promise<ActionResult<MappingOverride | null>>;
  saveMapping(sheet: string, override: MappingOverride | null): Promise<ActionResult>;
}
