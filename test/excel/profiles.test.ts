/**
 * 评分规则 chosen per sheet: the run under the chosen rules, what the workbook remembers of the
 * choice, and every later run (the pane's, a new adapter's after the pane was closed, the
 * ribbon's) scoring the sheet by it — through the real engine and the fake Excel.
 *
 * The sheet is a project whose budget was 80 % spent with no reason given: 四川's rules (a
 * reason under 90 %) flag the execution line (H5); the national rules detected for it do not.
 */
import { describe, expect, it, vi } from 'vitest';
import { runRibbonCommand } from '../../src/commands/run.js';
import { parseRecord, type RunRecord } from '../../src/engine/plan/record.js';
import type { RecognisedSheet } from '../../src/engine/report.js';
import type { ActionResult, RunOutcome, WorkbookActions } from '../../src/excel/actions.js';
import { fakeSheetFromGrid, type FakeExcel } from '../../src/excel/fake/index.js';
import { createExcelActions, MARK_COLOR } from '../../src/excel/index.js';
import { RUN_RECORD_NAMESPACE, unwrap } from '../../src/excel/workbookStore.js';
import { smallSheet } from '../support/smallSheet.js';
import { memoryStore } from '../taskpane/doubles.js';
import { fromGrid, RUN, setUp, STEP_TIME, summaryOf } from './harness.js';

const SHEET = '项目支出绩效自评表';
const SICHUAN = { sheet: SHEET, profile: 'sichuan-2023' };
const AUTO = { sheet: SHEET, profile: null };

/** 10.00 万元 budgeted, 8.00 spent (80 %), and no reason in the budget block's 原因 (H5). */
const underspent = () =>
  smallSheet({
    budget: [['年度资金总额', 10, 10, 8, '80%', 10, 8]],
    leaves: [{ name: '培训人次', target: '≥300', actual: 300, cap: 90, score: 90 }],
    budgetReason: null,
  });

function sheetOf(result: ActionResult<RunOutcome>): RecognisedSheet {
  const [analysis] = summaryOf(result).analyses;
  if (analysis?.status !== 'recognised') throw new Error('the sheet was not recognised');
  return analysis;
}

/** The run record as stored in the workbook's custom XML part. */
function storedRecord(fake: FakeExcel): RunRecord | null {
  const part = fake.workbook.customXmlParts().find((p) => p.namespaceUri === RUN_RECORD_NAMESPACE);
  return parseRecord(part ? unwrap(part.xml) : null);
}

/** The adapter a newly opened pane (or the ribbon's function file) creates over the same workbook. */
const reopened = (fake: FakeExcel): WorkbookActions =>
  createExcelActions(fake, { now: () => STEP_TIME });

const flagged = (fake: FakeExcel) =>
  fake.workbook.cell(SHEET, 'H5').fill.color === MARK_COLOR.warning;

describe('评分规则 chosen for a sheet', () => {
  it('reruns the sheet under them in one read and one write, and says so', async () => {
    const { fake, actions } = fromGrid(underspent());
    const detected = sheetOf(await actions.recalculate(RUN));
    expect(detected.profile).toMatchObject({ id: 'national-project', chosenBy: 'detection' });
    expect(flagged(fake)).toBe(false);

    const before = fake.syncCount();
    const result = await actions.chooseProfile(SICHUAN, RUN);
    expect(
      fake
        .syncs()
        .slice(before)
        .map((s) => (s.writes > 0 ? 'write' : 'read')),
    ).toEqual(['read', 'write']);
    expect(sheetOf(result).profile).toMatchObject({
      id: 'sichuan-2023',
      chosenBy: 'user',
      evidence: ['由用户选择'],
    });
    expect(result.message).toMatch(
      /^「项目支出绩效自评表」已改用「四川·.+」评分规则，并重新计算。/,
    );
    expect(flagged(fake)).toBe(true);
    expect(fake.workbook.cell(SHEET, 'H5').note).toContain('执行率');
  });

  it('are remembered in the workbook and used by the next run, from a new adapter too, in one read and one write', async () => {
    const { fake, actions } = fromGrid(underspent());
    await actions.chooseProfile(SICHUAN, RUN);
    expect(storedRecord(fake)?.sheets.find((s) => s.sheet === SHEET)?.profile).toBe('sichuan-2023');

    const again = await actions.recalculate(RUN);
    expect(sheetOf(again).profile).toMatchObject({ id: 'sichuan-2023', chosenBy: 'user' });

    // The pane closed and opened again: nothing but the workbook remembers the choice.
    const before = fake.syncCount();
    const reopenedRun = await reopened(fake).recalculate(RUN);
    expect(
      fake
        .syncs()
        .slice(before)
        .map((s) => (s.writes > 0 ? 'write' : 'read')),
    ).toEqual(['read', 'write']);
    expect(sheetOf(reopenedRun).profile).toMatchObject({ id: 'sichuan-2023', chosenBy: 'user' });
    expect(flagged(fake)).toBe(true);
  });

  it('清除标记 keeps them, and the ribbon’s 重新计算 applies them again', async () => {
    const { fake, actions } = fromGrid(underspent());
    await actions.chooseProfile(SICHUAN, RUN);
    await actions.clearMarks();
    expect(flagged(fake)).toBe(false);
    expect(storedRecord(fake)?.sheets.find((s) => s.sheet === SHEET)?.profile).toBe('sichuan-2023');

    const store = memoryStore();
    const event = { completed: vi.fn() };
    await runRibbonCommand(
      'recalculate',
      {
        actions: () => reopened(fake),
        store,
        notify: vi.fn(async () => undefined),
        confirm: vi.fn(async () => ({ write: true as const, remember: false })),
      },
      event,
    );
    expect(event.completed).toHaveBeenCalled();
    expect(flagged(fake)).toBe(true);
    const state = await actions.loadState();
    expect(state.ok && state.value.analyses[0]?.status === 'recognised').toBe(true);
    if (state.ok && state.value.analyses[0]?.status === 'recognised') {
      expect(state.value.analyses[0].profile).toMatchObject({ id: 'sichuan-2023' });
    }
  });

  it('自动识别 forgets them: this run and the next detect the rules again', async () => {
    const { fake, actions } = fromGrid(underspent());
    await actions.chooseProfile(SICHUAN, RUN);
    const auto = await actions.chooseProfile(AUTO, RUN);
    expect(sheetOf(auto).profile).toMatchObject({ id: 'national-project', chosenBy: 'detection' });
    expect(auto.message).toContain('评分规则已改为自动识别');
    expect(flagged(fake)).toBe(false);
    expect(storedRecord(fake)?.sheets.find((s) => s.sheet === SHEET)?.profile).toBeUndefined();
    const next = await reopened(fake).recalculate(RUN);
    expect(sheetOf(next).profile.chosenBy).toBe('detection');
  });

  it('a run that stops at a preview remembers nothing; 确认写入 remembers them', async () => {
    // A workbook Ziping never wrote to: the first write is shown first.
    const { fake, actions } = setUp(fakeSheetFromGrid(underspent()), { parts: [] });
    const first = await actions.chooseProfile(SICHUAN, RUN);
    if (!first.ok || first.value.kind !== 'preview') throw new Error('expected a preview');
    expect(fake.workbook.customXmlParts()).toEqual([]);
    expect(flagged(fake)).toBe(false);

    const confirmed = await actions.chooseProfile(SICHUAN, RUN, {
      token: first.value.preview.token,
      remember: true,
    });
    expect(sheetOf(confirmed).profile.id).toBe('sichuan-2023');
    expect(storedRecord(fake)?.sheets.find((s) => s.sheet === SHEET)?.profile).toBe('sichuan-2023');
  });

  it('撤销 takes the change of rules back with what it marked', async () => {
    const { fake, actions } = fromGrid(underspent());
    await actions.recalculate(RUN);
    await actions.chooseProfile(SICHUAN, RUN);
    const undone = await actions.undoLastWrite();
    expect(undone.message).toMatch(/^撤销：\d\d:\d\d 重新计算 更换评分规则，改动 \d+ 处。$/);
    expect(flagged(fake)).toBe(false);
    expect(undone.ok && undone.value.analyses[0]?.status === 'recognised').toBe(true);
    expect(storedRecord(fake)?.sheets.find((s) => s.sheet === SHEET)?.profile).toBeUndefined();
    const next = await actions.recalculate(RUN);
    expect(sheetOf(next).profile.chosenBy).toBe('detection');
  });

  it('are kept per sheet: choosing them for one sheet reruns that sheet only', async () => {
    const other = { ...underspent(), sheet: '另一个项目' };
    const { fake, actions } = fromGrid(underspent(), {
      sheets: [fakeSheetFromGrid(other)],
    });
    const both = { ...RUN, sheets: [SHEET, '另一个项目'] };
    await actions.recalculate(both);
    const chosen = await actions.chooseProfile(SICHUAN, both);
    expect(summaryOf(chosen).analyses.map((a) => a.sheet)).toEqual([SHEET]);

    const next = summaryOf(await reopened(fake).recalculate(both)).analyses;
    expect(
      next.map((a) => [a.sheet, a.status === 'recognised' ? a.profile.chosenBy : null]),
    ).toEqual([
      [SHEET, 'user'],
      ['另一个项目', 'detection'],
    ]);
  });

  it('refuses rules it does not know, before reading anything', async () => {
    const { fake, actions } = fromGrid(underspent());
    const result = await actions.chooseProfile({ sheet: SHEET, profile: 'no-such' }, RUN);
    expect(result).toEqual({
      ok: false,
      message: '没有编号为「no-such」的评分规则，未做任何修改。',
    });
    expect(fake.syncCount()).toBe(0);
  });
});
