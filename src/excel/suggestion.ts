/**
 * Applying one suggested score from the findings list: the same read–guard–write path as a run,
 * and recorded in the run record so 撤销本次写入 gives the old content back.
 */
import { fromA1 } from '../engine/grid.js';
import type { Capabilities } from './capabilities.js';
import { commit } from './commit.js';
import { Refusal } from './errors.js';
import type { ExcelHost } from './host.js';
import { parseRecord, replaceSheets, sheetRecord } from './record.js';
import { readWorkbook } from './readWorkbook.js';
import { planSuggestion } from './sheetChanges.js';
import { RUN_RECORD_NAMESPACE } from './workbookStore.js';

export async function applySuggestion(
  host: ExcelHost,
  capabilities: Capabilities,
  context: Excel.RequestContext,
  target: { readonly sheet: string; readonly address: string; readonly value: number },
): Promise<string> {
  if (!Number.isFinite(target.value)) throw new Refusal('建议值不是有效数字，未做任何修改。');
  let at;
  try {
    at = fromA1(target.address);
  } catch {
    throw new Refusal(`“${target.address}”不是有效的单元格地址，未做任何修改。`);
  }
  const read = await readWorkbook(context, capabilities, {
    sheets: () => [context.workbook.worksheets.getItem(target.sheet)],
    namespaces: [RUN_RECORD_NAMESPACE],
    extra: () => () => undefined,
  });
  const [snapshot] = read.snapshots;
  const recordPart = read.parts.get(RUN_RECORD_NAMESPACE);
  const before = parseRecord(recordPart?.text ?? null);
  if (!snapshot || !recordPart || before === null) {
    throw new Refusal('工作簿中自评助手的记录无法读取，为保证可以撤销，未写入建议值。');
  }
  const change = planSuggestion(snapshot, sheetRecord(before, snapshot.id), at, target.value);
  const after = replaceSheets(before, [change.record]);
  await commit(host, capabilities, context, {
    snapshots: [snapshot],
    changes: [change],
    recordPart,
    before,
    after,
  });
  return change.values === 0
    ? `${target.address} 已经是 ${target.value}，无需修改。`
    : `已将「${snapshot.name}」${target.address} 设为 ${target.value}；可用“撤销本次写入”恢复原值。`;
}
