/**
 * 撤销, one step at a time. Each 重新计算 and each applied suggestion is a step; undo takes back
 * the last one, exactly, and refuses when the user has since changed a cell the step wrote or
 * painted (giving back the old content would silently lose that edit). Pure: the adapter reads
 * the cells, asks here, and writes what the answer says.
 */
import { toA1, type Cell } from '../grid.js';
import { holds } from './cellState.js';
import { sameFill, type CellFill } from './fill.js';
import {
  holdsAnything,
  type FillChange,
  type RunRecord,
  type SheetRecord,
  type SheetStep,
  type Step,
  type StepKind,
  type ValueChange,
} from './record.js';

/** Steps kept in the workbook; the oldest go first. */
export const KEPT_STEPS = 20;

/** What undo needs to know of a sheet as it is now. */
export interface CellReader {
  cell(row: number, col: number): Cell;
  fill(row: number, col: number): CellFill;
}

/** One sheet's part of a new step: what changed, and the sheet's entry before. */
export function sheetStep(
  sheet: { readonly sheetId: string; readonly sheet: string },
  before: SheetRecord | undefined,
  values: readonly ValueChange[],
  fills: readonly FillChange[],
): SheetStep {
  return {
    sheetId: sheet.sheetId,
    sheet: sheet.sheet,
    values,
    fills,
    before: before && holdsAnything(before) ? before : null,
  };
}

/**
 * The step a change makes, or `null` when it changed nothing a person could see or undo (a
 * rerun that finds the same): no empty steps for 撤销 to walk through. A change of the rules a
 * sheet is scored by is a step even when no cell changed: 撤销 gives the earlier rules back.
 */
export function makeStep(
  kind: StepKind,
  at: Date,
  sheets: readonly SheetStep[],
  after: readonly SheetRecord[],
  detail?: string,
): Step | null {
  const cells = new Set<string>();
  let rulesChanged = false;
  for (const s of sheets) {
    for (const v of s.values) cells.add(`${s.sheetId}:${v.row}:${v.col}`);
    for (const f of s.fills) cells.add(`${s.sheetId}:${f.row}:${f.col}`);
    const now = after.find((a) => a.sheetId === s.sheetId);
    for (const key of notesChanged(s.before, now)) cells.add(`${s.sheetId}:${key}`);
    if (s.before?.profile !== now?.profile) rulesChanged = true;
  }
  if (cells.size === 0 && !rulesChanged) return null;
  return {
    kind,
    at: at.toISOString(),
    ...(detail === undefined ? {} : { detail }),
    cells: cells.size,
    sheets,
  };
}

/** `record` with `step` as its newest, keeping the last {@link KEPT_STEPS}. */
export function pushStep(record: RunRecord, step: Step | null): RunRecord {
  if (!step) return record;
  return { ...record, steps: [...record.steps, step].slice(-KEPT_STEPS) };
}

export function lastStep(record: RunRecord): Step | undefined {
  return record.steps.at(-1);
}

/** Cells of the step (as A1) that no longer show what the step left there. */
export function editedSince(step: SheetStep, now: CellReader): string[] {
  const edited = new Set<string>();
  for (const v of step.values)
    if (!holds(now.cell(v.row, v.col), v.after)) edited.add(toA1(v.row, v.col));
  for (const f of step.fills)
    if (!sameFill(now.fill(f.row, f.col), f.after)) edited.add(toA1(f.row, f.col));
  return [...edited];
}

/** The record once the last step is undone: each sheet's entry as it was before the step. */
export function afterUndo(record: RunRecord, step: Step): RunRecord {
  const ids = new Set(step.sheets.map((s) => s.sheetId));
  const restored = step.sheets.flatMap((s) => (s.before ? [s.before] : []));
  return {
    ...record,
    sheets: [...record.sheets.filter((s) => !ids.has(s.sheetId)), ...restored],
    steps: record.steps.slice(0, -1),
  };
}

/**
 * The record once 清除标记 removed every mark on `sheetIds`: no marks and no findings left there,
 * now or in any step (an undo must not bring back a note the user cleared), while the values
 * Ziping wrote stay and stay undoable.
 */
export function afterClear(record: RunRecord, sheetIds: ReadonlySet<string>): RunRecord {
  // The rules the user chose are no mark: they stay for the next run.
  const unmark = (s: SheetRecord): SheetRecord => ({
    sheetId: s.sheetId,
    sheet: s.sheet,
    writes: s.writes,
    marks: [],
    ...(s.profile === undefined ? {} : { profile: s.profile }),
  });
  return {
    ...record,
    sheets: record.sheets.map((s) => (sheetIds.has(s.sheetId) ? unmark(s) : s)),
    steps: record.steps
      .map((step) => ({
        ...step,
        sheets: step.sheets.map((s) =>
          sheetIds.has(s.sheetId)
            ? { ...s, fills: [], before: s.before ? unmark(s.before) : null }
            : s,
        ),
      }))
      // A step that only marked has nothing left to take back.
      .filter((step) => step.sheets.some((s) => s.values.length > 0)),
  };
}

const KIND_LABELS: Readonly<Record<StepKind, string>> = {
  run: '重新计算',
  suggestion: '采用建议值',
};

/** "14:02 重新计算", "14:05 采用建议值 H14 → 5": how the pane and messages name a step. */
export function stepTitle(step: Step): string {
  const at = new Date(step.at);
  const time = Number.isNaN(at.getTime())
    ? ''
    : `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')} `;
  return `${time}${KIND_LABELS[step.kind]}${step.detail ? ` ${step.detail}` : ''}`;
}

/** "撤销：14:02 重新计算，改动 12 处" */
export function undoneMessage(step: Step): string {
  return `撤销：${stepTitle(step)}，改动 ${step.cells} 处。`;
}

/** Why a step cannot be undone, naming the cells and what to do instead. */
export function refusedMessage(step: Step, edited: readonly string[]): string {
  const shown =
    edited.slice(0, 5).join('、') + (edited.length > 5 ? ` 等 ${edited.length} 处` : '');
  return `无法撤销「${stepTitle(step)}」：${shown} 在那之后被改过，撤销会覆盖这些修改。本次未做任何修改；如要保留这些修改，请点击「重新计算」。`;
}

/** Cells ("row:col") whose Ziping note differs between two entries of a sheet. */
function notesChanged(before: SheetRecord | null, after: SheetRecord | undefined): string[] {
  const notes = (s: SheetRecord | null | undefined) =>
    new Map((s?.marks ?? []).map((m) => [`${m.row}:${m.col}`, m.note]));
  const a = notes(before);
  const b = notes(after);
  const changed: string[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()]))
    if (a.get(key) !== b.get(key)) changed.push(key);
  return changed;
}
