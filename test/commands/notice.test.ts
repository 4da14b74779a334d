import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_SECONDS, showNotice } from '../../src/commands/notice.js';

type Handler = () => void;

/** A Dialog API stand-in: records the URL and lets the test fire the dialog's events. */
function dialogHost(status: 'succeeded' | 'failed' = 'succeeded') {
  const handlers = new Map<string, Handler>();
  const dialog = {
    close: vi.fn(),
    addEventHandler: (type: string, h: Handler) => handlers.set(type, h),
  };
  const urls: string[] = [];
  const ui = {
    displayDialogAsync: (url: string, _options: unknown, callback: (r: unknown) => void) => {
      urls.push(url);
      callback({ status, value: dialog });
    },
  } as unknown as Pick<Office.UI, 'displayDialogAsync'>;
  return { ui, dialog, handlers, urls };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('Office', {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('ribbon notice dialog', () => {
  it('opens notice.html with the message and resolves when the page asks to close', async () => {
    const host = dialogHost();
    const shown = showNotice(
      { ui: host.ui, dialogSupported: true },
      'https://x/notice.html',
      '工作表受保护。',
    );
    expect(decodeURIComponent(host.urls[0] ?? '')).toContain('m=工作表受保护。');
    host.handlers.get('message')?.();
    await shown;
    expect(host.dialog.close).toHaveBeenCalled();
  });

  it('resolves when the user closes the dialog, when it cannot open, or without the Dialog API', async () => {
    const host = dialogHost();
    const closedByUser = showNotice(
      { ui: host.ui, dialogSupported: true },
      'https://x/notice.html',
      'a',
    );
    host.handlers.get('event')?.();
    await closedByUser;
    await showNotice(
      { ui: dialogHost('failed').ui, dialogSupported: true },
      'https://x/notice.html',
      'b',
    );
    await showNotice({ ui: dialogHost().ui, dialogSupported: false }, 'https://x/notice.html', 'c');
  });

  it('never holds the command longer than the notice plus a margin', async () => {
    const host = dialogHost();
    const shown = showNotice({ ui: host.ui, dialogSupported: true }, 'https://x/notice.html', 'd');
    vi.advanceTimersByTime((NOTICE_SECONDS + 7) * 1000);
    await expect(shown).resolves.toBeUndefined();
  });
});
