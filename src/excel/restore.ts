/**
 * 撤销本次写入 and 清除标记: read the run record with the sheets it covers, give back what the
 * record holds (only where the cell still shows Ziping's output), write the shortened record.
 */
import type { Capabilities } from './capabilities.js';
import { commit } from './commit.js';
import { Refusal } from './errors.js';
import type { ExcelHost } from './host.js';
import { clearMessage, undoMessage } from './messages.js';
import { parseRecord, replaceSheets, sheetRecord, type RunRecord } from './record.js';
import { readWorkbook } from './readWorkbook.js';
import { planClear, planUndo, type SheetChange } from './sheetChanges.js';
import type { SheetSnapshot } from './snapshot.js';
import { RUN_RECORD_NAMESPACE } from './workbookStore.js';

export type RestoreKind = 'undo' | 'clear';

export async function restore(
  host: ExcelHost,
  capabilities: Capabilities,
  context: Excel.RequestContext,
  kind: RestoreKind,
): Promise<{ message: string; count: number }> {
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
  if (before.sheets.length === 0) {
    return { message: kind === 'undo' ? '没有需要撤销的写入。' : '没有自评助手的标记。', count: 0 };
  }
  const existing = first.extra;
  const missing = before.sheets.filter(
    (s) => existing.has(s.sheetId) && !first.snapshots.some((snap) => snap.id === s.sheetId),
  );
  const more = missing.length
    ? await readWorkbook(context, capabilities, {
        sheets: () => missing.map((s) => worksheets.getItem(s.sheetId)),
        namespaces: [],
        extra: () => () => undefined,
      })
    : null;
  const snapshots = [...first.snapshots, ...(more?.snapshots ?? [])].filter((s) =>
    before.sheets.some((r) => r.sheetId === s.id),
  );

  const changes = snapshots.map((s) => plan(kind, s, before));
  // Sheets deleted since the run have nothing left to give back.
  const gone = before.sheets
    .filter((s) => !existing.has(s.sheetId))
    .map((s) => ({ ...s, writes: [], marks: [] }));
  const after = replaceSheets(before, [...changes.map((c) => c.record), ...gone]);
  await commit(host, capabilities, context, { snapshots, changes, recordPart, before, after });
  const count = changes.reduce((n, c) => n + (kind === 'undo' ? c.values : c.marks), 0);
  return { message: kind === 'undo' ? undoMessage(changes) : clearMessage(changes), count };
}

function plan(kind: RestoreKind, snapshot: SheetSnapshot, record: RunRecord): SheetChange {
  const earlier = sheetRecord(record, snapshot.id);
  return kind === 'undo' ? planUndo(snapshot, earlier) : planClear(snapshot, earlier);
}
