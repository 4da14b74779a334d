/**
 * Applying a hand-made write plan to a workbook built here (by ExcelJS, as a library user's
 * program would), saving a copy and reading the copy back with ExcelJS: the values, fills
 * and notes are there, everything else is as it was, and the original file is byte-for-byte
 * untouched. The part-by-part comparison on realistic workbooks is in surgicalCopy.test.ts.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fromA1 } from '../../src/engine/grid.js';
import type { CellMark, Severity, ValueWrite, WritePlan } from '../../src/engine/report.js';
import { applyPlans, MARK_FILL_ARGB, NOTE_HEADING } from '../../src/file/applyPlan.js';
import { readWorkbook, type XlsxPackage } from '../../src/file/readWorkbook.js';
import { saveCopy } from '../../src/file/saveCopy.js';
import { useTempDir } from '../support/tempDir.js';

const tmp = useTempDir();

/** A small 自评表: header cells, a SUM formula, a merged level-1 cell, shared styles, a note. */
async function writeSource(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('自评表');
  ws.getCell('A1').value = '部门整体支出绩效自评表';
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.mergeCells('A1:H1');
  ws.getCell('A2').value = '产出指标';
  ws.mergeCells('A2:A4');
  for (let r = 2; r <= 4; r++) {
    ws.getCell(`G${r}`).value = 10;
    ws.getCell(`H${r}`).value = 9.5;
    // The same look on every score cell, so ExcelJS loads them sharing one style object.
    ws.getCell(`H${r}`).numFmt = '0.00';
    ws.getCell(`H${r}`).font = { name: '宋体', size: 11 };
  }
  ws.getCell('H5').value = { formula: 'SUM(H2:H4)', result: 28.5 };
  ws.getCell('G6').value = '自评得分';
  ws.getCell('G7').value = '自评结果';
  ws.getCell('H3').note = '作者的批注';
  ws.getColumn(3).width = 30;
  // 得分率 is formatted for the whole column; its cells are empty until filled.
  ws.getColumn(9).numFmt = '0.00%';
  await workbook.xlsx.writeFile(file);
}

const write = (address: string, value: number | string, format?: string): ValueWrite => ({
  ...fromA1(address),
  address,
  value,
  ...(format ? { format } : {}),
  previous: { value: null },
  purpose: 'total',
});

const mark = (address: string, severity: Severity, note: string): CellMark => ({
  ...fromA1(address),
  address,
  severity,
  note,
});

const PLAN: WritePlan = {
  values: [write('H6', 28.5, '0.00'), write('H7', '优')],
  marks: [
    mark('H2', 'error', '得分 9.5 超过分值？（示例）'),
    mark('H3', 'warning', '扣分但未说明原因'),
    mark('G4', 'info', '可填入建议得分'),
    mark('A3', 'warning', '一级指标权重与规定不符'),
  ],
};

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function packageOf(file: string): Promise<XlsxPackage> {
  const { package: pkg } = await readWorkbook(file);
  if (!pkg) throw new Error(`${file} is not an .xlsx`);
  return pkg;
}

/** Applies `plan` to the sheet 自评表 of `source` and saves the copy as `target`. */
async function writeCopy(source: string, target: string, plan: WritePlan, overwrite = false) {
  const pkg = await packageOf(source);
  const { parts, applied } = await applyPlans(pkg, [{ sheet: '自评表', plan }], source);
  await saveCopy(pkg, parts, target, source, { overwrite });
  return applied;
}

const loadSheet = async (file: string) =>
  (await new ExcelJS.Workbook().xlsx.readFile(file)).getWorksheet('自评表') as ExcelJS.Worksheet;

async function checkedCopy(
  name: string,
  plan: WritePlan = PLAN,
): Promise<{ source: string; target: string; copy: ExcelJS.Worksheet }> {
  const source = tmp(`${name}.xlsx`);
  await writeSource(source);
  const before = sha(source);
  const target = tmp(`${name}-checked.xlsx`);
  await writeCopy(source, target, plan);
  expect(sha(source)).toBe(before);
  return { source, target, copy: await loadSheet(target) };
}

const fillOf = (cell: ExcelJS.Cell) =>
  (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const noteText = (cell: ExcelJS.Cell) =>
  typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((t) => t.text).join('');

describe('applyPlan + saveCopy', () => {
  it('writes the planned values with their formats', async () => {
    const { copy } = await checkedCopy('values');
    expect(copy.getCell('H6').value).toBe(28.5);
    expect(copy.getCell('H6').numFmt).toBe('0.00');
    expect(copy.getCell('H7').value).toBe('优');
  });

  it('fills each marked cell by severity and notes the messages', async () => {
    const { copy } = await checkedCopy('marks');
    expect(fillOf(copy.getCell('H2'))).toBe(MARK_FILL_ARGB.error);
    expect(fillOf(copy.getCell('H3'))).toBe(MARK_FILL_ARGB.warning);
    expect(fillOf(copy.getCell('G4'))).toBe(MARK_FILL_ARGB.info);
    expect(noteText(copy.getCell('H2'))).toBe(`${NOTE_HEADING}\n得分 9.5 超过分值？（示例）`);
    expect(noteText(copy.getCell('G4'))).toContain('可填入建议得分');
  });

  it('keeps the author’s note and puts ours after it', async () => {
    const { copy } = await checkedCopy('notes');
    expect(noteText(copy.getCell('H3'))).toBe(`作者的批注\n\n${NOTE_HEADING}\n扣分但未说明原因`);
  });

  it('marks a merged area on its visible cell', async () => {
    const { copy } = await checkedCopy('merged-mark');
    expect(fillOf(copy.getCell('A2'))).toBe(MARK_FILL_ARGB.warning);
    expect(noteText(copy.getCell('A2'))).toContain('一级指标权重与规定不符');
  });

  it('repaints only the marked cell, not the cells that shared its style', async () => {
    const { copy } = await checkedCopy('shared-style');
    expect(fillOf(copy.getCell('H4'))).toBeUndefined();
    expect(copy.getCell('H4').numFmt).toBe('0.00');
    expect(copy.getCell('H2').numFmt).toBe('0.00');
    expect(copy.getCell('H2').font).toMatchObject({ name: '宋体', size: 11 });
  });

  it('starts a new cell from its column’s format, as Excel shows the empty cell', async () => {
    const { copy } = await checkedCopy('column-style', {
      values: [],
      marks: [mark('I9', 'warning', '得分率未填写')],
    });
    expect(copy.getCell('I9').numFmt).toBe('0.00%');
    expect(fillOf(copy.getCell('I9'))).toBe(MARK_FILL_ARGB.warning);
  });

  it('keeps the rest: values, formulas, merges, fonts, widths', async () => {
    const { copy } = await checkedCopy('keeps');
    expect(copy.getCell('A1').value).toBe('部门整体支出绩效自评表');
    expect(copy.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    expect(copy.getCell('H5').formula).toBe('SUM(H2:H4)');
    expect(copy.getCell('H5').result).toBe(28.5);
    expect(copy.model.merges.sort()).toEqual(['A1:H1', 'A2:A4']);
    expect(copy.getColumn(3).width).toBe(30);
    expect(copy.getCell('G6').value).toBe('自评得分');
  });

  it('replaces rather than repeats its own note when a checked copy is checked again', async () => {
    const { target } = await checkedCopy('first-run');
    const again = tmp('second-run.xlsx');
    await writeCopy(target, again, { values: [], marks: [mark('H3', 'error', '第二次的意见')] });
    const ws = await loadSheet(again);
    expect(noteText(ws.getCell('H3'))).toBe(`作者的批注\n\n${NOTE_HEADING}\n第二次的意见`);
    // H2 is no longer flagged: its note, Ziping's alone, is gone; the user's stays.
    expect(ws.getCell('H2').note).toBeUndefined();
  });

  it('refuses, writing nothing, a plan that would overwrite a formula', async () => {
    const source = tmp('formula.xlsx');
    await writeSource(source);
    const plan: WritePlan = {
      values: [write('H6', 1), write('H5', 30)],
      marks: [mark('H2', 'error', 'x')],
    };
    const refused = applyPlans(await packageOf(source), [{ sheet: '自评表', plan }], source);
    await expect(refused).rejects.toThrow(/H5 含公式，不会被覆盖/);
    await expect(refused).rejects.toMatchObject({ code: 'plan-conflict', file: source });
  });

  it('refuses a value for a merged area’s hidden cell', async () => {
    const source = tmp('merged-write.xlsx');
    await writeSource(source);
    const plan = { values: [write('A3', '效益指标')], marks: [] };
    await expect(
      applyPlans(await packageOf(source), [{ sheet: '自评表', plan }], source),
    ).rejects.toThrow(/A3 在合并单元格 A2 之内/);
  });

  it('reports how many cells it wrote and marked', async () => {
    const source = tmp('counts.xlsx');
    await writeSource(source);
    // Two marks on one merged area count once.
    const plan: WritePlan = { ...PLAN, marks: [...PLAN.marks, mark('A4', 'error', '另一条')] };
    const target = tmp('counts-checked.xlsx');
    expect(await writeCopy(source, target, plan)).toEqual({ written: 2, marked: 4 });
    const ws = await loadSheet(target);
    expect(fillOf(ws.getCell('A2'))).toBe(MARK_FILL_ARGB.error);
    expect(noteText(ws.getCell('A2'))).toBe(`${NOTE_HEADING}\n一级指标权重与规定不符\n另一条`);
  });
});

describe('saveCopy', () => {
  it('never overwrites the original, however it is spelled', async () => {
    const source = tmp('original.xlsx');
    await writeSource(source);
    const before = sha(source);
    const pkg = await packageOf(source);
    const respelled = path.join(
      path.dirname(source),
      '.',
      '..',
      path.basename(path.dirname(source)),
      'original.xlsx',
    );
    for (const target of [source, respelled]) {
      await expect(
        saveCopy(pkg, new Map(), target, source, { overwrite: true }),
      ).rejects.toMatchObject({
        code: 'same-file',
      });
    }
    expect(sha(source)).toBe(before);
  });

  it('leaves nothing behind when the folder does not exist', async () => {
    const source = tmp('nowhere.xlsx');
    await writeSource(source);
    const target = tmp(path.join('no-such-folder', 'out.xlsx'));
    await expect(
      saveCopy(await packageOf(source), new Map(), target, source, { overwrite: false }),
    ).rejects.toMatchObject({
      code: 'write-failed',
      message: expect.stringContaining('不存在'),
    });
    expect(existsSync(path.dirname(target))).toBe(false);
    expect(readdirSync(path.dirname(source)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces an earlier copy only when asked to', async () => {
    const source = tmp('rerun.xlsx');
    await writeSource(source);
    const target = tmp('rerun-checked.xlsx');
    copyFileSync(source, target);
    const before = sha(target);
    const plan = { values: [write('H7', '良')], marks: [] };
    await expect(writeCopy(source, target, plan)).rejects.toMatchObject({
      code: 'exists',
      message: expect.stringMatching(/rerun-checked\.xlsx.*已存在.*--overwrite/),
    });
    expect(sha(target)).toBe(before);
    await writeCopy(source, target, plan, true);
    expect((await loadSheet(target)).getCell('H7').value).toBe('良');
  });
});
