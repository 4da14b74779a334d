/**
 * Excel errors become a Chinese message and nothing half-written; the web's payload limit and a
 * host that rejects method calls on null objects cost round trips, not correctness.
 */
import { describe, expect, it } from 'vitest';
import { describeError, Refusal } from '../../src/excel/errors.js';
import { RUN_RECORD_NAMESPACE, wrap } from '../../src/excel/workbookStore.js';
import { applySteps } from '../../src/excel/writeSteps.js';
import { exampleGrid, withCells } from '../support/grids.js';
import { buildSyntheticSheet } from '../support/syntheticSheet.js';
import {
  confirmed,
  fromGrid,
  HAND_SHEET,
  mark,
  planned,
  RUN,
  setUp,
  write,
  writeSyncs,
} from './harness.js';

const wrongTotal = () => withCells(exampleGrid('shangjie-2021.xlsx'), { H5: 95 });

describe('Excel errors', () => {
  it.each([
    ['ItemNotFound', '找不到'],
    ['AccessDenied', '没有修改权限'],
    ['InvalidOperation', 'Excel 拒绝了此操作'],
    ['ApiNotFound', '升级 Excel'],
    ['RequestPayloadSizeLimitExceeded', '5 MB'],
    ['InvalidOperationInCellEditMode', '正在编辑的单元格'],
    ['GeneralException', 'Excel 内部出错'],
  ])('%s reads as a Chinese sentence', (code, words) => {
    const message = describeError(Object.assign(new Error('English text from Excel'), { code }));
    expect(message).toContain(words);
    expect(message).toContain(code);
  });

  it('passes a refusal through as it is', () => {
    expect(describeError(new Refusal('工作表受保护。'))).toBe('工作表受保护。');
  });

  it('puts everything back when a write fails half-way, and says so', async () => {
    const { fake, actions, sheet } = fromGrid(wrongTotal());
    await actions.recalculate({ ...RUN, writeValues: false });
    const before = fake.workbook.dump();
    // The next run writes the total, repaints, rewrites notes: fail it after a few of those.
    for (const afterWrites of [0, 1, 3, 6, 9]) {
      fake.failNextWrite({ afterWrites, code: 'GeneralException' });
      const result = await actions.recalculate(RUN);
      expect(result.ok).toBe(false);
      expect(result.message).toContain('Excel 内部出错');
      expect(result.message).toContain('已自动恢复');
      expect(fake.workbook.dump()).toEqual(before);
    }
    // And the record still describes the sheet: undo gives back the first run's state.
    await actions.undoLastWrite();
    expect(fake.workbook.cell(sheet, 'H5').fill.pattern).toBe('None');
  });

  it('puts everything back when 撤销本次写入 fails half-way', async () => {
    const { fake, actions } = setUp(
      HAND_SHEET,
      {},
      planned({ values: [write('E4', 1), write('E6', 0.5)], marks: [mark('D4'), mark('D5')] }),
    );
    await actions.recalculate(RUN);
    const before = fake.workbook.dump();
    fake.failNextWrite({ afterWrites: 2, code: 'InvalidOperation' });
    const undone = await actions.undoLastWrite();
    expect(undone).toMatchObject({ ok: false });
    expect(fake.workbook.dump()).toEqual(before);
  });

  it('names a missing sheet and writes nothing', async () => {
    const { fake, actions } = fromGrid(wrongTotal());
    const result = await actions.recalculate({ ...RUN, sheets: ['不存在的表'] });
    expect(result.ok).toBe(false);
    expect(result.message).toContain('找不到要操作的工作表');
    expect(writeSyncs(fake)).toBe(0);
  });

  it('reports a wrong address for a suggestion instead of throwing', async () => {
    const { actions, sheet } = setUp(HAND_SHEET);
    expect(
      await actions.applySuggestion({ sheet, address: 'not a cell', value: 1 }, RUN),
    ).toMatchObject({ ok: false });
    expect(await actions.selectCell('没有', 'A1')).toMatchObject({
      ok: false,
      message: expect.stringContaining('找不到'),
    });
  });
});

describe('Excel on the web: the 5 MB payload limit', () => {
  it('reads a 10,000-row sheet in bands when one trip is refused, with the same result as the desktop', async () => {
    const synthetic = buildSyntheticSheet(10_000);
    const edits: Record<string, number> = {};
    for (let i = 0; i < 10_000; i += 50) edits[`H${synthetic.firstLeafRow + i + 1}`] = 99;
    const grid = withCells(synthetic.grid, edits);
    const desktop = fromGrid(grid);
    const web = fromGrid(grid, { payloadLimitBytes: 5_000_000 });
    const [a, b] = [await desktop.actions.recalculate(RUN), await web.actions.recalculate(RUN)];
    expect(a.ok && b.ok).toBe(true);
    expect(desktop.fake.syncCount()).toBe(2);
    const webSyncs = web.fake.syncs();
    expect(webSyncs[0]?.failed).toBe('ResponsePayloadSizeLimitExceeded');
    expect(webSyncs.filter((s) => s.failed)).toHaveLength(1);
    expect(writeSyncs(web.fake)).toBe(1);
    expect(web.fake.workbook.dump()).toEqual(desktop.fake.workbook.dump());
  }, 60_000);

  it('halves a band that is still too big', async () => {
    const grid = buildSyntheticSheet(3000).grid;
    const desktop = fromGrid(grid);
    const web = fromGrid(grid, { payloadLimitBytes: 1_000_000 });
    await desktop.actions.recalculate(RUN);
    expect((await web.actions.recalculate(RUN)).ok).toBe(true);
    expect(web.fake.workbook.dump()).toEqual(desktop.fake.workbook.dump());
  }, 60_000);

  it('splits a write that would pass the limit into syncs that each fit', async () => {
    const { fake, sheet } = setUp({ name: 'S' });
    const inputs = Array.from({ length: 2000 }, (_, r) => [`第${r}行的说明文字`, r]);
    const steps = [
      {
        kind: 'values' as const,
        sheetId: sheet,
        range: { top: 0, left: 0, bottom: 1999, right: 1 },
        mode: 'values' as const,
        inputs,
        formats: null,
      },
    ];
    const syncs = await fake.Excel.run((context) =>
      applySteps(context, (id) => context.workbook.worksheets.getItem(id), steps, null, 20_000),
    );
    expect(syncs).toBeGreaterThan(5);
    expect(fake.syncCount()).toBe(syncs);
    expect(fake.workbook.cell(sheet, 'A2000').value).toBe('第1999行的说明文字');
    expect(fake.workbook.cell(sheet, 'B1000').value).toBe(999);
  });
});

describe('a host that rejects method calls on null objects', () => {
  it('looks the record part up first, then fetches it', async () => {
    const { fake, actions } = fromGrid(wrongTotal(), { nullObjectMethods: 'throw' });
    const before = fake.workbook.dump();
    expect((await actions.recalculate(RUN)).ok).toBe(true);
    expect(fake.syncs()[0]?.failed).toBe('InvalidOperation');
    expect((await actions.undoLastWrite()).ok).toBe(true);
    expect(fake.workbook.dump()).toEqual(before);
  });
});

describe('an unreadable run record', () => {
  it('blocks 撤销本次写入 with a message, and lets 重新计算 start a new record', async () => {
    const { fake, actions } = setUp(
      HAND_SHEET,
      {
        parts: [
          { namespaceUri: RUN_RECORD_NAMESPACE, xml: wrap(RUN_RECORD_NAMESPACE, '{not json') },
        ],
      },
      planned({ values: [write('E4', 1)], marks: [] }),
    );
    const undone = await actions.undoLastWrite();
    expect(undone).toMatchObject({ ok: false, message: expect.stringContaining('无法读取') });
    // The new record starts without the user's earlier choices: the write is previewed first.
    const ran = await confirmed(actions, RUN);
    expect(ran.message).toContain('已重新开始记录');
    expect(fake.workbook.cell('自评表', 'E4').value).toBe(1);
    expect((await actions.undoLastWrite()).ok).toBe(true);
    expect(fake.workbook.cell('自评表', 'E4').value).toBe(null);
  });
});
