/**
 * The fake behaves like Excel where the adapter depends on it. If one of these fails, the
 * adapter's tests stop proving anything about real Excel.
 */
import { describe, expect, it } from 'vitest';
import { createFakeExcel, fakeSheetFromGrid } from '../../src/excel/fake/index.js';
import { exampleGrid } from '../support/grids.js';

function workbook(extra: Parameters<typeof createFakeExcel>[0]['sheets'][number]['cells'] = {}) {
  return createFakeExcel({
    sheets: [
      {
        name: '自评表',
        cells: { A1: '一级指标', B2: 5, C3: { value: 12, formula: '=SUM(B2:B3)' }, ...extra },
        merges: ['A5:B6'],
      },
      { name: '说明', cells: { A1: 'x' } },
    ],
  });
}

describe('the fake Excel', () => {
  it('keeps proxies empty until load and sync, and counts every sync', async () => {
    const fake = workbook();
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('B2');
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([[5]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(fake.syncCount()).toBe(1);
    expect(fake.syncs()).toEqual([{ reads: 1, writes: 0, ui: 0 }]);
  });

  it('leaves cells under null unchanged and clears a formula written over', async () => {
    const fake = workbook();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('自评表').getRange('B2:C3').values = [
        [null, 'x'],
        [null, 7],
      ];
      await context.sync();
    });
    expect(fake.workbook.cell('自评表', 'B2').value).toBe(5);
    expect(fake.workbook.cell('自评表', 'C2').value).toBe('x');
    expect(fake.workbook.cell('自评表', 'C3')).toMatchObject({ value: 7, formula: null });
  });

  it('parses typed input like Excel: numbers, percentages, text marked with an apostrophe', async () => {
    const fake = workbook();
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange('D1:D4').values = [
        ['95'],
        ['95%'],
        ["'95"],
        ['#N/A'],
      ];
      await context.sync();
    });
    const value = (a: string) => fake.workbook.cell('自评表', a).value;
    expect([value('D1'), value('D2'), value('D3'), value('D4')]).toEqual([
      95,
      0.95,
      '95',
      { error: '#N/A' },
    ]);
  });

  it('reports merged areas, and null objects after a sync', async () => {
    const fake = workbook();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      const merged = sheet.getRange('A1:C9').getMergedAreasOrNullObject().load('address');
      const none = sheet.getRange('D1:D2').getMergedAreasOrNullObject().load('address');
      const missing = context.workbook.worksheets.getItemOrNullObject('没有');
      await context.sync();
      expect(merged.address).toBe('自评表!A5:B6');
      expect(none.isNullObject).toBe(true);
      expect(missing.isNullObject).toBe(true);
    });
  });

  it('fails a sync at the first bad operation and keeps what ran before it', async () => {
    const fake = workbook();
    await expect(
      fake.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.getRange('E1').values = [['before']];
        context.workbook.worksheets.getItem('没有').getRange('A1').values = [['x']];
        sheet.getRange('E2').values = [['after']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound', name: 'RichApi.Error' });
    expect(fake.workbook.cell('自评表', 'E1').value).toBe('before');
    expect(fake.workbook.cell('自评表', 'E2').value).toBeNull();
  });

  it('refuses locked cells and formatting on a protected sheet', async () => {
    const fake = createFakeExcel({
      sheets: [{ name: 'S', cells: { A1: 1, B1: { value: 2, locked: false } }, protection: true }],
    });
    const attempt = (change: (range: Excel.Range) => void, address: string) =>
      fake.Excel.run(async (context) => {
        change(context.workbook.worksheets.getActiveWorksheet().getRange(address));
        await context.sync();
      });
    await expect(attempt((r) => (r.values = [[9]]), 'A1')).rejects.toMatchObject({
      code: 'AccessDenied',
    });
    await attempt((r) => (r.values = [[9]]), 'B1');
    expect(fake.workbook.cell('S', 'B1').value).toBe(9);
    await expect(attempt((r) => (r.format.fill.color = '#FF0000'), 'B1')).rejects.toMatchObject({
      code: 'AccessDenied',
    });
  });

  it('holds one note or comment per cell, and keeps notes apart from comments', async () => {
    const fake = workbook();
    fake.workbook.addNote('自评表', 'B2', '用户的批注');
    await expect(
      fake.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.notes.add(sheet.getRange('B2'), '另一条');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    await fake.Excel.run(async (context) => {
      const notes = context.workbook.worksheets.getActiveWorksheet().notes.load('items/content');
      await context.sync();
      expect(notes.items.map((n) => n.content)).toEqual(['用户的批注']);
      const where = notes.items[0]?.getLocation().load('address');
      await context.sync();
      expect(where?.address).toBe('自评表!B2');
    });
  });

  it('answers isSetSupported from its requirement sets and fails newer calls with ApiNotFound', async () => {
    const fake = createFakeExcel({
      sheets: [{ name: 'S' }],
      requirementSets: { ExcelApi: '1.10' },
    });
    expect(fake.Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(fake.Office.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(false);
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().notes.load('items/content');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('limits the areas of one getRanges call', async () => {
    const fake = createFakeExcel({ sheets: [{ name: 'S' }], areaLimit: 3 });
    await expect(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets
          .getActiveWorksheet()
          .getRanges('A1,A3,A5,A7').format.fill.color = '#FF0000';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('stores custom XML parts by namespace', async () => {
    const fake = workbook();
    await fake.Excel.run(async (context) => {
      context.workbook.customXmlParts.add('<r xmlns="urn:test">x</r>');
      await context.sync();
      const scoped = context.workbook.customXmlParts.getByNamespace('urn:test').load('items/id');
      const xml = context.workbook.customXmlParts
        .getByNamespace('urn:test')
        .getOnlyItemOrNullObject()
        .getXml();
      await context.sync();
      expect(scoped.items).toHaveLength(1);
      expect(xml.value).toBe('<r xmlns="urn:test">x</r>');
    });
  });

  it('loads an example sheet from its grid', () => {
    const grid = exampleGrid('shangjie-2021.xlsx');
    const fake = createFakeExcel({ sheets: [fakeSheetFromGrid(grid)] });
    expect(fake.workbook.sheetNames()).toEqual([grid.sheet]);
    expect(fake.workbook.merges(grid.sheet)).toEqual(grid.merges.map(() => expect.any(String)));
  });
});
