// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App.js';
import type { WorkbookActions } from '../../src/excel/actions.js';
import { fakeActions, memoryStore } from './doubles.js';

afterEach(cleanup);

function renderApp(actions: WorkbookActions, store = memoryStore()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App actions={actions} store={store} />
    </FluentProvider>,
  );
  return store;
}

async function recalculate() {
  fireEvent.click(screen.getByRole('button', { name: /重新计算/ }));
  await screen.findByText('已重新计算：发现 2 个错误。');
}

function openTab(name: RegExp) {
  fireEvent.click(screen.getByRole('tab', { name }));
}

describe('task pane', () => {
  it('shows an empty state before the first run', () => {
    renderApp(fakeActions());
    expect(screen.getByText('还没有检查结果')).toBeTruthy();
  });

  it('summarises the run: blocks, indicators, total against cap, grade and counts', async () => {
    renderApp(fakeActions());
    await recalculate();
    expect(screen.getByText('指标表 45 项')).toBeTruthy();
    expect(screen.getByText('共识别三级指标 45 项')).toBeTruthy();
    expect(screen.getByText('预算情况 5 行')).toBeTruthy();
    const total = screen.getByTestId('summary-total');
    expect(total.textContent).toContain('91.5');
    expect(total.textContent).toContain('/ 100');
    expect(total.textContent).toContain('表上填写 93');
    expect(screen.getByTestId('summary-grade').textContent).toContain('表上填写「良」');
    expect(screen.getByTestId('count-error').textContent).toBe('2错误');
    expect(screen.getByTestId('count-warning').textContent).toBe('1警告');
    expect(screen.getByTestId('count-info').textContent).toBe('1提示');
    expect(screen.getByText(/本次写入 3 个单元格，标记 4 个单元格/)).toBeTruthy();
  });

  it('passes the chosen options to recalculate and remembers them', async () => {
    const actions = fakeActions();
    const store = renderApp(actions);
    openTab(/选项/);
    fireEvent.click(screen.getByRole('switch', { name: '写入计算结果' }));
    fireEvent.click(screen.getByRole('switch', { name: '在单元格上添加备注' }));
    await waitFor(() =>
      expect(screen.getByRole('radio', { name: '指定的工作表' })).toHaveProperty('disabled', false),
    );
    fireEvent.click(screen.getByRole('radio', { name: '指定的工作表' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '说明' }));
    await recalculate();
    expect(actions.recalculate).toHaveBeenCalledWith({
      writeValues: false,
      notes: false,
      sheets: ['自评表', '说明'],
    });
    expect(JSON.parse(store.map.get('ziping.runOptions') ?? '{}')).toEqual({
      writeValues: false,
      notes: false,
      sheets: ['自评表', '说明'],
    });
  });

  it('lists findings grouped by rule, errors first', async () => {
    renderApp(fakeActions());
    await recalculate();
    openTab(/问题/);
    const groups = screen.getAllByRole('region').map((g) => g.getAttribute('aria-label'));
    expect(groups).toEqual(['得分超过分值', '总分与明细不符', '扣分未说明原因', '可补填的得分']);
    const overCap = screen.getByRole('region', { name: '得分超过分值' });
    expect(within(overCap).getByText('得分 6 超过分值 5。')).toBeTruthy();
  });

  it('selects the cell of a clicked finding, and walks with 上一处/下一处', async () => {
    const actions = fakeActions();
    renderApp(actions);
    await recalculate();
    openTab(/问题/);
    fireEvent.click(screen.getByText('总分应为 91.5，表上填写 93。'));
    await waitFor(() => expect(actions.selectCell).toHaveBeenLastCalledWith('自评表', 'H58'));
    expect(screen.getByText('第 2 / 4 处')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '下一处' }));
    await waitFor(() => expect(actions.selectCell).toHaveBeenLastCalledWith('自评表', 'I20'));
    fireEvent.click(screen.getByRole('button', { name: '上一处' }));
    fireEvent.click(await screen.findByRole('button', { name: '上一处' }));
    await waitFor(() => expect(actions.selectCell).toHaveBeenLastCalledWith('自评表', 'H14'));
  });

  it('applies a suggested value to its cell', async () => {
    const actions = fakeActions();
    renderApp(actions);
    await recalculate();
    openTab(/问题/);
    fireEvent.click(screen.getByRole('button', { name: '采用建议值 5' }));
    await waitFor(() => expect(actions.applySuggestion).toHaveBeenCalledWith('自评表', 'H14', 5));
    expect(await screen.findByText('已写入建议值。')).toBeTruthy();
  });

  it('shows the message of an action that returns ok:false', async () => {
    const actions = fakeActions({
      recalculate: async () => ({ ok: false, message: '工作表“自评表”受保护，未写入任何内容。' }),
    });
    renderApp(actions);
    fireEvent.click(screen.getByRole('button', { name: /重新计算/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('工作表“自评表”受保护，未写入任何内容。');
    expect(screen.getByText('还没有检查结果')).toBeTruthy();
  });

  it('clears marks and undoes the last write through the actions', async () => {
    const actions = fakeActions();
    renderApp(actions);
    fireEvent.click(screen.getByRole('button', { name: /清除标记/ }));
    expect(await screen.findByText('已清除 4 处标记。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /撤销本次写入/ }));
    expect(await screen.findByText('已恢复 3 个单元格。')).toBeTruthy();
    expect(actions.clearMarks).toHaveBeenCalledTimes(1);
    expect(actions.undoLastWrite).toHaveBeenCalledTimes(1);
  });

  it('shows what the last ribbon command did, once', () => {
    const store = memoryStore({
      'ziping.lastRibbonOutcome': JSON.stringify({
        command: 'recalculate',
        ok: false,
        message: '工作表受保护。',
        at: '2024-05-06T07:08:00Z',
      }),
    });
    renderApp(fakeActions(), store);
    expect(screen.getByRole('alert').textContent).toContain('功能区「重新计算」');
    expect(screen.getByRole('alert').textContent).toContain('工作表受保护。');
    expect(store.map.has('ziping.lastRibbonOutcome')).toBe(false);
  });

  it('shows a ribbon outcome that arrives while the pane is open', async () => {
    const store = renderApp(fakeActions());
    const outcome = JSON.stringify({
      command: 'clearMarks',
      ok: true,
      message: '已清除 6 处标记。',
      at: '2024-05-06T07:08:00Z',
    });
    store.setItem('ziping.lastRibbonOutcome', outcome);
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: 'ziping.lastRibbonOutcome', newValue: outcome }),
      );
    });
    expect((await screen.findByRole('status')).textContent).toContain('功能区「清除标记」');
    expect(store.map.has('ziping.lastRibbonOutcome')).toBe(false);
  });

  it('saves a corrected column mapping for the sheet', async () => {
    const actions = fakeActions();
    renderApp(actions);
    await recalculate();
    openTab(/表格识别/);
    expect(screen.getByText(/表头在第 11 行，指标表范围 A11:I57/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('得分率'), { target: { value: '9' } });
    fireEvent.change(screen.getByLabelText('原因'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: '保存更正' }));
    await waitFor(() =>
      expect(actions.saveMapping).toHaveBeenCalledWith('自评表', {
        columns: { scoreRate: 9, reason: null },
      }),
    );
    expect(await screen.findByText(/已保存更正/)).toBeTruthy();
  });

  it('refuses a malformed table range instead of saving it', async () => {
    const actions = fakeActions();
    renderApp(actions);
    await recalculate();
    openTab(/表格识别/);
    fireEvent.change(screen.getByLabelText('表格范围'), { target: { value: 'A5-I60' } });
    fireEvent.click(screen.getByRole('button', { name: '保存更正' }));
    expect((await screen.findByRole('alert')).textContent).toContain('A5:I60');
    expect(actions.saveMapping).not.toHaveBeenCalled();
  });
});

describe('task pane on an Excel without the needed API', () => {
  it('says so as soon as it opens', async () => {
    const message = '此版本的 Excel 过旧，自评助手无法使用。';
    renderApp(fakeActions({ listSheets: async () => ({ ok: false, message }) }));
    expect((await screen.findByRole('alert')).textContent).toContain(message);
  });
});
