/** What the pane lists: the findings behind Ziping's marks, read from the workbook's record. */
import { lastStep, stepTitle } from '../engine/index.js';
import { parseRecord, type RunRecord } from '../engine/index.js';
import type { SheetsState } from './actions.js';
import type { Capabilities } from './capabilities.js';
import { Refusal } from './errors.js';
import { readWorkbook } from './readWorkbook.js';
import { RUN_RECORD_NAMESPACE } from './workbookStore.js';

export function stateOf(record: RunRecord): SheetsState {
  const step = lastStep(record);
  return {
    analyses: record.sheets.flatMap((s) => (s.analysis ? [s.analysis] : [])),
    undo: step ? stepTitle(step) : null,
    headers: Object.fromEntries(
      record.sheets.flatMap((s) => (s.analysis && s.headers ? [[s.sheet, s.headers]] : [])),
    ),
  };
}

/** One round trip: the record alone. */
export async function loadState(
  context: Excel.RequestContext,
  capabilities: Capabilities,
): Promise<SheetsState> {
  const read = await readWorkbook(context, capabilities, {
    sheets: () => [],
    namespaces: [RUN_RECORD_NAMESPACE],
    extra: () => () => undefined,
  });
  const record = parseRecord(read.parts.get(RUN_RECORD_NAMESPACE)?.text ?? null);
  if (record === null) throw new Refusal('工作簿中自评助手的记录无法读取。');
  return stateOf(record);
}
