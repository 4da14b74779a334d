// @vitest-environment jsdom
/**
 * The 评分规则 a sheet was checked by, in the pane's 概览: shown with their document and why
 * (detected, unsure, or chosen by the user), and changed from a list of every profile.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App.js';
import { DEFAULT_RUN_OPTIONS, type WorkbookActions } from '../../src/excel/actions.js';
import { PROFILES, profileById, sourceLine } from '../../src/engine/index.js';
import type { ProfileChoice } from '../../src/engine/report.js';
import {
  fakeActions,
  memoryStore,
  samplePreview,
  sampleSheet,
  sampleSummary,
  underRules,
  written,
} from './doubles.js';

afterEach(cleanup);

const SICHUAN = profileById('sichuan-2023')!;

/** The pane after a run whose sheet was checked by `profile`. */
async function afterRun(profile: ProfileChoice, overrides: Partial<WorkbookActions> = {}) {
  const actions = fakeActions({
    recalculate: vi.fn(async () =>
      written({ ...sampleSummary, analyses: [{ ...sampleSheet, profile }] }),
    ),
    ...overrides,
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <App actions={actions} store={memoryStore()} />
    </FluentProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: /重新计算/ }));
  await screen.findByTestId('status');
  fireEvent.click(screen.getByRole('tab', { name: /概览/ }));
  return actions;
}

const chooser = () => screen.findByRole('combobox', { name: '更改评分规则' });

async function choose(option: RegExp) {
  fireEvent.click(await chooser());
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

const userChoice: ProfileChoice = {
  id: SICHUAN.id,
  name: SICHUAN.name,
  source: sourceLine(SICHUAN.source),
  evidence: ['由用户选择'],
  sure: true,
  chosenBy: 'user',
};

describe('the 评分规则 of a sheet', () => {
  it('names the rules detected, their document in one line and what was seen on the sheet', async () => {
    await afterRun(sampleSheet.profile);
    const rules = screen.getByTestId('rules');
    expect(within(rules).getByTestId('rules-name').textContent).toBe(sampleSheet.profile.name);
    expect(within(rules).getByTestId('rules-source').textContent).toBe(
      '出处：项目支出绩效评价管理办法（财政部，财预〔2020〕10号，2020年）',
    );
    expect(within(rules).getByTestId('rules-why').textContent).toBe(
      '识别依据：未见地区、表号或地方模板的特征',
    );
    expect(within(rules).queryByTestId('rules-unsure')).toBeNull();
    expect((await chooser()).textContent).toBe('自动识别');
  });

  it('says plainly when detection is unsure, with what it saw, and asks the user to choose', async () => {
    await afterRun({
      ...sampleSheet.profile,
      id: 'yueyang-department',
      name: '湖南岳阳·部门整体支出绩效评价评分表',
      evidence: ['标题含「部门整体」', '未见地区或表号'],
      sure: false,
    });
    const unsure = screen.getByTestId('rules-unsure');
    expect(unsure.getAttribute('role')).toBe('note');
    expect(unsure.textContent).toContain(
      '无法确定此表适用哪套评分规则（标题含「部门整体」；未见地区或表号）',
    );
    expect(unsure.textContent).toContain('请在下面选择此表适用的规则');
    expect(screen.queryByTestId('rules-why')).toBeNull();
  });

  it('shows rules the user chose as 由用户选择, selected in the list', async () => {
    await afterRun(userChoice);
    expect(screen.getByTestId('rules-name').textContent).toBe(SICHUAN.name);
    expect(screen.getByTestId('rules-why').textContent).toBe('由用户选择');
    expect((await chooser()).textContent).toBe(SICHUAN.name);
  });

  it('offers 自动识别 and every profile, each with the document it follows', async () => {
    await afterRun(sampleSheet.profile);
    fireEvent.click(await chooser());
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(PROFILES.length + 1);
    expect(options[0]?.textContent).toContain('自动识别');
    PROFILES.forEach((p, i) => {
      expect(options[i + 1]?.textContent).toBe(p.name + sourceLine(p.source));
    });
  });

  it('changing them reruns the sheet under the chosen rules, and the pane says so', async () => {
    const actions = await afterRun(sampleSheet.profile);
    await choose(/^四川/);
    await waitFor(() =>
      expect(actions.chooseProfile).toHaveBeenCalledWith(
        { sheet: '自评表', profile: 'sichuan-2023' },
        DEFAULT_RUN_OPTIONS,
      ),
    );
    await waitFor(() => expect(screen.getByTestId('rules-name').textContent).toBe(SICHUAN.name));
    expect(screen.getByTestId('rules-why').textContent).toBe('由用户选择');
    // The user stays with the rules just chosen rather than being taken to 问题.
    expect(screen.getByRole('tab', { name: /概览/ }).getAttribute('aria-selected')).toBe('true');
    expect(actions.recalculate).toHaveBeenCalledTimes(1);
  });

  it('自动识别 gives the choice back to detection', async () => {
    const actions = await afterRun(userChoice);
    await choose(/^自动识别/);
    await waitFor(() =>
      expect(actions.chooseProfile).toHaveBeenCalledWith(
        { sheet: '自评表', profile: null },
        DEFAULT_RUN_OPTIONS,
      ),
    );
    await waitFor(() =>
      expect(screen.getByTestId('rules-why').textContent).toBe(
        '识别依据：未见地区、表号或地方模板的特征',
      ),
    );
  });

  it('choosing the rules already used reruns nothing', async () => {
    const actions = await afterRun(userChoice);
    await choose(/^四川/);
    expect(actions.chooseProfile).not.toHaveBeenCalled();
  });

  it('a change that needs a preview writes only on 确认写入; 取消 keeps the rules shown', async () => {
    const chooseProfile = vi.fn(async (selection, _options, confirm) =>
      confirm
        ? written(underRules(selection))
        : {
            ok: true as const,
            value: { kind: 'preview' as const, preview: samplePreview },
            message: '请核对将要写入的内容，确认后才会写入。',
          },
    ) as WorkbookActions['chooseProfile'];
    const actions = await afterRun(sampleSheet.profile, { chooseProfile });

    await choose(/^四川/);
    await screen.findByTestId('preview');
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.getByTestId('rules-name').textContent).toBe(sampleSheet.profile.name);
    expect((await chooser()).textContent).toBe('自动识别');

    await choose(/^四川/);
    await screen.findByTestId('preview');
    fireEvent.click(screen.getByRole('button', { name: '确认写入' }));
    await waitFor(() => expect(screen.getByTestId('rules-name').textContent).toBe(SICHUAN.name));
    expect(actions.chooseProfile).toHaveBeenLastCalledWith(
      { sheet: '自评表', profile: 'sichuan-2023' },
      DEFAULT_RUN_OPTIONS,
      { token: 'tok-1', remember: false },
    );
  });

  it('a record saved before profiles existed lists its sheet without rules, not an error', async () => {
    // As JSON keeps it: the record's analysis has no `profile` key at all.
    const analysis: unknown = JSON.parse(JSON.stringify({ ...sampleSheet, profile: undefined }));
    const actions = fakeActions({
      loadState: vi.fn(async () => ({
        ok: true as const,
        value: { analyses: [analysis as typeof sampleSheet], undo: null, headers: {} },
        message: '',
      })),
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <App actions={actions} store={memoryStore()} />
      </FluentProvider>,
    );
    expect(await screen.findByText('指标表 45 项')).toBeTruthy();
    expect(screen.queryByTestId('rules')).toBeNull();
  });

  it('cannot be changed while an action runs', async () => {
    let finish: () => void = () => undefined;
    const chooseProfile = vi.fn(
      (selection) =>
        new Promise((resolve) => {
          finish = () => resolve(written(underRules(selection)));
        }),
    ) as WorkbookActions['chooseProfile'];
    await afterRun(sampleSheet.profile, { chooseProfile });
    await choose(/^四川/);
    await waitFor(async () => expect((await chooser()).hasAttribute('disabled')).toBe(true));
    finish();
    await waitFor(async () => expect((await chooser()).hasAttribute('disabled')).toBe(false));
  });
});
