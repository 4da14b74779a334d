/** A protected sheet: Ziping refuses with a clear message, writes nothing, never unprotects. */
import { describe, expect, it } from 'vitest';
import { MARK_COLOR } from '../../src/excel/index.js';
import { analyzed, exampleGrid, withCells } from '../support/grids.js';
import { fromGrid, HAND_SHEET, mark, planned, RUN, setUp, write, writeSyncs } from './harness.js';

const wrongTotal = () => withCells(exampleGrid('shangjie-2021.xlsx'), { H5: 95 });

describe('a protected sheet', () => {
  it('refuses 重新计算 with a clear message and zero writes', async () => {
    const { fake, actions } = fromGrid(wrongTotal(), {}, { protection: true });
    const before = fake.workbook.dump();
    const result = await actions.recalculate(RUN);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/受保护.*已锁定.*H5/);
    expect(result.message).toContain('不会取消工作表保护');
    expect(result.message).toContain('未做任何修改');
    expect(writeSyncs(fake)).toBe(0);
    expect(fake.workbook.dump()).toEqual(before);
  });

  it('writes when every target is unlocked and the protection allows formatting and notes', async () => {
    const grid = wrongTotal();
    const targets = analyzed(grid).plan;
    const unlocked = Object.fromEntries(
      [...targets.values.map((v) => v.address), ...targets.marks.map((m) => m.address)].map((a) => [
        a,
        { locked: false },
      ]),
    );
    const { fake, actions, sheet } = fromGrid(
      grid,
      {},
      {
        protection: { allowFormatCells: true, allowEditObjects: true },
        cells: unlocked,
      },
    );
    const result = await actions.recalculate(RUN);
    expect(result.ok).toBe(true);
    expect(fake.workbook.cell(sheet, 'H5')).toMatchObject({
      value: 99.5,
      fill: { color: MARK_COLOR.error },
    });
  });

  it('refuses marks when the protection forbids formatting, even on unlocked cells', async () => {
    const sheet = {
      ...HAND_SHEET,
      protection: { allowEditObjects: true },
      cells: { ...HAND_SHEET.cells, D4: { value: 10, locked: false } },
    };
    const { fake, actions } = setUp(sheet, {}, planned({ values: [], marks: [mark('D4')] }));
    const result = await actions.recalculate(RUN);
    expect(result.ok).toBe(false);
    expect(result.message).toContain('不允许设置单元格格式');
    expect(writeSyncs(fake)).toBe(0);
  });

  it('refuses notes when the protection forbids editing them, and suggests turning notes off', async () => {
    const sheet = {
      ...HAND_SHEET,
      protection: { allowFormatCells: true },
      cells: { ...HAND_SHEET.cells, D4: { value: 10, locked: false } },
    };
    const { actions } = setUp(sheet, {}, planned({ values: [], marks: [mark('D4')] }));
    const result = await actions.recalculate(RUN);
    expect(result.message).toContain('不允许编辑备注和批注');
    expect((await actions.recalculate({ ...RUN, notes: false })).ok).toBe(true);
  });

  it('refuses 撤销本次写入 when the sheet was protected after the run', async () => {
    const { fake, actions, sheet } = setUp(
      HAND_SHEET,
      {},
      planned({ values: [write('E4', 1)], marks: [mark('D4')] }),
    );
    await actions.recalculate(RUN);
    fake.workbook.protect(sheet);
    const after = fake.workbook.dump();
    const undone = await actions.undoLastWrite();
    expect(undone.ok).toBe(false);
    expect(undone.message).toContain('受保护');
    expect(fake.workbook.dump()).toEqual(after);
    fake.workbook.unprotect(sheet);
    expect((await actions.undoLastWrite()).ok).toBe(true);
    expect(fake.workbook.cell(sheet, 'E4').value).toBeNull();
  });
});
