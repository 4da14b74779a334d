/**
 * 重新计算, 清除标记 and 撤销本次写入 end to end: the example sheets and a 10,000-row
 * synthetic table in the fake Excel, through the real engine and the adapter.
 */
import { describe, expect, it } from 'vitest';
import { fromA1, toA1, type Grid } from '../../src/engine/grid.js';
import { createExcelActions, MARK_COLOR, NOTE_TAG } from '../../src/excel/index.js';
import { NO_FILL } from '../../src/engine/plan/fill.js';
import { readWorkbook } from '../../src/file/index.js';
import { fakeSheetFromGrid } from '../../src/excel/fake/index.js';
import { analyzed, exampleGrid, withCells } from '../support/grids.js';
import { buildSyntheticSheet } from '../support/syntheticSheet.js';
import {
  fromGrid,
  RUN,
  sheetsOf,
  summaryOf,
  usedCells,
  writeSyncs,
  zipingNotes,
} from './harness.js';

const SEED = 'shangjie-2021.xlsx';
const seed = () => exampleGrid(SEED);

/** The seed with its stated total changed: the run writes the computed total and marks more. */
function seedWithWrongTotal(): { grid: Grid; total: string } {
  const grid = seed();
  const total = analyzed(grid).total?.cell ?? 'H5';
  return { grid: withCells(grid, { [total]: 95 }), total };
}

/** The synthetic table with a wrong stated total, 200 scores over their cap and 100 blank scores. */
function editedSynthetic(leaves: number): { grid: Grid; scoreCol: number; firstLeafRow: number } {
  const synthetic = buildSyntheticSheet(leaves);
  const mapping = analyzed(synthetic.grid).mapping;
  const scoreCol = mapping?.columns.score ?? 7;
  const edits: Record<string, number | null> = {};
  for (let i = 0; i < leaves; i += 50) edits[toA1(synthetic.firstLeafRow + i, scoreCol)] = 99;
  for (let i = 25; i < leaves; i += 100) edits[toA1(synthetic.firstLeafRow + i, scoreCol)] = null;
  return { grid: withCells(synthetic.grid, edits), scoreCol, firstLeafRow: synthetic.firstLeafRow };
}

describe('重新计算 on the seed sheet (上街区 2021, 45 indicators)', () => {
  it('reads in one sync and writes in one sync', async () => {
    const { fake, actions } = fromGrid(seedWithWrongTotal().grid);
    const result = await actions.recalculate(RUN);
    expect(result).toMatchObject({
      ok: true,
      value: { kind: 'written', summary: { written: 1, noteSupport: 'notes' } },
    });
    expect(fake.syncs()).toHaveLength(2);
    expect(fake.syncs()[0]).toMatchObject({ writes: 0 });
    expect(fake.syncs()[1]).toMatchObject({ reads: 0 });
    expect(result.message).toContain('45 项指标');
  });

  it('writes the computed total, marks each finding and explains it in a tagged note', async () => {
    const { grid, total } = seedWithWrongTotal();
    const plan = analyzed(grid).plan;
    const { fake, actions, sheet } = fromGrid(grid);
    await actions.recalculate(RUN);
    expect(fake.workbook.cell(sheet, total).value).toBe(99.5);
    for (const m of plan.marks) {
      expect(fake.workbook.cell(sheet, m.address).fill.color).toBe(MARK_COLOR[m.severity]);
      expect(fake.workbook.cell(sheet, m.address).note).toContain(NOTE_TAG);
    }
  });

  it('leaves the workbook as one run left it when run twice', async () => {
    const { fake, actions } = fromGrid(seed());
    await actions.recalculate(RUN);
    const once = fake.workbook.dump();
    await actions.recalculate(RUN);
    expect(fake.workbook.dump()).toEqual(once);
  });

  it('leaves one set of marks after running twice', async () => {
    const { grid } = seedWithWrongTotal();
    const { fake, actions, sheet } = fromGrid(grid);
    await actions.recalculate(RUN);
    await actions.recalculate(RUN);
    // The first run wrote the total, so the second finds one fewer problem.
    const expected = analyzed(withCells(grid, { H5: 99.5 }))
      .plan.marks.map((m) => m.address)
      .sort();
    const cells = usedCells(fake, sheet);
    expect(zipingNotes(fake, sheet, cells).sort()).toEqual(expected);
    const painted = cells.filter((a) =>
      Object.values(MARK_COLOR).includes(fake.workbook.cell(sheet, a).fill.color),
    );
    expect(painted.sort()).toEqual(expected);
  });

  it('replaces the earlier marks when the findings change', async () => {
    const { grid, total } = seedWithWrongTotal();
    const { fake, actions, sheet } = fromGrid(grid);
    await actions.recalculate(RUN);
    expect(fake.workbook.cell(sheet, total).fill.color).toBe(MARK_COLOR.error);
    // The user fixes the total by hand to what Ziping wrote; the total's mark goes away.
    await actions.undoLastWrite();
    fake.workbook.setCell(sheet, total, { value: 99.5 });
    await actions.recalculate(RUN);
    expect(fake.workbook.cell(sheet, total)).toMatchObject({ fill: NO_FILL, note: null });
  });

  it('撤销本次写入 restores every cell exactly, also from a new adapter (pane closed)', async () => {
    const { grid } = seedWithWrongTotal();
    const { fake, actions } = fromGrid(grid);
    const before = fake.workbook.dump();
    await actions.recalculate(RUN);
    expect(fake.workbook.dump()).not.toEqual(before);
    const reopened = createExcelActions(fake);
    const undone = await reopened.undoLastWrite();
    expect(undone).toMatchObject({ ok: true, value: { restored: 1 } });
    expect(fake.workbook.dump()).toEqual(before);
  });

  it('撤销 takes back one step at a time: three runs, three undos, each state restored', async () => {
    const { grid, total } = seedWithWrongTotal();
    const { fake, actions, sheet } = fromGrid(grid);
    // Three runs that each change the sheet: marks only, then the values, then notes off.
    const states = [fake.workbook.dump()];
    await actions.recalculate({ ...RUN, writeValues: false });
    states.push(fake.workbook.dump());
    await actions.recalculate(RUN);
    states.push(fake.workbook.dump());
    await actions.recalculate({ ...RUN, notes: false });
    expect(fake.workbook.cell(sheet, total)).toMatchObject({ value: 99.5, note: null });
    for (const expected of states.reverse()) {
      const undone = await actions.undoLastWrite();
      expect(undone).toMatchObject({
        ok: true,
        message: expect.stringMatching(/^撤销：\d\d:\d\d 重新计算，改动 \d+ 处/),
      });
      expect(sheetsOf(fake)).toEqual((expected as { sheets: unknown }).sheets);
    }
    expect(await actions.undoLastWrite()).toMatchObject({
      ok: true,
      message: '没有可以撤销的步骤。',
    });
  });

  it('refuses to undo a step whose cell the user changed since, and changes nothing', async () => {
    const { grid, total } = seedWithWrongTotal();
    const { fake, actions, sheet } = fromGrid(grid);
    await actions.recalculate(RUN);
    fake.workbook.setCell(sheet, total, { value: 98 });
    const edited = fake.workbook.dump();
    const undone = await actions.undoLastWrite();
    expect(undone).toMatchObject({
      ok: false,
      message: expect.stringContaining(`${total} 在那之后被改过`),
    });
    expect(fake.workbook.dump()).toEqual(edited);
  });

  it('清除标记 restores the user’s own fills and leaves the user’s own notes', async () => {
    const { grid } = seedWithWrongTotal();
    const marks = analyzed(grid).plan.marks.map((m) => m.address);
    const [first = 'H5', second = 'D15'] = marks;
    const userFill = { ...NO_FILL, color: '#92D050', pattern: 'Solid' };
    const { fake, actions, sheet } = fromGrid(
      grid,
      {},
      {
        cells: {
          [first]: { fill: userFill },
          [second]: { note: '用户：请财务复核' },
          A2: { note: '用户的另一条批注' },
        },
      },
    );
    const before = fake.workbook.dump();
    const markOnly = { ...RUN, writeValues: false };
    await actions.recalculate(markOnly);
    expect(fake.workbook.cell(sheet, first).fill.color).toBe(MARK_COLOR.error);
    // Twice: the second run must remember the user's fill, not Ziping's colour.
    await actions.recalculate(markOnly);
    const cleared = await actions.clearMarks();
    expect(cleared).toMatchObject({ ok: true, value: { cleared: marks.length } });
    expect(fake.workbook.cell(sheet, first).fill).toEqual(userFill);
    expect(fake.workbook.cell(sheet, second).note).toBe('用户：请财务复核');
    expect(fake.workbook.cell(sheet, 'A2').note).toBe('用户的另一条批注');
    expect(zipingNotes(fake, sheet, usedCells(fake, sheet))).toEqual([]);
    expect(fake.workbook.dump()).toEqual(before);
  });

  it('清除标记 keeps a fill the user chose after the run', async () => {
    const { grid } = seedWithWrongTotal();
    const [first = 'H5'] = analyzed(grid).plan.marks.map((m) => m.address);
    const { fake, actions, sheet } = fromGrid(grid);
    await actions.recalculate(RUN);
    fake.workbook.setCell(sheet, first, { fill: '#00B0F0' });
    const cleared = await actions.clearMarks();
    expect(cleared.message).toContain('保留了您的修改');
    expect(fake.workbook.cell(sheet, first).fill.color).toBe('#00B0F0');
  });

  it('never overwrites a formula or a typed score', async () => {
    const { grid } = seedWithWrongTotal();
    const mapping = analyzed(grid).mapping;
    const scoreCol = mapping?.columns.score ?? 7;
    // Give the sheet formulas where a computed value could land: every block's first score.
    const withFormulas = withCells(grid, { I6: { value: 99.5, formula: '=SUM(H21:H65)' } });
    const { fake, actions, sheet } = fromGrid(withFormulas);
    const cells = usedCells(fake, sheet);
    const formulas = cells.filter((a) => fake.workbook.cell(sheet, a).formula !== null);
    const scores = cells.filter(
      (a) =>
        fromA1(a).col === scoreCol &&
        mapping !== null &&
        fromA1(a).row > mapping.headerRows.last &&
        typeof fake.workbook.cell(sheet, a).value === 'number',
    );
    const snapshot = (list: string[]) =>
      list.map((a) => [
        a,
        fake.workbook.cell(sheet, a).value,
        fake.workbook.cell(sheet, a).formula,
      ]);
    const before = {
      formulas: snapshot(formulas),
      scores: snapshot(scores.filter((a) => a !== 'H5')),
    };
    expect(formulas.length + scores.length).toBeGreaterThan(40);
    expect((await actions.recalculate(RUN)).ok).toBe(true);
    expect({
      formulas: snapshot(formulas),
      scores: snapshot(scores.filter((a) => a !== 'H5')),
    }).toEqual(before);
  });
});

describe('重新计算 on the seed workbook file', () => {
  it('examples/shangjie-2021.xlsx, read with ExcelJS: one read, one write, the same marks', async () => {
    const { grids } = await readWorkbook('examples/shangjie-2021.xlsx');
    const [grid] = grids;
    if (!grid) throw new Error('no sheet');
    const fromFile = fromGrid(grid);
    const fromSpec = fromGrid(seed());
    const a = summaryOf(await fromFile.actions.recalculate(RUN));
    const b = summaryOf(await fromSpec.actions.recalculate(RUN));
    expect(fromFile.fake.syncs().map((s) => (s.writes > 0 ? 'write' : 'read'))).toEqual([
      'read',
      'write',
    ]);
    expect(a.marked).toBe(b.marked);
    const marked = (s: typeof fromFile) => zipingNotes(s.fake, s.sheet, usedCells(s.fake, s.sheet));
    expect(marked(fromFile)).toEqual(marked(fromSpec));
  });
});

describe('重新计算 on the other example sheets', () => {
  for (const file of [
    'yunxi-2021.xlsx',
    'longgang-2020.xlsx',
    'lianyungang-2021.xlsx',
    'guangzhou-2022.xlsx',
  ]) {
    it(`${file}: one read, at most one write, and undo restores the workbook`, async () => {
      const { fake, actions } = fromGrid(exampleGrid(file));
      const before = fake.workbook.dump();
      const result = await actions.recalculate(RUN);
      expect(result.ok).toBe(true);
      expect(fake.syncs().filter((s) => s.writes === 0)).toHaveLength(1);
      expect(writeSyncs(fake)).toBeLessThanOrEqual(1);
      await actions.undoLastWrite();
      // The cells exactly; the record keeps what the run found (a clean sheet is listed as such).
      expect(sheetsOf(fake)).toEqual((before as { sheets: unknown }).sheets);
    });
  }
});

describe('重新计算 on several sheets', () => {
  it('reads them together, writes them together, and undoes both', async () => {
    const first = seedWithWrongTotal().grid;
    const second = { ...exampleGrid('longgang-2020.xlsx'), sheet: '龙岗区' };
    const { fake, actions, sheet } = fromGrid(first, { sheets: [fakeSheetFromGrid(second)] });
    const before = fake.workbook.dump();
    const result = summaryOf(
      await actions.recalculate({ ...RUN, sheets: [sheet, '龙岗区', sheet] }),
    );
    expect(result.analyses.map((a) => a.sheet)).toEqual([sheet, '龙岗区']);
    expect(fake.syncs().map((s) => (s.writes > 0 ? 'write' : 'read'))).toEqual(['read', 'write']);
    expect(zipingNotes(fake, '龙岗区', usedCells(fake, '龙岗区')).length).toBeGreaterThan(0);
    await actions.undoLastWrite();
    expect(fake.workbook.dump()).toEqual(before);
  });

  it('refuses an empty choice of sheets', async () => {
    const { fake, actions } = fromGrid(seed());
    expect(await actions.recalculate({ ...RUN, sheets: [] })).toMatchObject({ ok: false });
    expect(fake.syncCount()).toBe(0);
  });
});

describe('重新计算 on a 10,000-row synthetic sheet', () => {
  it('reads in one sync and writes in one sync, and undo restores it', async () => {
    const { grid } = editedSynthetic(10_000);
    const { fake, actions, sheet } = fromGrid(grid);
    const before = fake.workbook.dump();
    const result = summaryOf(await actions.recalculate(RUN));
    expect(result.marked).toBeGreaterThanOrEqual(200);
    expect(result.written).toBeGreaterThan(0);
    expect(fake.syncs()).toHaveLength(2);
    expect(fake.syncs()[0]).toMatchObject({ writes: 0 });
    expect(fake.syncs()[1]).toMatchObject({ reads: 0 });
    expect(zipingNotes(fake, sheet, usedCells(fake, sheet)).length).toBe(result.marked);

    await actions.undoLastWrite();
    expect(fake.workbook.dump()).toEqual(before);
  }, 60_000);
});
