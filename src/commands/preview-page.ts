/**
 * The preview dialog's page: says it is ready, receives the preview from the function file
 * (DialogParentMessageReceived, DialogApi 1.2), shows it, and answers with the button clicked
 * (messageParent, DialogApi 1.1).
 */
import type { RunPreview } from '../excel/actions.js';
import type { DialogMessage } from './previewDialog.js';
import { renderPreview } from './previewPage.js';

function answer(message: DialogMessage): void {
  Office.context.ui.messageParent(message);
}

Office.onReady(() => {
  const content = document.getElementById('preview');
  const remember = document.getElementById('remember') as HTMLInputElement | null;
  document
    .getElementById('write')
    ?.addEventListener('click', () => answer(remember?.checked ? 'write-always' : 'write'));
  document.getElementById('cancel')?.addEventListener('click', () => answer('cancel'));
  Office.context.ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, (args) => {
    if (content) renderPreview(content, JSON.parse(args.message) as RunPreview);
  });
  answer('ready');
});
