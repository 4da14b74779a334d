/**
 * The file adapter's reader against small workbooks built with ExcelJS here: values as Excel
 * shows them, formulas, errors, merges, number formats, the used range's origin, and the
 * typed errors for files it cannot read.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellAt, fromA1, type Grid } from '../../src/engine/grid.js';
import { WorkbookError } from '../../src/file/errors.js';
import { readWorkbook } from '../../src/file/readWorkbook.js';
import { writeGridsAsXlsx } from '../support/gridWorkbook.js';
import { buildSyntheticSheet } from '../support/syntheticSheet.js';
import { useTempDir } from '../support/tempDir.js';

const tmp = useTempDir();

async function gridOf(
  build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void,
  name = 'book.xlsx',
): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('表1'), workbook);
  const file = tmp(name);
  await workbook.xlsx.writeFile(file);
  const { grids } = await readWorkbook(file);
  return grids[0] as Grid;
}

const at = (grid: Grid, address: string) => {
  const { row, col } = fromA1(address);
  return cellAt(grid, row, col);
};

describe('readWorkbook: values', () => {
  it('reads numbers, text, booleans and formats as Excel shows them', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell('A1').value = 99.5;
      ws.getCell('A1').numFmt = '0.00';
      ws.getCell('B1').value = '自评得分';
      ws.getCell('C1').value = true;
      ws.getCell('D1').value = 0.95;
      ws.getCell('D1').numFmt = '0.00%';
      ws.getCell('E1').value = '95';
    });
    expect(at(grid, 'A1')).toEqual({ value: 99.5, format: '0.00' });
    expect(at(grid, 'B1')).toEqual({ value: '自评得分' });
    expect(at(grid, 'C1')).toEqual({ value: true });
    expect(at(grid, 'D1')).toEqual({ value: 0.95, format: '0.00%' });
    expect(at(grid, 'E1')).toEqual({ value: '95' });
  });

  it('turns rich text and hyperlinks into their plain text', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell('A1').value = {
        richText: [{ text: '一级', font: { bold: true } }, { text: '指标' }],
      };
      ws.getCell('A2').value = { text: '评分标准', hyperlink: 'https://example.org/rules' };
    });
    expect(at(grid, 'A1').value).toBe('一级指标');
    expect(at(grid, 'A2').value).toBe('评分标准');
  });

  it('gives formulas their cached result, including 0, text and errors', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell('A1').value = 4;
      ws.getCell('A2').value = 6;
      ws.getCell('A3').value = { formula: 'SUM(A1:A2)', result: 10 };
      ws.getCell('B3').value = { formula: 'A1-4', result: 0 };
      ws.getCell('C3').value = { formula: 'IF(A3>=90,"优","良")', result: '良' };
      ws.getCell('D3').value = { formula: 'A1/0', result: { error: '#DIV/0!' } };
      ws.getCell('E3').value = { formula: 'A1*2' };
      ws.getCell('F3').value = { formula: 'NOSUCHFUNCTION(A1)' };
    });
    expect(at(grid, 'A3')).toEqual({ value: 10, formula: '=SUM(A1:A2)' });
    expect(at(grid, 'B3')).toEqual({ value: 0, formula: '=A1-4' });
    expect(at(grid, 'C3')).toEqual({ value: '良', formula: '=IF(A3>=90,"优","良")' });
    expect(at(grid, 'D3')).toEqual({ value: { error: '#DIV/0!' }, formula: '=A1/0' });
    // Never calculated (written by a library): evaluated on reading when it can be…
    expect(at(grid, 'E3')).toEqual({ value: 8, formula: '=A1*2' });
    // …and otherwise left empty beside its formula, for the engine to report.
    expect(at(grid, 'F3')).toEqual({ value: null, formula: '=NOSUCHFUNCTION(A1)' });
  });

  it('translates shared formulas for every cell that shares them', async () => {
    const grid = await gridOf((ws) => {
      for (let r = 1; r <= 3; r++) {
        ws.getCell(`A${r}`).value = r;
        ws.getCell(`B${r}`).value = r * 10;
      }
      ws.getCell('C1').value = {
        formula: 'A1+B1',
        result: 11,
        shareType: 'shared',
        ref: 'C1:C3',
      } as ExcelJS.CellValue;
      ws.getCell('C2').value = { sharedFormula: 'C1', result: 22 };
      ws.getCell('C3').value = { sharedFormula: 'C1', result: 33 };
    });
    expect(at(grid, 'C1')).toEqual({ value: 11, formula: '=A1+B1' });
    expect(at(grid, 'C2')).toEqual({ value: 22, formula: '=A2+B2' });
    expect(at(grid, 'C3')).toEqual({ value: 33, formula: '=A3+B3' });
  });

  it('reads Excel error constants as errors', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell('A1').value = { error: '#N/A' };
    });
    expect(at(grid, 'A1').value).toEqual({ error: '#N/A' });
  });

  it('reads dates as Excel serial numbers, keeping the date format', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell('A1').value = new Date(Date.UTC(2021, 11, 31));
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    });
    expect(at(grid, 'A1')).toEqual({ value: 44561, format: 'yyyy-mm-dd' });
  });

  it('honours the 1904 date system', async () => {
    const grid = await gridOf((ws, wb) => {
      wb.properties.date1904 = true;
      ws.getCell('A1').value = new Date(Date.UTC(2021, 11, 31));
      ws.getCell('A1').numFmt = 'yyyy-mm-dd';
    }, 'date1904.xlsx');
    expect(at(grid, 'A1').value).toBe(44561 - 1462);
  });
});

describe('readWorkbook: layout', () => {
  it('starts the grid at the used range, not at A1', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell('C4').value = '一级指标';
      ws.getCell('E6').value = 10;
    });
    expect(grid.origin).toEqual({ row: 3, col: 2 });
    expect(grid.cells[0]?.[0]?.value).toBe('一级指标');
    expect(grid.cells[2]?.[2]?.value).toBe(10);
    expect(grid.cells).toHaveLength(3);
  });

  it('lists merges in sheet coordinates and leaves the hidden cells empty', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell('B2').value = '产出指标';
      ws.mergeCells('B2:B5');
      ws.getCell('A1').value = '绩效自评表';
      ws.mergeCells('A1:F1');
    });
    expect(grid.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 4, right: 1 },
        { top: 0, left: 0, bottom: 0, right: 5 },
      ]),
    );
    expect(grid.merges).toHaveLength(2);
    expect(at(grid, 'B2').value).toBe('产出指标');
    for (const address of ['B3', 'B4', 'B5', 'F1']) expect(at(grid, address).value).toBeNull();
  });

  it('includes a merged area that reaches past the last filled cell in the used range', async () => {
    const grid = await gridOf((ws) => {
      ws.getCell('B2').value = '标题';
      ws.mergeCells('B2:H9');
    });
    expect(grid.origin).toEqual({ row: 1, col: 1 });
    expect(grid.cells).toHaveLength(8);
  });

  it('reads an empty sheet as an empty grid', async () => {
    const grid = await gridOf(() => {});
    expect(grid).toEqual({ sheet: '表1', origin: { row: 0, col: 0 }, cells: [], merges: [] });
  });

  it('reads only the sheets asked for, in the order asked', async () => {
    const workbook = new ExcelJS.Workbook();
    for (const name of ['说明', '自评表', '附表'])
      workbook.addWorksheet(name).getCell('A1').value = name;
    const file = tmp('three-sheets.xlsx');
    await workbook.xlsx.writeFile(file);
    expect((await readWorkbook(file)).grids.map((g) => g.sheet)).toEqual([
      '说明',
      '自评表',
      '附表',
    ]);
    expect(
      (await readWorkbook(file, { sheets: ['附表', '自评表'] })).grids.map((g) => g.sheet),
    ).toEqual(['附表', '自评表']);
    await expect(readWorkbook(file, { sheets: ['评分表'] })).rejects.toMatchObject({
      code: 'sheet-missing',
      message: expect.stringMatching(/three-sheets\.xlsx.*评分表.*「说明」、「自评表」、「附表」/),
    });
  });

  it('reads a 10,000-row synthetic table back exactly as it was written', async () => {
    const { grid } = buildSyntheticSheet(10_000);
    const file = tmp('synthetic-10k.xlsx');
    await writeGridsAsXlsx([grid], file);
    const [read] = (await readWorkbook(file)).grids;
    expect(read?.origin).toEqual(grid.origin);
    expect(read?.cells.length).toBe(grid.cells.length);
    expect(new Set(read?.merges.map((m) => JSON.stringify(m)))).toEqual(
      new Set(grid.merges.map((m) => JSON.stringify(m))),
    );
    // Same cells, up to trailing empties (the in-memory grid pads short rows with nulls).
    const trimmed = (rows: Grid['cells']) =>
      rows.map((row) => {
        const cells = [...row];
        while (
          cells.length > 0 &&
          cells[cells.length - 1]?.value === null &&
          !cells[cells.length - 1]?.formula
        )
          cells.pop();
        return cells.map((c) => (c.value === null && !c.formula ? { value: null } : c));
      });
    expect(trimmed(read?.cells ?? [])).toEqual(trimmed(grid.cells));
  });
});

describe('readWorkbook: files it cannot read', () => {
  const expectError = async (file: string, code: string, pattern: RegExp) => {
    const error = await readWorkbook(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code, file });
    expect((error as Error).message).toContain(file);
    expect((error as Error).message).toMatch(pattern);
  };

  it('says a missing file is missing', async () => {
    await expectError(tmp('不存在.xlsx'), 'missing', /找不到文件/);
  });

  it('says a folder is not a file', async () => {
    const dir = tmp('a-folder.xlsx');
    mkdirSync(dir);
    await expectError(dir, 'unreadable', /文件夹/);
  });

  it('rejects a text file', async () => {
    const file = tmp('notes.xlsx');
    writeFileSync(file, '一级指标,二级指标\n');
    await expectError(file, 'not-xlsx', /不是 Excel、WPS 或 OpenDocument 工作簿/);
  });

  it('recognises the lock file Excel leaves beside an open workbook', async () => {
    const file = tmp('~$自评表.xlsx');
    writeFileSync(file, Buffer.alloc(165, 0x20));
    await expectError(file, 'not-xlsx', /临时锁文件/);
  });

  it('calls a damaged .xls a damaged .xls, and a damaged .et a WPS table', async () => {
    const header = Buffer.concat([compoundFileHeader(), Buffer.from('Workbook', 'utf16le')]);
    const xls = tmp('old.xls');
    writeFileSync(xls, header);
    await expectError(xls, 'corrupt', /Excel 97-2003 工作簿（\.xls）.*损坏/);
    const et = tmp('wps.et');
    writeFileSync(et, header);
    await expectError(et, 'corrupt', /WPS 表格（\.et）.*损坏/);
  });

  it('says a password-protected workbook is encrypted', async () => {
    const file = tmp('locked.xlsx');
    writeFileSync(
      file,
      Buffer.concat([
        compoundFileHeader(),
        Buffer.from('EncryptionInfo', 'utf16le'),
        Buffer.from('EncryptedPackage', 'utf16le'),
      ]),
    );
    await expectError(file, 'encrypted', /密码/);
  });

  it('recognises a web page exported as .xls', async () => {
    const file = tmp('export.xls');
    writeFileSync(file, '\uFEFF<html><body><table><tr><td>得分</td></tr></table></body></html>');
    await expectError(file, 'not-xlsx', /网页/);
  });

  it('says a truncated workbook is corrupt', async () => {
    const whole = tmp('whole.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表1').getCell('A1').value = 1;
    await workbook.xlsx.writeFile(whole);
    const file = tmp('truncated.xlsx');
    writeFileSync(file, readFileSync(whole).subarray(0, 200));
    await expectError(file, 'corrupt', /损坏/);
  });
});

/** The 8-byte signature of an OLE2 compound file (.xls, .et, encrypted .xlsx), padded to a header. */
function compoundFileHeader(): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  return header;
}
