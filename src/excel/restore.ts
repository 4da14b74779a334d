/**
 * 撤销 and 清除标记: read the run record with the sheets it covers, give back what it says
 * (undo: the last step, refused when a cell of it was edited since; clear: every mark), and
 * write the shortened record — one read and one write.
 */
import {
  afterClear,
  afterUndo,
  editedSince,
  lastStep,
  refusedMessage,
  undoneMessage,
} from '../engine/index.js';
import { parseRecord, replaceSheets, sheetRecord, type RunRecord } from '../engine/index.js';
import type { SheetsState } from './actions.js';
import { noteSupport, type Capabilities } from './capabilities.js';
import { commit } from './commit.js';
import { Refusal } from './errors.js';
import type { ExcelHost } from './host.js';
import { clearMessage } from './messages.js';
import { readWorkbook } from './readWorkbook.js';
import { planClear, planUndoStep, type SheetChange } from './sheetChanges.js';
import type { SheetSnapshot } from './snapshot.js';
import { stateOf } from './state.js';
import { RUN_RECORD_NAMESPACE } from './workbookStore.js';

export type RestoreKind = 'undo' | 'clear';

export async function restore(
  host: ExcelHost,
  capabilities: Capabilities,
  context: Excel.RequestContext,
  kind: RestoreKind,
): Promise<{ message: string; count: number; state: SheetsState }> {
  const worksheets = context.workbook.worksheets;
  // The record says which sheets to read; the active one is read with it, as the usual case.
  const first = await readWorkbook(context, capabilities, {
    sheets: () => [worksheets.getActiveWorksheet()],
    namespaces: [RUN_RECORD_NAMESPACE],
    extra: () => {
      const all = worksheets.load('items/id');
      return () => new Set(all.items.map((s) => s.id));
    },
  });
  const recordPart = first.parts.get(RUN_RECORD_NAMESPACE);
  const before = parseRecord(recordPart?.text ?? null);
  if (!recordPart || before === null) {
    throw new Refusal('工作簿中自评助手的记录无法读取，无法自动恢复，未做任何修改。');
  }
  const existing = first.extra;
  const wanted =
    kind === 'undo'
      ? (lastStep(before)?.sheets.map((s) => s.sheetId) ?? [])
      : before.sheets.filter((s) => s.marks.length > 0).map((s) => s.sheetId);
  if (wanted.length === 0) {
    const message = kind === 'undo' ? '没有可以撤销的步骤。' : '没有自评助手的标记。';
    return { message, count: 0, state: stateOf(before) };
  }
  const missing = wanted.filter(
    (id) => existing.has(id) && !first.snapshots.some((snap) => snap.id === id),
  );
  const more = missing.length
    ? await readWorkbook(context, capabilities, {
        sheets: () => missing.map((id) => worksheets.getItem(id)),
        namespaces: [],
        extra: () => () => undefined,
      })
    : null;
  const snapshots = [...first.snapshots, ...(more?.snapshots ?? [])].filter((s) =>
    wanted.includes(s.id),
  );
  const work =
    kind === 'undo'
      ? undo(before, snapshots, capabilities)
      : clear(before, snapshots, new Set(wanted.filter((id) => !existing.has(id))));
  await commit(host, capabilities, context, {
    snapshots,
    changes: work.changes,
    recordPart,
    before,
    after: work.after,
  });
  return { message: work.message, count: work.count, state: stateOf(work.after) };
}

interface Restoration {
  readonly changes: SheetChange[];
  readonly after: RunRecord;
  readonly message: string;
  readonly count: number;
}

/** The last step back, on every sheet it touched; refused as a whole if any cell was edited since. */
function undo(
  record: RunRecord,
  snapshots: readonly SheetSnapshot[],
  capabilities: Capabilities,
): Restoration {
  const step = lastStep(record);
  if (!step) throw new Refusal('没有可以撤销的步骤。');
  const edited: string[] = [];
  for (const part of step.sheets) {
    const snapshot = snapshots.find((s) => s.id === part.sheetId);
    // A sheet deleted since has nothing left to give back.
    if (snapshot)
      edited.push(
        ...editedSince(part, snapshot).map((a) => prefixed(step.sheets.length, part.sheet, a)),
      );
  }
  if (edited.length > 0) throw new Refusal(refusedMessage(step, edited));
  const support = noteSupport(capabilities, true);
  const kind = support === 'notes' || support === 'comments' ? support : null;
  const changes = step.sheets.flatMap((part) => {
    const snapshot = snapshots.find((s) => s.id === part.sheetId);
    return snapshot ? [planUndoStep(snapshot, part, kind)] : [];
  });
  return {
    changes,
    after: afterUndo(record, step),
    message: undoneMessage(step),
    count: changes.reduce((n, c) => n + c.values, 0),
  };
}

/** Every mark off; sheets deleted since simply lose their entries. */
function clear(
  record: RunRecord,
  snapshots: readonly SheetSnapshot[],
  gone: ReadonlySet<string>,
): Restoration {
  const changes = snapshots.map((s) => planClear(s, sheetRecord(record, s.id)));
  const cleared = new Set([...changes.map((c) => c.sheetId), ...gone]);
  const after = afterClear(
    replaceSheets(
      record,
      changes.map((c) => c.record),
    ),
    cleared,
  );
  return {
    changes,
    after,
    message: clearMessage(changes),
    count: changes.reduce((n, c) => n + c.marks, 0),
  };
}

function prefixed(sheets: number, sheet: string, address: string): string {
  return sheets > 1 ? `「${sheet}」${address}` : address;
}
