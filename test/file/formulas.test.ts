/**
 * Formulas stored without a result (a workbook written by a library and never opened in
 * Excel): the reader evaluates the common ones, across sheets and through defined names, and
 * leaves the rest empty beside their formula. Shared formulas are moved as Excel fills them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellAt, fromA1, type Grid } from '../../src/engine/grid.js';
import { readWorkbook } from '../../src/file/readWorkbook.js';
import { shiftFormula } from '../../src/file/xlsx/formulaShift.js';
import { ZipArchive } from '../../src/file/zip/zipArchive.js';
import { writeZip } from '../../src/file/zip/zipWriter.js';
import { useTempDir } from '../support/tempDir.js';

const tmp = useTempDir();

const uncalculated = (formula: string) => ({ formula }) as ExcelJS.CellFormulaValue;

async function workbook(name: string, constant = false): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const scores = wb.addWorksheet('自评表');
  scores.getCell('A1').value = '得分';
  [30, 25.5, 19.25, 15].forEach((v, i) => (scores.getCell(`B${i + 2}`).value = v));
  scores.getCell('B6').value = uncalculated('SUM(B2:B5)');
  scores.getCell('B7').value = uncalculated('ROUND(AVERAGE(B2:B5),1)');
  scores.getCell('B8').value = uncalculated('IF(B6>=90,"优",IF(B6>=80,"良","中"))');
  scores.getCell('B9').value = uncalculated('MAX(B2:B5)-MIN(B2:B5)');
  scores.getCell('B10').value = uncalculated('B6/满分');
  scores.getCell('B11').value = uncalculated('B2/0');
  scores.getCell('B12').value = uncalculated('NOSUCHFUNCTION(B2)');
  scores.getCell('B13').value = uncalculated('B13+1');
  scores.getCell('B14').value = uncalculated('SUM(B:B)');
  const summary = wb.addWorksheet('汇总 2021');
  summary.getCell('A1').value = uncalculated("'自评表'!B6");
  summary.getCell('A2').value = uncalculated('自评总分*2');
  summary.getCell('A3').value = uncalculated('A1&"分"');
  wb.definedNames.add("'自评表'!$B$6", '自评总分');
  const file = tmp(name);
  await wb.xlsx.writeFile(file);
  if (constant) await addConstantName(file, '满分', '100');
  return file;
}

/** ExcelJS writes names as ranges only; a constant name (满分 = 100) is added to workbook.xml. */
async function addConstantName(file: string, name: string, value: string): Promise<void> {
  const zip = await ZipArchive.fromBuffer(readFileSync(file));
  const items = await Promise.all(
    zip.entries.map(async (entry) => {
      let content = await zip.read(entry.name);
      if (entry.name === 'xl/workbook.xml')
        content = Buffer.from(
          content
            .toString()
            .replace(
              '</definedNames>',
              `<definedName name="${name}">${value}</definedName></definedNames>`,
            ),
        );
      return { kind: 'new' as const, name: entry.name, content };
    }),
  );
  writeFileSync(file, writeZip(items));
}

const at = (grid: Grid | undefined, address: string) => {
  const { row, col } = fromA1(address);
  return grid ? cellAt(grid, row, col) : undefined;
};

describe('formulas without a cached result', () => {
  it('are evaluated for references, sums, rounding, conditions and extremes', async () => {
    const { grids } = await readWorkbook(await workbook('scores.xlsx', true));
    const [scores, summary] = grids;
    expect(at(scores, 'B10')?.value).toBeCloseTo(0.8975, 10);
    expect(at(scores, 'B6')).toEqual({ value: 89.75, formula: '=SUM(B2:B5)' });
    expect(at(scores, 'B7')?.value).toBe(22.4);
    expect(at(scores, 'B8')?.value).toBe('良');
    expect(at(scores, 'B9')?.value).toBe(15);
    expect(at(scores, 'B11')?.value).toEqual({ error: '#DIV/0!' });
    // A whole-column range reads the used range only (and not the formula itself twice).
    expect(at(scores, 'B14')?.formula).toBe('=SUM(B:B)');
    // Other sheets and defined names.
    expect(at(summary, 'A1')?.value).toBe(89.75);
    expect(at(summary, 'A2')?.value).toBe(179.5);
    expect(at(summary, 'A3')?.value).toBe('89.75分');
  });

  it('stay empty beside their formula when they cannot be evaluated', async () => {
    const { grids } = await readWorkbook(await workbook('unknown.xlsx'));
    const [scores] = grids;
    expect(at(scores, 'B12')).toEqual({ value: null, formula: '=NOSUCHFUNCTION(B2)' });
    // 满分 is not defined in this workbook; a circular reference has no value either.
    expect(at(scores, 'B10')).toEqual({ value: null, formula: '=B6/满分' });
    expect(at(scores, 'B13')?.value).toBeNull();
  });

  it('read the sheets they refer to even when only one sheet is checked', async () => {
    const { grids } = await readWorkbook(await workbook('one-sheet.xlsx'), {
      sheets: ['汇总 2021'],
    });
    expect(grids.map((g) => g.sheet)).toEqual(['汇总 2021']);
    expect(at(grids[0], 'A1')?.value).toBe(89.75);
  });
});

describe('shiftFormula (shared formulas)', () => {
  it('moves relative references and keeps absolute ones', () => {
    expect(shiftFormula('SUM(A1:B1)*$C$1+C$2-$D3', 2, 1)).toBe('SUM(B3:C3)*$C$1+D$2-$D5');
  });

  it('moves references to other sheets, whole columns and whole rows', () => {
    expect(shiftFormula("'自评表'!H5+Sheet2!A1+SUM(C:C)+SUM(2:3)", 1, 1)).toBe(
      "'自评表'!I6+Sheet2!B2+SUM(D:D)+SUM(3:4)",
    );
  });

  it('leaves strings, function names and names that look like references alone', () => {
    expect(shiftFormula('IF(A1>0,"B2",LOG10(A1))&TEXT(A1,"0.00")', 1, 0)).toBe(
      'IF(A2>0,"B2",LOG10(A2))&TEXT(A2,"0.00")',
    );
  });

  it('gives #REF! to a reference moved off the sheet', () => {
    expect(shiftFormula('A1', -1, 0)).toBe('#REF!');
  });
});
