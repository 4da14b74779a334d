import { describe, expect, it, vi } from 'vitest';
import { runRibbonCommand } from '../../src/commands/run.js';
import { readOutcome } from '../../src/addin/outcome.js';
import { fakeActions, memoryStore, samplePreview, written } from '../taskpane/doubles.js';

const at = () => new Date('2024-05-06T07:08:00Z');
/** A confirm that fails the test: these runs must not need a preview. */
const noPreview = vi.fn(async () => {
  throw new Error('no preview expected');
});
const previewFirst = () =>
  fakeActions({
    recalculate: vi.fn(async (_options, confirm) =>
      confirm
        ? written()
        : {
            ok: true as const,
            value: { kind: 'preview' as const, preview: samplePreview },
            message: '请核对将要写入的内容，确认后才会写入。',
          },
    ),
  });

describe('ribbon command', () => {
  it('recalculates with the options remembered by the pane, records the outcome and completes', async () => {
    const actions = fakeActions();
    const store = memoryStore({
      'ziping.runOptions': JSON.stringify({ writeValues: false, notes: true, sheets: 'active' }),
    });
    const event = { completed: vi.fn() };
    const notify = vi.fn(async () => undefined);
    await runRibbonCommand(
      'recalculate',
      { actions: () => actions, store, notify, confirm: noPreview, now: at },
      event,
    );
    expect(actions.recalculate).toHaveBeenCalledWith({
      writeValues: false,
      notes: true,
      sheets: 'active',
    });
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(notify).not.toHaveBeenCalled();
    expect(readOutcome(store)).toEqual({
      command: 'recalculate',
      ok: true,
      message: '已重新计算：发现 2 个错误。',
      at: '2024-05-06T07:08:00.000Z',
    });
  });

  it('tells the user about a refusal and still completes', async () => {
    const actions = fakeActions({
      undoLastWrite: async () => ({ ok: false, message: '没有可以撤销的写入。' }),
    });
    const store = memoryStore();
    const event = { completed: vi.fn() };
    const notify = vi.fn(async () => undefined);
    await runRibbonCommand(
      'undoLastWrite',
      { actions: () => actions, store, notify, confirm: noPreview, now: at },
      event,
    );
    expect(notify).toHaveBeenCalledWith('没有可以撤销的写入。');
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(readOutcome(store)?.ok).toBe(false);
  });

  it('completes even when the adapter throws and the notice fails', async () => {
    const store = memoryStore();
    const event = { completed: vi.fn() };
    const notify = vi.fn(async () => {
      throw new Error('no dialog');
    });
    await runRibbonCommand(
      'clearMarks',
      {
        actions: () => {
          throw new Error('Excel is not defined');
        },
        store,
        notify,
        confirm: noPreview,
        now: at,
      },
      event,
    );
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(readOutcome(store)?.message).toBe('自评助手出错：Excel is not defined');
  });

  it('shows the preview instead of writing, and writes what it showed on 确认写入', async () => {
    const actions = previewFirst();
    const store = memoryStore();
    const event = { completed: vi.fn() };
    const confirm = vi.fn(async () => ({ write: true as const, remember: true }));
    await runRibbonCommand(
      'recalculate',
      { actions: () => actions, store, notify: vi.fn(), confirm, now: at },
      event,
    );
    expect(confirm).toHaveBeenCalledWith(samplePreview);
    expect(actions.recalculate).toHaveBeenLastCalledWith(expect.anything(), {
      token: 'tok-1',
      remember: true,
    });
    expect(readOutcome(store)).toMatchObject({ ok: true, message: '已重新计算：发现 2 个错误。' });
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it('writes nothing when the preview is cancelled, or cannot be shown', async () => {
    const actions = previewFirst();
    const store = memoryStore();
    const notify = vi.fn(async () => undefined);
    await runRibbonCommand(
      'recalculate',
      {
        actions: () => actions,
        store,
        notify,
        confirm: async () => ({ write: false }),
        now: at,
      },
      { completed: vi.fn() },
    );
    expect(actions.recalculate).toHaveBeenCalledTimes(1);
    expect(readOutcome(store)).toMatchObject({
      ok: true,
      message: '已取消重新计算，未做任何修改。',
    });
    await runRibbonCommand(
      'recalculate',
      {
        actions: () => actions,
        store,
        notify,
        confirm: async () => ({ write: false, message: '请打开面板核对。' }),
        now: at,
      },
      { completed: vi.fn() },
    );
    expect(actions.recalculate).toHaveBeenCalledTimes(2);
    expect(notify).toHaveBeenCalledWith('请打开面板核对。');
  });
});
