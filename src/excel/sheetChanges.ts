/**
 * From "what should change" to the exact writes on one sheet, pure and without Office.js:
 * a recalculation's plan, an undo, a clear, an applied suggestion. Each result carries the
 * steps to queue and the sheet's next run record, so what is written and what is remembered
 * always come from the same decision.
 */
import { toA1, type CellPosition, type CellRange } from '../engine/grid.js';
import type { CellMark, Severity, WritePlan } from '../engine/report.js';
import type { NoteSupport } from './actions.js';
import { boundingBox, cellsToAreas, rangeToA1 } from './address.js';
import { noteText, type Annotation, type AnnotationKind } from './annotations.js';
import { contentOf, holds, literal, restoreInput } from './cellContent.js';
import { canRestore, fillKey, markFill, sameFill, type CellFill } from './fills.js';
import { guardProtection, guardWrites } from './guards.js';
import {
  markRecord,
  originalFill,
  paintedFill,
  type MarkRecord,
  type SheetRecord,
  type WriteRecord,
} from './record.js';
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
  readonly earlier: SheetRecord | undefined;
  readonly annotation: NoteSupport;
  /** Cells holding the user's own note or comment (A1, no sheet). */
  readonly occupied: ReadonlySet<string>;
}

/** A recalculation: write the plan, replace the earlier run's marks, remember the true originals. */
export function planRun({ snapshot, plan, earlier, annotation, occupied }: RunInput): SheetChange {
  const earlierWrites = byCell(earlier?.writes ?? []);
  const earlierMarks = byCell(earlier?.marks ?? []);
  guardWrites(snapshot, plan.values, earlierWrites);

  const writes: WriteRecord[] = [];
  const changed: ValueChange[] = [];
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
    }
  }
  // Earlier writes the plan no longer makes stay Ziping's to give back while the cell holds them.
  for (const [key, ours] of earlierWrites) {
    if (!planned.has(key) && holds(snapshot.cell(ours.row, ours.col), ours.written))
      writes.push(ours);
  }

  const marks: MarkRecord[] = [];
  const fills: FillChange[] = [];
  const adds: AddAnnotationStep[] = [];
  let unannotated = 0;
  const kind = annotation === 'none' ? null : annotation;
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
  return {
    sheetId: snapshot.id,
    sheet: snapshot.name,
    steps: [
      ...valuesSteps(snapshot.id, changed, 'values'),
      ...fillSteps(snapshot.id, fills),
      ...deletes,
      ...adds,
    ],
    record: { sheetId: snapshot.id, sheet: snapshot.name, writes, marks },
    values: changed.length,
    marks: marks.length,
    unannotated,
    keptUserChanges,
  };
}

/** 撤销本次写入: give back every value and fill Ziping changed, remove its notes. */
export function planUndo(snapshot: SheetSnapshot, earlier: SheetRecord | undefined): SheetChange {
  const changed: ValueChange[] = [];
  let kept = 0;
  for (const ours of earlier?.writes ?? []) {
    if (holds(snapshot.cell(ours.row, ours.col), ours.written)) {
      changed.push({
        row: ours.row,
        col: ours.col,
        input: restoreInput(ours.previous),
        format: ours.previous.format ?? 'General',
      });
    } else kept++;
  }
  const unmarked = unmark(snapshot, earlier);
  const deletes = ourAnnotations(snapshot);
  guardProtection(snapshot, {
    values: changed,
    formats: changed.length > 0,
    fills: unmarked.fills,
    annotations: deletes.length > 0,
  });
  return {
    sheetId: snapshot.id,
    sheet: earlier?.sheet ?? snapshot.name,
    steps: [
      ...valuesSteps(snapshot.id, changed, 'formulas'),
      ...fillSteps(snapshot.id, unmarked.fills),
      ...deletes,
    ],
    record: { sheetId: snapshot.id, sheet: snapshot.name, writes: [], marks: [] },
    values: changed.length,
    marks: unmarked.fills.length,
    unannotated: 0,
    keptUserChanges: kept + unmarked.kept,
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
    },
    values: 0,
    marks: unmarked.fills.length,
    unannotated: 0,
    keptUserChanges: unmarked.kept,
  };
}

/** A suggested score the user chose to apply: written like a run's value, and undone with it. */
export function planSuggestion(
  snapshot: SheetSnapshot,
  earlier: SheetRecord | undefined,
  at: CellPosition,
  value: number,
): SheetChange {
  const key = keyOf(at);
  const earlierWrites = byCell(earlier?.writes ?? []);
  const cell = snapshot.cell(at.row, at.col);
  // The user asked for this cell explicitly, so a typed score may be replaced; a formula never.
  guardWrites(
    snapshot,
    [{ ...at, address: toA1(at.row, at.col), value, previous: contentOf(cell), purpose: 'total' }],
    earlierWrites,
  );
  const ours = earlierWrites.get(key);
  const stillOurs = ours !== undefined && holds(cell, ours.written);
  const written = { value };
  const changed = holds(cell, written)
    ? []
    : [{ ...at, input: literal(value, cell.format), format: null }];
  guardProtection(snapshot, { values: changed, formats: false, fills: [], annotations: false });
  const writes = (earlier?.writes ?? []).filter((w) => keyOf(w) !== key);
  if (changed.length > 0 || stillOurs) {
    writes.push({ ...at, written, previous: stillOurs ? ours.previous : contentOf(cell) });
  }
  return {
    sheetId: snapshot.id,
    sheet: snapshot.name,
    steps: valuesSteps(snapshot.id, changed, 'values'),
    record: { sheetId: snapshot.id, sheet: snapshot.name, writes, marks: earlier?.marks ?? [] },
    values: changed.length,
    marks: 0,
    unannotated: 0,
    keptUserChanges: 0,
  };
}

export interface ValueChange {
  readonly row: number;
  readonly col: number;
  readonly input: CellInput;
  /** The number format to set with it, or `null` to leave the format alone. */
  readonly format: string | null;
}

export interface FillChange {
  readonly row: number;
  readonly col: number;
  readonly fill: CellFill;
}

/** The fills to give back for the earlier marks; a cell the user refilled since keeps the user's fill. */
function unmark(
  snapshot: SheetSnapshot,
  earlier: SheetRecord | undefined,
): { fills: FillChange[]; kept: number } {
  const fills: FillChange[] = [];
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
  changed: readonly ValueChange[],
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
export function fillSteps(sheetId: string, changes: readonly FillChange[]): FillStep[] {
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
