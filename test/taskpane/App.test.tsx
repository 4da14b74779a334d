// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App.js';
import type { WorkbookActions } from '../../src/excel/actions.js';
import {
  fakeActions,
  memoryStore,
  samplePreview,
  sampleSheet,
  sampleSummary,
  withFindings,
  written,
} from './doubles.js';

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
  await screen.findByTestId('status');
}

function openTab(name: RegExp) {
  fireEvent.click(screen.getByRole('tab', { name }));
}

const banner = () => screen.getByTestId('status');

describe('task pane', () => {
  it('shows an empty state before the first run', () => {
    renderApp(fakeActions());
    expect(screen.getByText('还没有检查结果')).toBeTruthy();
  });

  it('after a run opens 问题, selects the first error’s cell and says the outcome in one red line', async () => {
    const actions = fakeActions();
    renderApp(actions);
    await recalculate();
    expect(screen.getByRole('tab', { name: /问题（4）/ }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await waitFor(() => expect(actions.selectCell).toHaveBeenCalledWith('自评表', 'H14'));
    expect(screen.getByText('第 1 / 4 处')).toBeTruthy();
    expect(banner().getAttribute('data-intent')).toBe('error');
    expect(banner().textContent).toBe('发现 2 个错误、1 个警告');
  });

  it('colours the banner by the worst finding: amber for warnings, green when clean', async () => {
    const warnings = withFindings(sampleSheet.findings.filter((f) => f.severity !== 'error'));
    const clean = withFindings([]);
    const results = [written(warnings), written(clean)];
    const actions = fakeActions({ recalculate: async () => results.shift() ?? written() });
    renderApp(actions);
    await recalculate();
    expect(banner().getAttribute('data-intent')).toBe('warning');
    expect(banner().textContent).toBe('发现 1 个警告');
    fireEvent.click(screen.getByRole('button', { name: /重新计算/ }));
    await waitFor(() => expect(banner().getAttribute('data-intent')).toBe('success'));
    expect(banner().textContent).toBe('检查完成，未发现错误或警告');
    // A clean run stays on 概览; the banner can be dismissed.
    expect(screen.getByRole('tab', { name: /概览/ }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '关闭提示' }));
    expect(screen.queryByTestId('status')).toBeNull();
  });

  it('summarises the run: blocks, indicators, total against cap, grade and counts', async () => {
    renderApp(fakeActions());
    await recalculate();
    openTab(/概览/);
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
    expect(screen.getByTestId('footnote').textContent).toContain(
      '本次写入 3 个单元格，标记 4 个单元格。问题说明已写在单元格备注中。',
    );
  });

  it('says the notes were switched off by the user, not missing from Excel', async () => {
    const actions = fakeActions({
      recalculate: async () => written({ ...sampleSummary, noteSupport: 'off' }),
    });
    renderApp(actions);
    await recalculate();
    openTab(/概览/);
    expect(screen.getByTestId('footnote').textContent).toContain('您在「选项」中关闭了备注');
  });

  it('passes the chosen options to recalculate and remembers them', async () => {
    const actions = fakeActions();
    const store = renderApp(actions);
    openTab(/选项/);
    fireEvent.click(await screen.findByRole('switch', { name: '写入计算结果' }));
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

  it('lists findings grouped by rule, errors first, each with its severity in words and icon', async () => {
    renderApp(fakeActions());
    await recalculate();
    const groups = screen.getAllByRole('region').map((g) => g.getAttribute('aria-label'));
    expect(groups).toEqual(['得分超过分值', '总分与明细不符', '扣分未说明原因', '可补填的得分']);
    const overCap = screen.getByRole('region', { name: '得分超过分值' });
    expect(within(overCap).getByText('得分 6 超过分值 5。')).toBeTruthy();
    expect(within(overCap).getAllByRole('img', { name: '错误' }).length).toBeGreaterThan(0);
    const missing = screen.getByRole('region', { name: '扣分未说明原因' });
    expect(within(missing).getAllByRole('img', { name: '警告' }).length).toBeGreaterThan(0);
  });

  it('walks the findings with 上一处/下一处, selecting each cell', async () => {
    const actions = fakeActions();
    renderApp(actions);
    await recalculate();
    fireEvent.click(screen.getByText('总分应为 91.5，表上填写 93。'));
    await waitFor(() => expect(actions.selectCell).toHaveBeenLastCalledWith('自评表', 'H58'));
    expect(screen.getByText('第 2 / 4 处')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '下一处' }));
    await waitFor(() => expect(actions.selectCell).toHaveBeenLastCalledWith('自评表', 'I20'));
    fireEvent.click(screen.getByRole('button', { name: '上一处' }));
    fireEvent.click(await screen.findByRole('button', { name: '上一处' }));
    await waitFor(() => expect(actions.selectCell).toHaveBeenLastCalledWith('自评表', 'H14'));
  });

  it('applies a suggested value with the run options, and lists what the rerun found', async () => {
    const actions = fakeActions();
    renderApp(actions);
    await recalculate();
    fireEvent.click(screen.getByRole('button', { name: '采用建议值 5' }));
    await waitFor(() =>
      expect(actions.applySuggestion).toHaveBeenCalledWith(
        { sheet: '自评表', address: 'H14', value: 5 },
        { writeValues: true, notes: true, sheets: 'active' },
      ),
    );
    await screen.findByRole('tab', { name: /问题（3）/ });
    expect(screen.queryByRole('button', { name: '采用建议值 5' })).toBeNull();
    expect(screen.queryByText('得分 6 超过分值 5。')).toBeNull();
  });

  it('after a suggestion on one of several sheets, still lists the others', async () => {
    const other = { ...sampleSheet, sheet: '附表' };
    const actions = fakeActions({
      recalculate: async () => written({ ...sampleSummary, analyses: [sampleSheet, other] }),
    });
    renderApp(actions);
    await recalculate();
    await screen.findByRole('tab', { name: /问题（8）/ });
    fireEvent.click(screen.getAllByRole('button', { name: '采用建议值 5' })[0]!);
    // 自评表 reran with 3 findings; 附表 keeps its 4.
    expect(await screen.findByRole('tab', { name: /问题（7）/ })).toBeTruthy();
  });

  it('shows what a run would write and writes it on 确认写入, remembering 以后直接写入', async () => {
    const answers = [
      {
        ok: true as const,
        value: { kind: 'preview' as const, preview: samplePreview },
        message: '请核对将要写入的内容，确认后才会写入。',
      },
    ];
    const actions = fakeActions({
      recalculate: async (_o, confirm) => (confirm ? written() : (answers.shift() ?? written())),
    });
    const spy = actions.recalculate;
    renderApp({ ...actions, recalculate: spy });
    fireEvent.click(screen.getByRole('button', { name: /重新计算/ }));
    const preview = await screen.findByTestId('preview');
    expect(within(preview).getByText('这是自评助手第一次改动「自评表」。')).toBeTruthy();
    const entry = within(preview).getByTestId('preview-entry');
    expect(entry.textContent).toContain('H58');
    expect(entry.textContent).toContain('93');
    expect(entry.textContent).toContain('91.5');
    expect(entry.textContent).toContain('总分按各项得分重新合计');
    expect(within(preview).getByText(/另标记 2 个单元格/)).toBeTruthy();
    fireEvent.click(within(preview).getByRole('checkbox', { name: /以后直接写入/ }));
    fireEvent.click(within(preview).getByRole('button', { name: '确认写入' }));
    await screen.findByRole('tab', { name: /问题（4）/ });
    expect(screen.queryByTestId('preview')).toBeNull();
  });

  it('cancels a preview without writing', async () => {
    const actions = fakeActions({
      recalculate: async () => ({
        ok: true,
        value: { kind: 'preview', preview: samplePreview },
        message: '请核对将要写入的内容，确认后才会写入。',
      }),
    });
    renderApp(actions);
    fireEvent.click(screen.getByRole('button', { name: /重新计算/ }));
    fireEvent.click(await screen.findByRole('button', { name: '取消' }));
    expect(banner().textContent).toBe('已取消，未做任何修改。');
    expect(screen.getByText('还没有检查结果')).toBeTruthy();
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

  it('after 撤销上一步 or 清除标记 lists what is on the sheet now', async () => {
    const actions = fakeActions();
    renderApp(actions);
    await recalculate();
    fireEvent.click(screen.getByRole('button', { name: /清除标记/ }));
    expect(await screen.findByText('已清除 4 处标记。')).toBeTruthy();
    expect(screen.getByRole('tab', { name: /问题（0）/ })).toBeTruthy();
    expect(screen.getByText('表上没有自评助手的标记')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /采用建议值/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /撤销上一步/ }));
    expect(await screen.findByText('撤销：14:02 重新计算，改动 3 处。')).toBeTruthy();
    expect(actions.clearMarks).toHaveBeenCalledTimes(1);
    expect(actions.undoLastWrite).toHaveBeenCalledTimes(1);
  });

  it('names the step 撤销上一步 would take back', async () => {
    renderApp(fakeActions());
    await recalculate();
    expect(screen.getByRole('button', { name: /撤销上一步/ }).getAttribute('title')).toBe(
      '撤销：14:02 重新计算',
    );
  });

  it('on opening lists the findings behind the marks already on the sheet', async () => {
    const actions = fakeActions({
      loadState: async () => ({ ok: true, value: sampleSummary, message: '' }),
    });
    renderApp(actions);
    expect(await screen.findByRole('tab', { name: /问题（4）/ })).toBeTruthy();
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

  it('shows a ribbon outcome that arrives while the pane is open, and reads the sheet’s state', async () => {
    const actions = fakeActions();
    const store = renderApp(actions);
    await waitFor(() => expect(actions.loadState).toHaveBeenCalledTimes(1));
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
    await waitFor(() => expect(actions.loadState).toHaveBeenCalledTimes(2));
  });
});

describe('the mapping correction', () => {
  async function openMapping(actions = fakeActions()) {
    renderApp(actions);
    await recalculate();
    openTab(/表格识别/);
    await screen.findByText(/正在使用：表头在第 11 行，指标表范围 A11:I57/);
    return actions;
  }

  it('shows each column as its letter and header text', async () => {
    await openMapping();
    const score = screen.getByRole('combobox', { name: '得分' }) as HTMLSelectElement;
    expect(score.selectedOptions[0]?.textContent).toBe('H 列 · 得分');
    expect([...score.options].map((o) => o.textContent)).toContain('G 列 · 分值');
  });

  it('saves a valid correction and recalculates with it', async () => {
    const actions = await openMapping();
    fireEvent.change(screen.getByRole('combobox', { name: '得分率' }), { target: { value: '8' } });
    fireEvent.change(screen.getByRole('combobox', { name: '原因' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('textbox', { name: '表格范围' }), {
      target: { value: 'Ａ１１：Ｉ５７' },
    });
    fireEvent.click(screen.getByRole('button', { name: '保存更正' }));
    await waitFor(() =>
      expect(actions.saveMapping).toHaveBeenCalledWith('自评表', {
        columns: { scoreRate: 8, reason: null },
      }),
    );
    await waitFor(() => expect(actions.recalculate).toHaveBeenCalledTimes(2));
  });

  it('flags each wrong field where it is, and saves nothing', async () => {
    const actions = await openMapping();
    fireEvent.change(screen.getByRole('textbox', { name: '表头行' }), { target: { value: '5' } });
    fireEvent.change(screen.getByRole('combobox', { name: '得分' }), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: '保存更正' }));
    expect(await screen.findByText('表头行应在表格范围之内（第 11–57 行）。')).toBeTruthy();
    expect(screen.getByText('请选择「得分」所在的列。')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: '得分率' }), { target: { value: '6' } });
    expect(await screen.findByText('G 列已选作「分值」，每列只能对应一项。')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: '表格范围' }), {
      target: { value: 'A5-I60' },
    });
    fireEvent.click(screen.getByRole('button', { name: '保存更正' }));
    expect(await screen.findByText(/表格范围的写法应像 A20:I65/)).toBeTruthy();
    expect(actions.saveMapping).not.toHaveBeenCalled();
  });

  it('恢复自动识别 removes the correction and recalculates, so the form shows what is used', async () => {
    const actions = fakeActions({
      loadMapping: async () => ({ ok: true, value: { headerRow: 10 }, message: '' }),
    });
    await openMapping(actions);
    expect(screen.getByText(/按您保存的更正/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '恢复自动识别' }));
    await waitFor(() => expect(actions.saveMapping).toHaveBeenCalledWith('自评表', null));
    await waitFor(() => expect(actions.recalculate).toHaveBeenCalledTimes(2));
  });

  it('asks to confirm a table read without confidence, and saves the confirmation', async () => {
    const unsure = {
      ...sampleSheet,
      confidence: { level: 'unsure' as const, reasons: ['各项分值合计 187，满分 100'] },
    };
    const actions = fakeActions({
      recalculate: async () => written({ ...sampleSummary, analyses: [unsure] }),
    });
    renderApp(actions);
    await recalculate();
    expect(banner().textContent).toContain('识别结果不确定，未写入总分和等级');
    openTab(/概览/);
    expect(screen.getByTestId('unsure').textContent).toContain('各项分值合计 187，满分 100');
    fireEvent.click(screen.getByRole('button', { name: '核对表格识别' }));
    fireEvent.click(await screen.findByRole('button', { name: '确认无误' }));
    await waitFor(() =>
      expect(actions.saveMapping).toHaveBeenCalledWith('自评表', { confirmed: true }),
    );
  });
});

describe('task pane on an Excel without the needed API', () => {
  it('says so as soon as it opens', async () => {
    const message = '此版本的 Excel 过旧，自评助手无法使用。';
    renderApp(fakeActions({ listSheets: async () => ({ ok: false, message }) }));
    expect((await screen.findByRole('alert')).textContent).toContain(message);
  });
});
