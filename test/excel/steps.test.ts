/**
 * The state that stays true: a preview before the first write and before overwriting what the
 * user typed, suggestions that rerun the sheet in the same one read and one write, undo step by
 * step, and the findings the pane lists after undo, clear and reopening.
 */
import { describe, expect, it } from 'vitest';
import { MARK_COLOR } from '../../src/engine/plan/fill.js';
import { createExcelActions } from '../../src/excel/index.js';
import { exampleGrid, withCells } from '../support/grids.js';
import { fromGrid, RUN, STEP_TIME, summaryOf } from './harness.js';

const SEED = () => exampleGrid('shangjie-2021.xlsx');
/** A workbook Ziping never touched: no record, so the first change is previewed. */
const FRESH = { parts: [] };

describe('a preview before writing', () => {
  it('shows the first run on a sheet, writes nothing, and writes it on 确认', async () => {
    const { fake, actions, sheet } = fromGrid(withCells(SEED(), { H5: 95 }), FRESH);
    const before = fake.workbook.dump();
    const first = await actions.recalculate(RUN);
    expect(first).toMatchObject({ ok: true, value: { kind: 'preview' } });
    if (!first.ok || first.value.kind !== 'preview') return;
    const { preview } = first.value;
    expect(preview.reasons.join('')).toContain('第一次改动');
    expect(preview.reasons.join('')).toContain('已填写的 1 个单元格');
    expect(preview.sheets[0]?.entries).toEqual([
      expect.objectContaining({ address: 'H5', before: '95', after: '99.5', overwrites: true }),
    ]);
    expect(preview.sheets[0]?.entries[0]?.why).toContain('总分按各项得分重新合计');
    expect(preview.sheets[0]?.marks.map((m) => m.address)).toContain('H39');
    expect(fake.syncs().map((s) => s.writes)).toEqual([0]);
    expect(fake.workbook.dump()).toEqual(before);

    fake.resetCounts();
    const written = summaryOf(
      await actions.recalculate(RUN, { token: preview.token, remember: false }),
    );
    expect(written.written).toBe(1);
    expect(fake.syncs().map((s) => (s.writes > 0 ? 'write' : 'read'))).toEqual(['read', 'write']);
    expect(fake.workbook.cell(sheet, 'H5').value).toBe(99.5);
    // Once confirmed, a rerun that only replaces Ziping's own output writes at once.
    const again = await actions.recalculate(RUN);
    expect(again).toMatchObject({ ok: true, value: { kind: 'written' } });
  });

  it('previews again, writing nothing, when the sheet changed after the preview', async () => {
    const { fake, actions, sheet } = fromGrid(withCells(SEED(), { H5: 95 }), FRESH);
    const first = await actions.recalculate(RUN);
    if (!first.ok || first.value.kind !== 'preview') throw new Error('no preview');
    fake.workbook.setCell(sheet, 'H5', { value: 96 });
    const stale = await actions.recalculate(RUN, {
      token: first.value.preview.token,
      remember: false,
    });
    expect(stale).toMatchObject({ ok: true, value: { kind: 'preview' } });
    expect(stale.message).toContain('预览之后表格有了变化');
    expect(fake.workbook.cell(sheet, 'H5').value).toBe(96);
  });

  it('asks again before overwriting a value the user typed, unless 以后直接写入 was chosen', async () => {
    const { fake, actions, sheet } = fromGrid(SEED(), FRESH);
    const first = await actions.recalculate(RUN);
    if (!first.ok || first.value.kind !== 'preview') throw new Error('no preview');
    summaryOf(
      await actions.recalculate(RUN, { token: first.value.preview.token, remember: false }),
    );
    // The user types a wrong total: the next run would overwrite it, so it asks.
    fake.workbook.setCell(sheet, 'H5', { value: 90 });
    const asked = await actions.recalculate(RUN);
    expect(asked).toMatchObject({ ok: true, value: { kind: 'preview' } });
    if (!asked.ok || asked.value.kind !== 'preview') return;
    expect(asked.value.preview.reasons).toEqual([expect.stringContaining('已填写的 1 个单元格')]);
    summaryOf(await actions.recalculate(RUN, { token: asked.value.preview.token, remember: true }));
    // 以后直接写入 is remembered in the workbook: a new adapter (a reopened pane) writes at once.
    fake.workbook.setCell(sheet, 'H5', { value: 91 });
    const direct = await createExcelActions(fake).recalculate(RUN);
    expect(direct).toMatchObject({ ok: true, value: { kind: 'written' } });
    expect(fake.workbook.cell(sheet, 'H5').value).toBe(99.5);
  });
});

describe('采用建议值', () => {
  it('reruns the sheet with the value: its mark and note, the total and the list become current, in one read and one write', async () => {
    const { fake, actions, sheet } = fromGrid(SEED());
    const ran = summaryOf(await actions.recalculate(RUN));
    const offered = ran.analyses[0]?.status === 'recognised' ? ran.analyses[0].findings : [];
    expect(offered.find((f) => f.cell === 'H39')?.suggestion).toBe(0.67);
    expect(fake.workbook.cell(sheet, 'H39').fill.color).toBe(MARK_COLOR.warning);

    fake.resetCounts();
    const applied = summaryOf(
      await actions.applySuggestion({ sheet, address: 'H39', value: 0.67 }, RUN),
    );
    expect(fake.syncs().map((s) => (s.writes > 0 ? 'write' : 'read'))).toEqual(['read', 'write']);
    expect(fake.workbook.cell(sheet, 'H39')).toMatchObject({
      value: 0.67,
      fill: expect.objectContaining({ color: MARK_COLOR.info }),
      note: expect.stringContaining('得分由自评助手写入 0.67，原为 0.5。'),
    });
    expect(fake.workbook.cell(sheet, 'H39').note).not.toContain('表中为 0.5 分');
    expect(fake.workbook.cell(sheet, 'H5').value).toBe(99.67);
    expect(fake.workbook.cell(sheet, 'H5').note).toContain('总分由自评助手写入 99.67，原为 99.5。');
    const analysis = applied.analyses[0];
    expect(analysis?.status === 'recognised' && analysis.total).toMatchObject({
      score: 99.67,
      stated: 99.67,
    });
    const findings = analysis?.status === 'recognised' ? analysis.findings : [];
    expect(findings.some((f) => f.cell === 'H39' && f.suggestion !== undefined)).toBe(false);
    // The next run agrees with what the suggestion wrote: nothing left to flag at H5 or H39.
    const rerun = summaryOf(await actions.recalculate(RUN));
    const after = rerun.analyses[0]?.status === 'recognised' ? rerun.analyses[0].findings : [];
    expect(after.filter((f) => f.severity !== 'info').map((f) => f.cell)).not.toContain('H5');

    // Undoing the rerun, then the suggestion (one step with its rerun): 0.5, the old total and
    // the amber mark are back.
    expect((await actions.undoLastWrite()).message).toMatch(/重新计算/);
    const undone = await actions.undoLastWrite();
    expect(undone.message).toMatch(/采用建议值 H39 → 0\.67/);
    expect(fake.workbook.cell(sheet, 'H39')).toMatchObject({ value: 0.5 });
    expect(fake.workbook.cell(sheet, 'H39').fill.color).toBe(MARK_COLOR.warning);
    expect(fake.workbook.cell(sheet, 'H5').value).toBe(99.5);
  });
});

describe('a total Ziping wrote, made stale by an edit', () => {
  it('is rewritten by the next run without being listed as the user’s error', async () => {
    const { fake, actions, sheet } = fromGrid(withCells(SEED(), { H5: 95 }));
    const first = summaryOf(await actions.recalculate(RUN));
    const rules = (s: typeof first) =>
      s.analyses[0]?.status === 'recognised' ? s.analyses[0].findings.map((f) => f.rule) : [];
    // The user's own wrong total is an error.
    expect(rules(first)).toContain('total-mismatch');
    fake.workbook.setCell(sheet, 'H25', { value: 0.5 });
    const second = summaryOf(await actions.recalculate(RUN));
    expect(fake.workbook.cell(sheet, 'H5').value).toBe(99);
    expect(rules(second)).not.toContain('total-mismatch');
    expect(fake.workbook.cell(sheet, 'H5')).toMatchObject({
      fill: expect.objectContaining({ color: MARK_COLOR.info }),
      note: expect.stringContaining('总分由自评助手写入 99，原为 99.5。'),
    });
  });
});

describe('what the pane lists', () => {
  it('after 清除标记: nothing; after reopening: the findings behind the marks; after undo: the state before', async () => {
    const { fake, actions } = fromGrid(withCells(SEED(), { H5: 95 }));
    const ran = summaryOf(await actions.recalculate(RUN));
    const findings = (ran.analyses[0]?.status === 'recognised' && ran.analyses[0].findings) || [];
    expect(findings.length).toBeGreaterThan(0);
    expect(ran.undo).toBe(
      `${String(STEP_TIME.getHours()).padStart(2, '0')}:${String(STEP_TIME.getMinutes()).padStart(2, '0')} 重新计算`,
    );

    const state = await createExcelActions(fake).loadState();
    expect(state).toMatchObject({ ok: true, value: { undo: ran.undo } });
    expect(state.ok && state.value.analyses[0]).toEqual(ran.analyses[0]);

    const cleared = await actions.clearMarks();
    expect(cleared).toMatchObject({ ok: true, value: { analyses: [] } });
    // The written total stays undoable after the marks are gone.
    const undone = await actions.undoLastWrite();
    expect(undone).toMatchObject({ ok: true, value: { analyses: [], undo: null } });
  });
});
