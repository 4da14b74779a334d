/**
 * From "what should change" to the exact writes on one sheet, pure and without Office.js: a
 * run's plan (a recalculation, or one with a suggested value applied), an undo step, a clear.
 * Each result carries the steps to queue, the sheet's next record entry and what the change
 * does for 撤销, so what is written and what is remembered always come from the same decision.
 */
import { toA1, type CellPosition, type CellRange } from '../engine/index.js';
import type { CellMark, SheetAnalysis, Severity, WritePlan } from '../engine/index.js';
import { contentOf, holds } from '../engine/index.js';
import { canRestore, fillKey, markFill, sameFill, type CellFill } from '../engine/index.js';
import { sheetStep } from '../engine/index.js';
import {
  markRecord,
  originalFill,
  paintedFill,
  type MarkRecord,
  type SheetRecord,
  type SheetStep,
  type ValueChange,
  type WriteRecord,
} from '../engine/index.js';
import type { NoteSupport } from './actions.js';
import { boundingBox, cellsToAreas, rangeToA1 } from './address.js';
import { noteText, type Annotation, type AnnotationKind } from './annotations.js';
import { literal, restoreInput } from './cellContent.js';
import { guardProtection, guardWrites } from './guards.js';
import type { SheetSnapshot } from './snapshot.js';

export type CellInput = string | number | boolean;

/** One 2-D assignment; `null` leaves a cell unchanged (Office.js semantics). */
export interface ValuesStep {
  readonly kind: 'values';
  readonly sheetId: string;
  readonly range: CellRange;
  /** `values` for computed results; `formulas` to give back content that may be a formula. */
  readonly mode: 'values' | 'formulas';
  readonly inputs: readonly (readonly (CellInput | null)[])[];
  readonly formats: readonly (readonly (string | null)[])[] | null;
}

/** One fill over a multi-area address ("H5:H9,J12"). */
export interface FillStep {
  readonly kind: 'fill';
  readonly sheetId: string;
  readonly address: string;
  readonly fill: CellFill;
}

export interface DeleteAnnotationStep {
  readonly kind: 'deleteAnnotation';
  readonly sheetId: string;
  readonly annotation: Annotation;
}

export interface AddAnnotationStep {
  readonly kind: 'addAnnotation';
  readonly sheetId: string;
  readonly annotationKind: AnnotationKind;
  readonly address: string;
  readonly text: string;
}

export type WriteStep = ValuesStep | FillStep | DeleteAnnotationStep | AddAnnotationStep;

export interface SheetChange {
  readonly sheetId: string;
  readonly sheet: string;
  readonly steps: readonly WriteStep[];
  /** The sheet's entry in the next run record (empty lists drop it). */
  readonly record: SheetRecord;
  /** What this change means for 撤销 (a run's; undo and clear make none). */
  readonly undo: SheetStep | null;
  /** Cells whose value Ziping wrote (or gave back). */
  readonly values: number;
  /** Cells marked (run) or unmarked (undo, clear). */
  readonly marks: number;
  /** Marks left without a note because the cell already has the user's own note or comment. */
  readonly unannotated: number;
  /** Cells not given back because the user changed them after Ziping wrote or marked them. */
  readonly keptUserChanges: number;
}

/** Areas per `getRanges` call, far below the ~500 Excel accepts, and a short address string. */
export const MAX_AREAS = 100;
export const MAX_ADDRESS_CHARS = 2000;

export interface RunInput {
  readonly snapshot: SheetSnapshot;
  readonly plan: WritePlan;
  /** What the run found, kept with the marks so the pane can list it later. */
  readonly analysis: SheetAnalysis | null;
  /** The header text of each column of the recognised table. */
  readonly headers?: readonly string[];
  readonly earlier: SheetRecord | undefined;
  readonly annotation: NoteSupport;
  /** Cells holding the user's own note or comment (A1, no sheet). */
  readonly occupied: ReadonlySet<string>;
  /** Cells the user asked to change (an applied suggestion): a typed score there may be replaced. */
  readonly explicit?: ReadonlySet<string>;
  /** The id of the rules the user chose for the sheet, kept for the next run; absent: detected. */
  readonly profile?: string;
}

/** A run: write the plan, replace the earlier run's marks, remember the true originals. */
export function planRun(input: RunInput): SheetChange {
  const { snapshot, plan, earlier, annotation, occupied } = input;
  const earlierWrites = byCell(earlier?.writes ?? []);
  const earlierMarks = byCell(earlier?.marks ?? []);
  guardWrites(snapshot, plan.values, earlierWrites, input.explicit ?? new Set());

  const writes: WriteRecord[] = [];
  const changed: ValueInput[] = [];
  const valueChanges: ValueChange[] = [];
  const planned = new Set<string>();
  for (const write of plan.values) {
    const key = keyOf(write);
    planned.add(key);
    const cell = snapshot.cell(write.row, write.col);
    const ours = earlierWrites.get(key);
    const written =
      write.format === undefined
        ? { value: write.value }
        : { value: write.value, format: write.format };
    const stillOurs = ours !== undefined && holds(cell, ours.written);
    if (holds(cell, written) && !stillOurs) continue; // already right, and not Ziping's doing
    writes.push({
      row: write.row,
      col: write.col,
      written,
      previous: stillOurs ? ours.previous : contentOf(cell),
    });
    if (!holds(cell, written)) {
      changed.push({
        row: write.row,
        col: write.col,
        input: literal(write.value, write.format ?? cell.format),
        format: write.format ?? null,
      });
      valueChanges.push({
        row: write.row,
        col: write.col,
        before: contentOf(cell),
        after: written,
      });
    }
  }
  // Earlier writes the plan no longer makes stay Ziping's to give back while the cell holds them.
  for (const [key, ours] of earlierWrites) {
    if (!planned.has(key) && holds(snapshot.cell(ours.row, ours.col), ours.written))
      writes.push(ours);
  }

  const marks: MarkRecord[] = [];
  const fills: FillInput[] = [];
  const adds: AddAnnotationStep[] = [];
  let unannotated = 0;
  const kind = annotation === 'none' || annotation === 'off' ? null : annotation;
  const wanted = marksByCell(snapshot, plan.marks);
  for (const [key, mark] of wanted) {
    const current = snapshot.fill(mark.row, mark.col);
    const ours = earlierMarks.get(key);
    const earlierPaint = ours ? paintedFill(ours) : null;
    const original =
      ours && earlierPaint && sameFill(current, earlierPaint) ? originalFill(ours) : current;
    const painted = canRestore(original) ? markFill(mark.severity) : null;
    if (painted && !sameFill(current, painted))
      fills.push({ row: mark.row, col: mark.col, fill: painted });
    const address = toA1(mark.row, mark.col);
    let note: string | null = null;
    if (kind && occupied.has(address)) unannotated++;
    else if (kind) {
      note = noteText(mark.messages);
      adds.push({
        kind: 'addAnnotation',
        sheetId: snapshot.id,
        annotationKind: kind,
        address,
        text: note,
      });
    }
    marks.push(markRecord(mark, painted, original, note));
  }
  let keptUserChanges = 0;
  for (const [key, ours] of earlierMarks) {
    const painted = paintedFill(ours);
    if (wanted.has(key) || !painted) continue;
    if (sameFill(snapshot.fill(ours.row, ours.col), painted)) {
      fills.push({ row: ours.row, col: ours.col, fill: originalFill(ours) });
    } else keptUserChanges++;
  }
  // Ziping's notes from the earlier run go; the new run writes its own afresh.
  const deletes = ourAnnotations(snapshot);

  guardProtection(snapshot, {
    values: changed,
    formats: changed.some((c) => c.format !== null),
    fills: [...fills, ...marks],
    annotations: deletes.length + adds.length > 0,
  });
  const record: SheetRecord = {
    sheetId: snapshot.id,
    sheet: snapshot.name,
    writes,
    marks,
    ...(input.analysis ? { analysis: input.analysis } : {}),
    ...(input.headers ? { headers: input.headers } : {}),
    ...(input.profile === undefined ? {} : { profile: input.profile }),
  };
  const fillChanges = fills.map((f) => ({
    row: f.row,
    col: f.col,
    before: snapshot.fill(f.row, f.col),
    after: f.fill,
  }));
  return {
    sheetId: snapshot.id,
    sheet: snapshot.name,
    steps: [
      ...valuesSteps(snapshot.id, changed, 'values'),
      ...fillSteps(snapshot.id, fills),
      ...deletes,
      ...adds,
    ],
    record,
    undo: sheetStep(
      { sheetId: snapshot.id, sheet: snapshot.name },
      earlier,
      valueChanges,
      fillChanges,
    ),
    values: changed.length,
    marks: marks.length,
    unannotated,
    keptUserChanges,
  };
}

/**
 * Undoing one step on a sheet (the caller has checked that no cell of it was edited since): the
 * values and fills it changed go back, and Ziping's notes become those of the entry before it.
 */
export function planUndoStep(
  snapshot: SheetSnapshot,
  step: SheetStep,
  annotation: AnnotationKind | null,
): SheetChange {
  const changed: ValueInput[] = step.values.map((v) => ({
    row: v.row,
    col: v.col,
    input: restoreInput(v.before),
    format: v.before.format ?? 'General',
  }));
  const fills: FillInput[] = step.fills.map((f) => ({ row: f.row, col: f.col, fill: f.before }));
  const deletes = ourAnnotations(snapshot);
  const adds: AddAnnotationStep[] = [];
  for (const mark of step.before?.marks ?? []) {
    if (annotation && mark.note !== null) {
      adds.push({
        kind: 'addAnnotation',
        sheetId: snapshot.id,
        annotationKind: annotation,
        address: toA1(mark.row, mark.col),
        text: mark.note,
      });
    }
  }
  guardProtection(snapshot, {
    values: changed,
    formats: changed.length > 0,
    fills,
    annotations: deletes.length + adds.length > 0,
  });
  return {
    sheetId: snapshot.id,
    sheet: step.sheet,
    steps: [
      ...valuesSteps(snapshot.id, changed, 'formulas'),
      ...fillSteps(snapshot.id, fills),
      ...deletes,
      ...adds,
    ],
    record: step.before ?? { sheetId: snapshot.id, sheet: snapshot.name, writes: [], marks: [] },
    undo: null,
    values: changed.length,
    marks: fills.length,
    unannotated: 0,
    keptUserChanges: 0,
  };
}

/** 清除标记: give back the fills, remove Ziping's notes; written values stay (and stay undoable). */
export function planClear(snapshot: SheetSnapshot, earlier: SheetRecord | undefined): SheetChange {
  const unmarked = unmark(snapshot, earlier);
  const deletes = ourAnnotations(snapshot);
  guardProtection(snapshot, {
    values: [],
    formats: false,
    fills: unmarked.fills,
    annotations: deletes.length > 0,
  });
  return {
    sheetId: snapshot.id,
    sheet: snapshot.name,
    steps: [...fillSteps(snapshot.id, unmarked.fills), ...deletes],
    record: {
      sheetId: snapshot.id,
      sheet: snapshot.name,
      writes: earlier?.writes ?? [],
      marks: [],
      ...(earlier?.profile === undefined ? {} : { profile: earlier.profile }),
    },
    undo: null,
    values: 0,
    marks: unmarked.fills.length,
    unannotated: 0,
    keptUserChanges: unmarked.kept,
  };
}

export interface ValueInput {
  readonly row: number;
  readonly col: number;
  readonly input: CellInput;
  /** The number format to set with it, or `null` to leave the format alone. */
  readonly format: string | null;
}

export interface FillInput {
  readonly row: number;
  readonly col: number;
  readonly fill: CellFill;
}

/** The fills to give back for the earlier marks; a cell the user refilled since keeps the user's fill. */
function unmark(
  snapshot: SheetSnapshot,
  earlier: SheetRecord | undefined,
): { fills: FillInput[]; kept: number } {
  const fills: FillInput[] = [];
  let kept = 0;
  for (const ours of earlier?.marks ?? []) {
    const painted = paintedFill(ours);
    if (!painted) continue;
    if (sameFill(snapshot.fill(ours.row, ours.col), painted)) {
      fills.push({ row: ours.row, col: ours.col, fill: originalFill(ours) });
    } else kept++;
  }
  return { fills, kept };
}

function ourAnnotations(snapshot: SheetSnapshot): DeleteAnnotationStep[] {
  return snapshot.annotations
    .filter((a) => a.ours)
    .map((annotation) => ({ kind: 'deleteAnnotation', sheetId: snapshot.id, annotation }));
}

/**
 * One mark per visible cell, as in the file adapter: a mark on a merged area's hidden cell goes
 * to the area's top-left cell, and marks meeting on a cell keep the worst severity and every note.
 */
function marksByCell(
  snapshot: SheetSnapshot,
  marks: readonly CellMark[],
): Map<string, { row: number; col: number; severity: Severity; messages: string[] }> {
  const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
  const out = new Map<
    string,
    { row: number; col: number; severity: Severity; messages: string[] }
  >();
  for (const mark of marks) {
    const merged = snapshot.hiddenIn(mark.row, mark.col);
    const at = merged ? { row: merged.top, col: merged.left } : { row: mark.row, col: mark.col };
    const key = keyOf(at);
    const seen = out.get(key);
    if (!seen) out.set(key, { ...at, severity: mark.severity, messages: [mark.note] });
    else {
      if (rank[mark.severity] > rank[seen.severity]) seen.severity = mark.severity;
      seen.messages.push(mark.note);
    }
  }
  return out;
}

/** One assignment over the changed cells' bounding box, `null` everywhere else. */
export function valuesSteps(
  sheetId: string,
  changed: readonly ValueInput[],
  mode: ValuesStep['mode'],
): ValuesStep[] {
  const box = boundingBox(changed);
  if (!box) return [];
  const rows = box.bottom - box.top + 1;
  const cols = box.right - box.left + 1;
  const inputs: (CellInput | null)[][] = Array.from({ length: rows }, () =>
    new Array<CellInput | null>(cols).fill(null),
  );
  const anyFormat = changed.some((c) => c.format !== null);
  const formats = anyFormat
    ? Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null))
    : null;
  for (const change of changed) {
    const r = change.row - box.top;
    const c = change.col - box.left;
    (inputs[r] as (CellInput | null)[])[c] = change.input;
    if (formats && change.format !== null) (formats[r] as (string | null)[])[c] = change.format;
  }
  return [{ kind: 'values', sheetId, range: box, mode, inputs, formats }];
}

/** Cells sharing a fill become multi-area ranges, chunked well below Excel's area limit. */
export function fillSteps(sheetId: string, changes: readonly FillInput[]): FillStep[] {
  const groups = new Map<string, { fill: CellFill; cells: CellPosition[] }>();
  for (const change of changes) {
    const key = fillKey(change.fill);
    const group = groups.get(key) ?? { fill: change.fill, cells: [] };
    group.cells.push(change);
    groups.set(key, group);
  }
  const steps: FillStep[] = [];
  for (const { fill, cells } of groups.values()) {
    for (const address of chunkAddresses(cellsToAreas(cells).map(rangeToA1))) {
      steps.push({ kind: 'fill', sheetId, address, fill });
    }
  }
  return steps;
}

export function chunkAddresses(areas: readonly string[]): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let chars = 0;
  for (const area of areas) {
    if (
      current.length > 0 &&
      (current.length >= MAX_AREAS || chars + area.length + 1 > MAX_ADDRESS_CHARS)
    ) {
      chunks.push(current.join(','));
      current = [];
      chars = 0;
    }
    current.push(area);
    chars += area.length + 1;
  }
  if (current.length > 0) chunks.push(current.join(','));
  return chunks;
}

function byCell<T extends CellPosition>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((e) => [keyOf(e), e]));
}

function keyOf(at: CellPosition): string {
  return `${at.row}:${at.col}`;
}
