// @vitest-environment jsdom
/** The ribbon's preview dialog: the preview sent once the dialog is ready, the answer returned. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { confirmInDialog } from '../../src/commands/previewDialog.js';
import { renderPreview } from '../../src/commands/previewPage.js';
import { samplePreview } from '../taskpane/doubles.js';

type Handler = (arg: { message: string }) => void;

function dialogHost() {
  const handlers = new Map<string, Handler>();
  const dialog = {
    close: vi.fn(),
    messageChild: vi.fn(),
    addEventHandler: (type: string, h: Handler) => handlers.set(type, h),
  };
  const ui = {
    displayDialogAsync: (_url: string, _options: unknown, callback: (r: unknown) => void) =>
      callback({ status: 'succeeded', value: dialog }),
  } as unknown as Pick<Office.UI, 'displayDialogAsync'>;
  return { ui, dialog, handlers };
}

beforeEach(() => {
  vi.stubGlobal('Office', {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('the ribbon’s preview dialog', () => {
  it('sends the preview when the dialog is ready and answers with the button clicked', async () => {
    const host = dialogHost();
    const answer = confirmInDialog(
      { ui: host.ui, messageChildSupported: true },
      'https://x/preview.html',
      samplePreview,
    );
    host.handlers.get('message')?.({ message: 'ready' });
    expect(host.dialog.messageChild).toHaveBeenCalledWith(JSON.stringify(samplePreview));
    host.handlers.get('message')?.({ message: 'write-always' });
    await expect(answer).resolves.toEqual({ write: true, remember: true });
    expect(host.dialog.close).toHaveBeenCalled();
  });

  it('writes nothing, and says where to look, without DialogApi 1.2', async () => {
    const answer = await confirmInDialog(
      { ui: dialogHost().ui, messageChildSupported: false },
      'https://x/preview.html',
      samplePreview,
    );
    expect(answer).toMatchObject({ write: false, message: expect.stringContaining('打开面板') });
  });

  it('shows each change as cell, before → after and why, and the cells to be marked', () => {
    const container = document.createElement('div');
    renderPreview(container, samplePreview);
    const row = [...container.querySelectorAll('tr')][1];
    expect([...(row?.children ?? [])].map((td) => td.textContent)).toEqual([
      'H58',
      '93',
      '91.5',
      '总分按各项得分重新合计：总分应为 91.5，表上填写 93。',
    ]);
    expect(container.textContent).toContain('另标记 2 个单元格');
    expect(container.textContent).toContain('H14（错误）');
  });
});
