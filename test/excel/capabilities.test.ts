/** Requirement sets decide at run time: notes, else threaded comments, else the pane only. */
import { describe, expect, it } from 'vitest';
import { MARK_COLOR, NOTE_TAG, UNSUPPORTED_HOST_MESSAGE } from '../../src/excel/index.js';
import { detectCapabilities, MINIMUM_REQUIREMENT } from '../../src/excel/capabilities.js';
import { exampleGrid, withCells } from '../support/grids.js';
import { fromGrid, HAND_SHEET, mark, planned, RUN, setUp, summaryOf } from './harness.js';

const withApi = (version: string) => ({ requirementSets: { ExcelApi: version } });
const plan = { values: [], marks: [mark('D4', 'error', '得分超过分值')] };

describe('requirement sets', () => {
  it('uses notes with ExcelApi 1.18', async () => {
    const { fake, actions, sheet } = setUp(HAND_SHEET, withApi('1.18'), planned(plan));
    expect(await actions.recalculate(RUN)).toMatchObject({
      ok: true,
      value: { kind: 'written', summary: { noteSupport: 'notes' } },
    });
    expect(fake.workbook.cell(sheet, 'D4')).toMatchObject({
      note: `${NOTE_TAG}\n得分超过分值`,
      comment: null,
    });
  });

  it('falls back to threaded comments without 1.18, and removes only its own on the next run', async () => {
    const { fake, actions, sheet } = setUp(HAND_SHEET, withApi('1.17'), planned(plan));
    fake.workbook.addComment(sheet, 'C4', '用户的线程批注');
    const result = await actions.recalculate(RUN);
    expect(result).toMatchObject({
      ok: true,
      value: { kind: 'written', summary: { noteSupport: 'comments' } },
    });
    expect(result.message).toContain('说明写在单元格批注中');
    expect(fake.workbook.cell(sheet, 'D4')).toMatchObject({
      comment: `${NOTE_TAG}\n得分超过分值`,
      note: null,
    });
    await actions.clearMarks();
    expect(fake.workbook.cell(sheet, 'D4').comment).toBeNull();
    expect(fake.workbook.cell(sheet, 'C4').comment).toBe('用户的线程批注');
  });

  it('marks with fills only and lists the explanations in the pane without 1.10', async () => {
    const { fake, actions, sheet } = setUp(HAND_SHEET, withApi('1.9'), planned(plan));
    const result = await actions.recalculate(RUN);
    expect(result).toMatchObject({
      ok: true,
      value: { kind: 'written', summary: { noteSupport: 'none', marked: 1 } },
    });
    expect(result.message).toContain('仅在面板中列出');
    expect(fake.workbook.cell(sheet, 'D4')).toMatchObject({
      note: null,
      comment: null,
      fill: { color: MARK_COLOR.error },
    });
    expect((await actions.undoLastWrite()).ok).toBe(true);
    expect(fake.workbook.cell(sheet, 'D4').fill.pattern).toBe('None');
  });

  it('gives a clear message below the minimum, without touching the workbook', async () => {
    const { fake, actions } = setUp(HAND_SHEET, withApi('1.8'), planned(plan));
    for (const result of [
      await actions.recalculate(RUN),
      await actions.undoLastWrite(),
      await actions.listSheets(),
    ]) {
      expect(result).toEqual({ ok: false, message: UNSUPPORTED_HOST_MESSAGE });
    }
    expect(fake.syncCount()).toBe(0);
  });

  it('declares ExcelApi 1.9 as the minimum', () => {
    expect(MINIMUM_REQUIREMENT).toEqual({ name: 'ExcelApi', minVersion: '1.9' });
    const host = (version: string) => setUp(HAND_SHEET, withApi(version)).fake.Office;
    expect(detectCapabilities(host('1.8'))).toBeNull();
    expect(detectCapabilities(host('1.9'))).toEqual({
      notes: false,
      comments: false,
      mergedAreas: false,
      undoGroup: false,
    });
  });

  it('groups the run into one undo step with 1.20, and waits out a cell edit', async () => {
    const grouped = setUp(HAND_SHEET, withApi('1.20'), planned(plan));
    await grouped.actions.recalculate(RUN);
    expect(grouped.fake.runs()).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }]);
    const older = setUp(HAND_SHEET, withApi('1.19'), planned(plan));
    await older.actions.recalculate(RUN);
    expect(older.fake.runs()).toEqual([{ delayForCellEdit: true }]);
  });

  it('reads flattened level cells without getMergedAreas (before 1.13), with the same result', async () => {
    const grid = withCells(exampleGrid('shangjie-2021.xlsx'), { H5: 95 });
    const modern = fromGrid(grid);
    // The sheet still has its merges; the host just cannot report them.
    const old = fromGrid(grid, withApi('1.12'));
    const a = summaryOf(await modern.actions.recalculate(RUN));
    const b = summaryOf(await old.actions.recalculate(RUN));
    expect(b.noteSupport).toBe('comments');
    expect(b.written).toBe(a.written);
    expect(b.marked).toBe(a.marked);
  });
});
