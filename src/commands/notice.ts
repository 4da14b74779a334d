/**
 * A small dialog for a ribbon command's refusal or error (e.g. a protected sheet): a function
 * command has no pane to speak in. Dialog API 1.1 runs in Excel desktop and on the web.
 */

/** How long the notice stays before it closes itself, so the command event always completes. */
export const NOTICE_SECONDS = 8;

/** The part of Office.js the notice needs, passed in so it is testable. */
export interface NoticeHost {
  readonly ui: Pick<Office.UI, 'displayDialogAsync'>;
  readonly dialogSupported: boolean;
}

/** Opens notice.html with the message; resolves when it closes (or could not open). */
export function showNotice(host: NoticeHost, pageUrl: string, message: string): Promise<void> {
  if (!host.dialogSupported) return Promise.resolve();
  const url = `${pageUrl}?m=${encodeURIComponent(message)}&s=${NOTICE_SECONDS}`;
  return new Promise<void>((resolve) => {
    // A safety net in case the dialog never reports back: never hold the command open for long.
    const guard = setTimeout(resolve, (NOTICE_SECONDS + 7) * 1000);
    const done = () => {
      clearTimeout(guard);
      resolve();
    };
    host.ui.displayDialogAsync(url, { height: 28, width: 32, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return done();
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        done();
      });
      // Raised when the user closes the dialog with its own ✕.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
    });
  });
}
