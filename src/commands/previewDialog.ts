/**
 * The ribbon's preview: a dialog (preview.html) showing what a run would write, answering
 * 确认写入 / 以后直接写入 / 取消. The preview travels to the dialog with `Dialog.messageChild`
 * (DialogApi 1.2) once the dialog says it is ready; where that is missing, nothing is written and
 * the user is sent to the pane, which shows the same preview.
 */
import type { RunPreview } from '../excel/actions.js';
import type { PreviewAnswer } from './run.js';

/** Without a dialog that can show the preview, nothing is written and the pane is the way. */
const UNSUPPORTED: PreviewAnswer = {
  write: false,
  message:
    '这次重新计算会改动表格，需要先核对将要写入的内容，本次未写入。请点击「打开面板」，在面板中点击「重新计算」查看并确认。',
};

/** Messages between the function file and the dialog. */
export type DialogMessage = 'ready' | 'cancel' | 'write' | 'write-always';

export interface PreviewDialogHost {
  readonly ui: Pick<Office.UI, 'displayDialogAsync'>;
  /** DialogApi 1.2: `Dialog.messageChild` and the dialog's DialogParentMessageReceived. */
  readonly messageChildSupported: boolean;
}

export function answerOf(message: string): PreviewAnswer | null {
  switch (message) {
    case 'write':
      return { write: true, remember: false };
    case 'write-always':
      return { write: true, remember: true };
    case 'cancel':
      return { write: false };
    default:
      return null;
  }
}

/** Opens the dialog with `preview`; resolves with the answer (closing the dialog counts as 取消). */
export function confirmInDialog(
  host: PreviewDialogHost,
  pageUrl: string,
  preview: RunPreview,
): Promise<PreviewAnswer> {
  if (!host.messageChildSupported) return Promise.resolve(UNSUPPORTED);
  return new Promise((resolve) => {
    host.ui.displayDialogAsync(
      pageUrl,
      { height: 60, width: 40, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) return resolve(UNSUPPORTED);
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          const message = 'message' in arg ? arg.message : '';
          if (message === 'ready') {
            dialog.messageChild(JSON.stringify(preview)); // DialogApi 1.2
            return;
          }
          const answer = answerOf(message);
          if (!answer) return;
          dialog.close();
          resolve(answer);
        });
        // The user closed the dialog with its own ✕: nothing is written.
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () =>
          resolve({ write: false }),
        );
      },
    );
  });
}
