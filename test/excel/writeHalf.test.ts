/**
 * The write half with hand-built plans (no engine): how a plan reaches the sheet, what the
 * adapter refuses, and how it groups fills and notes.
 */
import { describe, expect, it } from 'vitest';
import { MARK_COLOR, NOTE_TAG } from '../../src/excel/index.js';
import {
  HAND_SHEET,
  mark,
  planned,
  RUN,
  setUp,
  write,
  writeSyncs,
  zipingNotes,
} from './harness.js';

describe('applying a write plan', () => {
  it('writes values with their formats in one read and one write', async () => {
    const plan = {
      values: [
        write('E4', 1, { format: '0.00%' }),
        write('E5', 0.8, { format: '0.00%' }),
        write('B10', '优', { purpose: 'grade' }),
      ],
      marks: [],
    };
    const { fake, actions, sheet } = setUp(HAND_SHEET, {}, planned(plan));
    const result = await actions.recalculate(RUN);
    expect(result).toMatchObject({
      ok: true,
      value: { kind: 'written', summary: { written: 3, marked: 0 } },
    });
    expect(fake.syncs()).toEqual([
      expect.objectContaining({ writes: 0 }),
      expect.objectContaining({ reads: 0 }),
    ]);
    expect(fake.workbook.cell(sheet, 'E4')).toMatchObject({ value: 1, format: '0.00%' });
    expect(fake.workbook.cell(sheet, 'E5')).toMatchObject({ value: 0.8, format: '0.00%' });
    expect(fake.workbook.cell(sheet, 'B10').value).toBe('优');
    // Cells between the targets were under null: untouched.
    expect(fake.workbook.cell(sheet, 'C4').value).toBe(10);
    expect(fake.workbook.cell(sheet, 'A10').value).toBe('评价等级');
  });

  it('writes text that looks like a number as text', async () => {
    const plan = { values: [write('B10', '95', { purpose: 'grade' })], marks: [] };
    const { fake, actions, sheet } = setUp(HAND_SHEET, {}, planned(plan));
    await actions.recalculate(RUN);
    expect(fake.workbook.cell(sheet, 'B10').value).toBe('95');
  });

  it('refuses a plan that would overwrite a formula, and writes nothing', async () => {
    const plan = {
      values: [write('E4', 1), write('D8', 37, { purpose: 'total' })],
      marks: [mark('D5')],
    };
    const { fake, actions } = setUp(HAND_SHEET, {}, planned(plan));
    const before = fake.workbook.dump();
    const result = await actions.recalculate(RUN);
    expect(result.ok).toBe(false);
    expect(result.message).toContain('D8');
    expect(result.message).toContain('公式');
    expect(result.message).toContain('未做任何修改');
    expect(writeSyncs(fake)).toBe(0);
    expect(fake.workbook.dump()).toEqual(before);
  });

  it('refuses to fill a suggested score into a cell holding a typed score', async () => {
    const plan = { values: [write('D5', 10, { purpose: 'suggested-score' })], marks: [] };
    const { fake, actions } = setUp(HAND_SHEET, {}, planned(plan));
    const result = await actions.recalculate(RUN);
    expect(result.ok).toBe(false);
    expect(result.message).toContain('已填写的得分');
    expect(writeSyncs(fake)).toBe(0);
  });

  it('fills a suggested score into an empty score cell', async () => {
    const plan = { values: [write('D6', 10, { purpose: 'suggested-score' })], marks: [] };
    const { fake, actions, sheet } = setUp(HAND_SHEET, {}, planned(plan));
    expect((await actions.recalculate(RUN)).ok).toBe(true);
    expect(fake.workbook.cell(sheet, 'D6').value).toBe(10);
  });

  it('refuses a write into the hidden part of a merged area', async () => {
    const plan = { values: [write('B1', 'x', { purpose: 'grade' })], marks: [] };
    const { actions } = setUp(HAND_SHEET, {}, planned(plan));
    const result = await actions.recalculate(RUN);
    expect(result).toMatchObject({ ok: false });
    expect(result.message).toContain('合并单元格 A1:E1');
  });

  it('paints marks by severity and writes tagged notes, keeping the user’s own note', async () => {
    const plan = {
      values: [],
      marks: [mark('D4', 'error'), mark('D5', 'warning', '扣分未说明原因'), mark('D7', 'info')],
    };
    const { fake, actions, sheet } = setUp(HAND_SHEET, {}, planned(plan));
    const result = await actions.recalculate(RUN);
    expect(result).toMatchObject({
      ok: true,
      value: { kind: 'written', summary: { marked: 3, noteSupport: 'notes' } },
    });
    expect(fake.workbook.cell(sheet, 'D4').fill).toMatchObject({
      color: MARK_COLOR.error,
      pattern: 'Solid',
    });
    expect(fake.workbook.cell(sheet, 'D5').fill).toMatchObject({ color: MARK_COLOR.warning });
    expect(fake.workbook.cell(sheet, 'D5').note).toBe(`${NOTE_TAG}\n扣分未说明原因`);
    // D7 holds the user's note: the mark is painted, the note stays the user's.
    expect(fake.workbook.cell(sheet, 'D7')).toMatchObject({
      note: '用户：待复核',
      fill: { color: MARK_COLOR.info },
    });
    expect(result.message).toContain('1 个单元格已有您的备注或批注');
    // Finding where the user's notes are costs one small read between the two.
    expect(fake.syncs().map((s) => (s.writes > 0 ? 'write' : 'read'))).toEqual([
      'read',
      'read',
      'write',
    ]);
  });

  it('moves a mark on a hidden merged cell to the area’s top-left cell', async () => {
    const plan = { values: [], marks: [mark('C1', 'warning')] };
    const { fake, actions, sheet } = setUp(HAND_SHEET, {}, planned(plan));
    await actions.recalculate(RUN);
    expect(fake.workbook.cell(sheet, 'A1').fill.color).toBe(MARK_COLOR.warning);
    expect(fake.workbook.cell(sheet, 'C1').fill.pattern).toBe('None');
  });

  it('groups fills into multi-area ranges, never cell by cell, below the area limit', async () => {
    // 1,200 scattered marks (every other row, two columns): 2,400 areas before grouping.
    const cells: Record<string, number> = {};
    const marks = [];
    for (let row = 1; row <= 2400; row += 2) {
      cells[`B${row}`] = 1;
      cells[`D${row}`] = 1;
      marks.push(mark(`B${row}`, 'warning', 'w'), mark(`D${row}`, 'error', 'e'));
    }
    const { fake, actions, sheet } = setUp(
      { name: 'S', cells },
      { areaLimit: 500 },
      planned({ values: [], marks }),
    );
    const result = await actions.recalculate({ ...RUN, notes: false });
    expect(result.ok).toBe(true);
    expect(fake.syncCount()).toBe(2);
    const fillWrites = fake.syncs()[1]?.writes ?? 0;
    // 2 colours × 12 ranges of ≤ 100 areas × 5 fill properties, plus the run record.
    expect(fillWrites).toBe(2 * 12 * 5 + 1);
    expect(fake.workbook.cell(sheet, 'B2399').fill.color).toBe(MARK_COLOR.warning);
    expect(fake.workbook.cell(sheet, 'D1').fill.color).toBe(MARK_COLOR.error);
    expect(fake.workbook.cell(sheet, 'B2').fill.pattern).toBe('None');
  });

  it('only marks, when asked to write no values', async () => {
    const plan = { values: [], marks: [mark('D4')] };
    const { fake, actions, sheet } = setUp(HAND_SHEET, {}, planned(plan));
    await actions.recalculate({ ...RUN, writeValues: false });
    expect(fake.workbook.cell(sheet, 'D4').value).toBe(10);
    expect(zipingNotes(fake, sheet, ['D4'])).toEqual(['D4']);
  });

  it('applies a suggestion through the same undoable write', async () => {
    const { fake, actions, sheet } = setUp(HAND_SHEET);
    const applied = await actions.applySuggestion({ sheet, address: 'D5', value: 9.5 }, RUN);
    expect(applied).toMatchObject({ ok: true });
    expect(fake.workbook.cell(sheet, 'D5').value).toBe(9.5);
    expect(await actions.applySuggestion({ sheet, address: 'D8', value: 40 }, RUN)).toMatchObject({
      ok: false,
    });
    expect((await actions.undoLastWrite()).ok).toBe(true);
    expect(fake.workbook.cell(sheet, 'D5').value).toBe(8);
  });
});
