/**
 * What the task pane and the ribbon commands can ask of the workbook. The Office.js adapter
 * implements it for Excel; the pane receives it as a prop, so the UI renders and is tested
 * without Excel (and the demo page runs it against the in-browser fake).
 */
import type { MappingOverride, SheetAnalysis } from '../engine/index.js';
import type { RunPreview } from '../engine/index.js';

export type { RunPreview, SheetPreview, PreviewEntry } from '../engine/index.js';

export interface RunOptions {
  /** Write computed totals, rates and grade (true) or only mark findings (false). */
  readonly writeValues: boolean;
  /** Attach a note/comment to each flagged cell (when the host supports it). */
  readonly notes: boolean;
  /** Which sheets: the active one, or named ones. */
  readonly sheets: 'active' | readonly string[];
}

export const DEFAULT_RUN_OPTIONS: RunOptions = { writeValues: true, notes: true, sheets: 'active' };

/**
 * How marks get their explanation: decided from the requirement sets at run time, or `off`
 * when the user switched notes off in the options.
 */
export type NoteSupport = 'notes' | 'comments' | 'none' | 'off';

/** What Ziping's marks on the workbook stand for now: the pane lists this. */
export interface SheetsState {
  /** Per sheet, the findings (and total, grade) of the run behind its marks. */
  readonly analyses: readonly SheetAnalysis[];
  /** The step 撤销 would take back, as "14:02 重新计算", or null when there is none. */
  readonly undo: string | null;
  /** Per sheet name, the header text of each column of the recognised table ("" for none). */
  readonly headers: Readonly<Record<string, readonly string[]>>;
}

export interface RunSummary extends SheetsState {
  /** Cells whose value Ziping wrote. */
  readonly written: number;
  /** Cells Ziping marked. */
  readonly marked: number;
  readonly noteSupport: NoteSupport;
}

/** The user's go-ahead for the writes a preview showed. */
export interface RunConfirmation {
  /** The preview's token: the run writes only if it would still write exactly that. */
  readonly token: string;
  /** 以后直接写入: from now on write this workbook without a preview. */
  readonly remember: boolean;
}

/** A run either wrote, or stopped to show what it would write. */
export type RunOutcome =
  | { readonly kind: 'written'; readonly summary: RunSummary }
  | { readonly kind: 'preview'; readonly preview: RunPreview };

/** A suggested value from the findings list. */
export interface SuggestionTarget {
  readonly sheet: string;
  readonly address: string;
  readonly value: number;
}

/** The regional rules (profile) the user chose for one sheet. */
export interface ProfileSelection {
  readonly sheet: string;
  /** A profile's id, or `null` for 自动识别: detected from the sheet on every run. */
  readonly profile: string | null;
}

/** Every action ends in one of these: never a thrown error, never a half-done write. */
export type ActionResult<T = undefined> =
  | { readonly ok: true; readonly value: T; readonly message: string }
  | { readonly ok: false; readonly message: string };

export interface WorkbookActions {
  /** 重新计算: one read, one write — or, when a preview is due, one read and the preview. */
  recalculate(options: RunOptions, confirm?: RunConfirmation): Promise<ActionResult<RunOutcome>>;
  /** 采用建议值: write the value and rerun its sheet with it, in the same one read and one write. */
  applySuggestion(
    target: SuggestionTarget,
    options: RunOptions,
    confirm?: RunConfirmation,
  ): Promise<ActionResult<RunOutcome>>;
  /**
   * 评分规则: rerun the sheet under the chosen rules, and remember them in the workbook for every
   * later run (pane or ribbon) — in the same one read and one write; a preview stores nothing.
   */
  chooseProfile(
    selection: ProfileSelection,
    options: RunOptions,
    confirm?: RunConfirmation,
  ): Promise<ActionResult<RunOutcome>>;
  /** 清除标记: restore the fills Ziping painted and remove only Ziping's notes. */
  clearMarks(): Promise<ActionResult<SheetsState & { readonly cleared: number }>>;
  /** 撤销: take back the last step (a run or an applied suggestion), exactly. */
  undoLastWrite(): Promise<ActionResult<SheetsState & { readonly restored: number }>>;
  /** What Ziping's marks on the workbook stand for (read from the workbook's record). */
  loadState(): Promise<ActionResult<SheetsState>>;
  /** Select a cell so the user sees the finding in the sheet. */
  selectCell(sheet: string, address: string): Promise<ActionResult>;
  listSheets(): Promise<ActionResult<readonly string[]>>;
  /** The user's correction of the recognised mapping, stored in the workbook. */
  loadMapping(sheet: string): Promise<ActionResult<MappingOverride | null>>;
  saveMapping(sheet: string, override: MappingOverride | null): Promise<ActionResult>;
}
