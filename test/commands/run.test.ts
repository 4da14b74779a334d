import { describe, expect, it, vi } from 'vitest';
import { runRibbonCommand } from '../../src/commands/run.js';
import { readOutcome } from '../../src/addin/outcome.js';
import { fakeActions, memoryStore } from '../taskpane/doubles.js';

const at = () => new Date('2024-05-06T07:08:00Z');

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
      { actions: () => actions, store, notify, now: at },
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
      { actions: () => actions, store, notify, now: at },
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
        now: at,
      },
      event,
    );
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(readOutcome(store)?.message).toBe('自评助手出错：Excel is not defined');
  });
});
