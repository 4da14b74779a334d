/**
 * The function file of the ribbon's ExecuteFunction buttons (重新计算, 清除标记, 撤销上一步).
 * Each name here matches a <FunctionName> in manifest.xml (test/addin/manifest.test.ts checks).
 */
import { createExcelActions } from '../excel/index.js';
import type { WorkbookActions } from '../excel/actions.js';
import { browserStore } from '../addin/preferences.js';
import { RIBBON_COMMANDS } from '../addin/outcome.js';
import { runRibbonCommand } from './run.js';
import { showNotice } from './notice.js';
import { confirmInDialog } from './previewDialog.js';

let actions: WorkbookActions | undefined;

/** Created on first use: Excel's globals are ready only after Office.onReady. */
function workbookActions(): WorkbookActions {
  return (actions ??= createExcelActions({ Excel, Office }));
}

function notify(message: string): Promise<void> {
  return showNotice(
    {
      ui: Office.context.ui,
      dialogSupported: Office.context.requirements.isSetSupported('DialogApi', '1.1'),
    },
    new URL('notice.html', location.href).href,
    message,
  );
}

function confirm(preview: Parameters<typeof confirmInDialog>[2]) {
  return confirmInDialog(
    {
      ui: Office.context.ui,
      messageChildSupported: Office.context.requirements.isSetSupported('DialogApi', '1.2'),
    },
    new URL('preview.html', location.href).href,
    preview,
  );
}

Office.onReady(() => undefined);

for (const command of RIBBON_COMMANDS) {
  Office.actions.associate(command, (event: Office.AddinCommands.Event) => {
    void runRibbonCommand(
      command,
      { actions: workbookActions, store: browserStore(), notify, confirm },
      event,
    );
  });
}
