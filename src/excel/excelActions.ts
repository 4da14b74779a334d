/**
 * `WorkbookActions` over Office.js: each action checks the host's requirement sets, runs in one
 * `Excel.run`, and ends in an `ActionResult` — a refusal or an Excel error becomes a Chinese
 * message, never a throw.
 */
import type { ActionResult, WorkbookActions } from './actions.js';
import {
  detectCapabilities,
  runOptions,
  UNSUPPORTED_HOST_MESSAGE,
  type Capabilities,
} from './capabilities.js';
import { CommitFailed } from './commit.js';
import { describeError } from './errors.js';
import type { ExcelHost } from './host.js';
import { loadMapping, saveMapping } from './mappingStore.js';
import { listSheets, selectCell } from './navigation.js';
import { run, type Analyzer, type RunRequest } from './recalculate.js';
import { restore } from './restore.js';
import { loadState } from './state.js';

export interface AdapterOptions {
  /** The engine; tests of the write half pass one that returns a hand-built plan. */
  readonly analyze?: Analyzer;
  /** The clock for undo steps' times; tests pass a fixed one. */
  readonly now?: () => Date;
}

export function createExcelActions(host: ExcelHost, adapter: AdapterOptions = {}): WorkbookActions {
  const act = <T>(
    work: (
      capabilities: Capabilities,
      context: Excel.RequestContext,
    ) => Promise<{ value: T; message: string }>,
  ) => guarded(host, work);
  const runWith = (request: Omit<RunRequest, 'now'>) =>
    act(async (caps, context) => {
      const { outcome, message } = await run(
        host,
        caps,
        context,
        { ...request, now: adapter.now?.() ?? new Date() },
        adapter.analyze,
      );
      return { value: outcome, message };
    });
  return {
    recalculate: (options, confirm) => runWith({ options, ...(confirm ? { confirm } : {}) }),
    applySuggestion: (suggestion, options, confirm) =>
      runWith({ options, suggestion, ...(confirm ? { confirm } : {}) }),
    chooseProfile: (profile, options, confirm) =>
      runWith({ options, profile, ...(confirm ? { confirm } : {}) }),
    clearMarks: () =>
      act(async (caps, context) => {
        const { message, count, state } = await restore(host, caps, context, 'clear');
        return { value: { ...state, cleared: count }, message };
      }),
    undoLastWrite: () =>
      act(async (caps, context) => {
        const { message, count, state } = await restore(host, caps, context, 'undo');
        return { value: { ...state, restored: count }, message };
      }),
    loadState: () =>
      act(async (caps, context) => ({
        value: await loadState(context, caps),
        message: '',
      })),
    selectCell: (sheet, address) =>
      act(async (_caps, context) => {
        await selectCell(context, sheet, address);
        return { value: undefined, message: `已选中「${sheet}」${address}` };
      }),
    listSheets: () =>
      act(async (_caps, context) => {
        const names = await listSheets(context);
        return { value: names, message: `共 ${names.length} 个工作表` };
      }),
    loadMapping: (sheet) =>
      act(async (_caps, context) => {
        const override = await loadMapping(context, sheet);
        return {
          value: override,
          message: override
            ? `已读取「${sheet}」保存的表格识别设置`
            : `「${sheet}」没有保存的表格识别设置`,
        };
      }),
    saveMapping: (sheet, override) =>
      act(async (_caps, context) => {
        await saveMapping(context, sheet, override);
        return {
          value: undefined,
          message: override
            ? `已在工作簿中保存「${sheet}」的表格识别设置`
            : `已删除「${sheet}」保存的表格识别设置`,
        };
      }),
  };
}

async function guarded<T>(
  host: ExcelHost,
  work: (
    capabilities: Capabilities,
    context: Excel.RequestContext,
  ) => Promise<{ value: T; message: string }>,
): Promise<ActionResult<T>> {
  try {
    const capabilities = detectCapabilities(host.Office);
    if (!capabilities) return { ok: false, message: UNSUPPORTED_HOST_MESSAGE };
    const { value, message } = await host.Excel.run(runOptions(capabilities), (context) =>
      work(capabilities, context),
    );
    return { ok: true, value, message };
  } catch (error) {
    return {
      ok: false,
      message: error instanceof CommitFailed ? error.message : describeError(error),
    };
  }
}
