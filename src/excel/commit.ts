/**
 * The write half of every action, all or nothing. Excel applies a batch in order and stops at the
 * first failing operation, keeping what came before; so when a write fails, Ziping puts back what
 * it read (values, formats, fills, its earlier notes, the record) before reporting the error.
 */
import { parseAreas } from './address.js';
import { queueAnnotationRead, NOTE_TAG, type AnnotationKind } from './annotations.js';
import { contentOf } from '../engine/index.js';
import { restoreInput } from './cellContent.js';
import { runOptions, type Capabilities } from './capabilities.js';
import { describeError } from './errors.js';
import type { ExcelHost } from './host.js';
import { serializeRecord, type RunRecord } from '../engine/index.js';
import { fillSteps, valuesSteps, type SheetChange, type WriteStep } from './sheetChanges.js';
import type { SheetSnapshot } from './snapshot.js';
import { applySteps, textBytes } from './writeSteps.js';
import { queuePartRead, RUN_RECORD_NAMESPACE, type StoredPart } from './workbookStore.js';
import { toA1 } from '../engine/index.js';

export interface Commit {
  readonly snapshots: readonly SheetSnapshot[];
  readonly changes: readonly SheetChange[];
  readonly recordPart: StoredPart;
  readonly before: RunRecord;
  readonly after: RunRecord;
}

/** A write that failed; `message` says whether the sheet was put back. */
export class CommitFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommitFailed';
  }
}

/** Writes every change and the new record; returns the number of write syncs. */
export async function commit(
  host: ExcelHost,
  capabilities: Capabilities,
  context: Excel.RequestContext,
  work: Commit,
): Promise<number> {
  const steps = work.changes.flatMap((c) => c.steps);
  const text = serializeRecord(work.after);
  const final =
    text === work.recordPart.text
      ? null
      : { bytes: 300 + textBytes(text ?? ''), queue: () => work.recordPart.queueWrite(text) };
  try {
    return await applySteps(context, sheetsOf(context), steps, final);
  } catch (error) {
    const restored = await rollback(host, capabilities, work, steps).then(
      () => true,
      () => false,
    );
    throw new CommitFailed(
      `${describeError(error)}${restored ? '已自动恢复，工作表保持原样。' : '自动恢复未能完成，请检查工作表；可用“撤销上一步”恢复自评助手记录的内容。'}`,
    );
  }
}

function sheetsOf(context: Excel.RequestContext): (id: string) => Excel.Worksheet {
  const cache = new Map<string, Excel.Worksheet>();
  return (id) => {
    let sheet = cache.get(id);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(id);
      cache.set(id, sheet);
    }
    return sheet;
  };
}

/**
 * Puts back exactly what the read saw on every cell the failed write may have reached, removes
 * Ziping's notes and re-adds the earlier run's, and restores the earlier record.
 */
async function rollback(
  host: ExcelHost,
  capabilities: Capabilities,
  work: Commit,
  attempted: readonly WriteStep[],
): Promise<void> {
  await host.Excel.run(runOptions(capabilities), async (context) => {
    const sheet = sheetsOf(context);
    const ids = [...new Set(work.changes.map((c) => c.sheetId))];
    const annotations = ids.map((id) => queueAnnotationRead(sheet(id), capabilities));
    const part = queuePartRead(context.workbook, RUN_RECORD_NAMESPACE, 'checked');
    await context.sync();
    if (part.needsXml()) {
      part.queueXml();
      await context.sync();
    }
    const kind: AnnotationKind | null = capabilities.notes
      ? 'notes'
      : capabilities.comments
        ? 'comments'
        : null;
    const steps: WriteStep[] = [];
    for (const [i, id] of ids.entries()) {
      const snapshot = work.snapshots.find((s) => s.id === id);
      if (!snapshot) continue;
      steps.push(
        ...giveBack(
          snapshot,
          attempted.filter((s) => s.sheetId === id),
        ),
      );
      for (const annotation of annotations[i]?.collect() ?? []) {
        if (annotation.ours) steps.push({ kind: 'deleteAnnotation', sheetId: id, annotation });
      }
      const earlier = work.before.sheets.find((s) => s.sheetId === id);
      for (const mark of earlier?.marks ?? []) {
        if (kind && mark.note?.startsWith(NOTE_TAG)) {
          steps.push({
            kind: 'addAnnotation',
            sheetId: id,
            annotationKind: kind,
            address: toA1(mark.row, mark.col),
            text: mark.note,
          });
        }
      }
    }
    const stored = part.collect();
    const text = serializeRecord(work.before);
    const final =
      stored.text === text
        ? null
        : { bytes: 300 + textBytes(text ?? ''), queue: () => stored.queueWrite(text) };
    await applySteps(context, sheet, steps, final);
  });
}

/** The read content and fill of every cell the attempted steps touch. */
function giveBack(snapshot: SheetSnapshot, attempted: readonly WriteStep[]): WriteStep[] {
  const values: { row: number; col: number }[] = [];
  const fills: { row: number; col: number }[] = [];
  for (const step of attempted) {
    if (step.kind === 'values') {
      step.inputs.forEach((row, r) =>
        row.forEach((input, c) => {
          if (input !== null) values.push({ row: step.range.top + r, col: step.range.left + c });
        }),
      );
    }
    if (step.kind === 'fill') {
      for (const { range } of parseAreas(step.address)) {
        for (let row = range.top; row <= range.bottom; row++) {
          for (let col = range.left; col <= range.right; col++) fills.push({ row, col });
        }
      }
    }
  }
  const restored = values.map(({ row, col }) => {
    const previous = contentOf(snapshot.cell(row, col));
    return { row, col, input: restoreInput(previous), format: previous.format ?? 'General' };
  });
  return [
    ...valuesSteps(snapshot.id, restored, 'formulas'),
    ...fillSteps(
      snapshot.id,
      fills.map((at) => ({ ...at, fill: snapshot.fill(at.row, at.col) })),
    ),
  ];
}
