/**
 * The example workbooks under examples/ are generated from examples/sheets/*.ts. These tests
 * (1) regenerate every spec and compare it with the committed .xlsx, so an edited spec without
 * `npm run examples` fails here, and (2) spot-check that the data still matches the seeds.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allExamples } from '../../examples/sheets/index.js';
import { writeExampleWorkbook } from '../../examples/sheets/write.js';
import { contents, isSlave, loadWorkbook } from '../support/workbookContents.js';

const examplesDir = fileURLToPath(new URL('../../examples/', import.meta.url));

describe('committed example workbooks match their specs', () => {
  let tmp = '';
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'ziping-examples-'));
    for (const spec of allExamples) await writeExampleWorkbook(spec, path.join(tmp, spec.file));
  });
  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('has one workbook per spec and no orphans', async () => {
    const committed = (await readdir(examplesDir)).filter((f) => f.endsWith('.xlsx')).sort();
    expect(committed).toEqual(allExamples.map((s) => s.file).sort());
  });

  for (const spec of allExamples) {
    it(`${spec.file} is up to date (run \`npm run examples\` if not)`, async () => {
      const fresh = await loadWorkbook(path.join(tmp, spec.file));
      const committed = await loadWorkbook(path.join(examplesDir, spec.file));
      expect(contents(committed)).toEqual(contents(fresh));
    });
  }
});

// ---- spot checks against the seeds ----------------------------------------------------------

async function firstSheet(file: string): Promise<ExcelJS.Worksheet> {
  const ws = (await loadWorkbook(path.join(examplesDir, file))).worksheets[0];
  if (!ws) throw new Error(`${file} has no sheet`);
  return ws;
}

/** Cells whose own text is exactly `text`, top to bottom. */
function findAll(ws: ExcelJS.Worksheet, text: string): ExcelJS.Cell[] {
  const found: ExcelJS.Cell[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (!isSlave(cell) && cell.value === text) found.push(cell);
    }),
  );
  return found;
}

function find(ws: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  const cell = findAll(ws, text)[0];
  if (!cell) throw new Error(`no cell "${text}" in ${ws.name}`);
  return cell;
}

// ExcelJS types row/col as strings; at run time they are numbers.
const rowOf = (cell: ExcelJS.Cell): number => Number(cell.row);
const colOf = (cell: ExcelJS.Cell): number => Number(cell.col);

/** The value a reader sees to the right of a label (past the label's own merged area). */
function rightOf(ws: ExcelJS.Worksheet, label: ExcelJS.Cell): ExcelJS.CellValue {
  let col = colOf(label) + 1;
  while (ws.getCell(rowOf(label), col).master.address === label.address) col++;
  return ws.getCell(rowOf(label), col).value;
}

/** A cell's own number (null for text, blanks and the covered cells of a merged area). */
function num(ws: ExcelJS.Worksheet, row: number, col: number): number | null {
  const cell = ws.getCell(row, col);
  return !isSlave(cell) && typeof cell.value === 'number' ? cell.value : null;
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

describe('shangjie-2021.xlsx (seed 000)', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = await firstSheet('shangjie-2021.xlsx');
  });

  it('has 45 leaf indicators with caps 90 and scores 89.5', () => {
    const header = find(ws, '三级指标');
    // The 预算情况 block above has its own 分值/得分 columns; take the grid header's.
    const inHeader = (text: string) =>
      colOf(findAll(ws, text).find((c) => rowOf(c) === rowOf(header))!);
    const capCol = inHeader('分值');
    const scoreCol = inHeader('得分');
    const caps: number[] = [];
    const scores: number[] = [];
    for (let r = rowOf(header) + 1; r <= ws.rowCount; r++) {
      const cap = num(ws, r, capCol);
      if (cap === null) continue;
      caps.push(cap);
      scores.push(num(ws, r, scoreCol) ?? NaN);
    }
    expect(caps).toHaveLength(45);
    expect(sum(caps)).toBeCloseTo(90, 9);
    expect(sum(scores)).toBeCloseTo(89.5, 9);
  });

  it('states 自评得分 99.5 and 自评结果 优 beside their labels', () => {
    expect(rightOf(ws, find(ws, '自评得分'))).toBe(99.5);
    expect(rightOf(ws, find(ws, '自评结果'))).toBe('优');
  });

  it('keeps the seed’s quirks: percentages as numbers, "完整" as text, the 0.5 deduction', () => {
    const retired = find(ws, '离退休人员经费变动率');
    const actual = ws.getCell(rowOf(retired), colOf(retired) + 3);
    expect(actual.value).toBe(0.3);
    expect(actual.numFmt).toBe('0%');
    const procurement = find(ws, '政府采购执行率');
    expect(ws.getCell(rowOf(procurement), colOf(procurement) + 3).value).toBe('完整');
    const budget = find(ws, '部门预算总额');
    const row = ws.getRow(rowOf(budget));
    expect([4, 5, 6, 7, 8, 9].map((c) => row.getCell(c).value)).toEqual([
      470.64, 565.22, 565.22, 1, 10, 10,
    ]);
  });

  it('merges level-1 and level-2 labels over their rows', () => {
    const label = find(ws, '投入管理指标');
    expect(ws.model.merges).toContain(`${label.address}:A${rowOf(label) + 40}`);
  });
});

describe('guangzhou-2022.xlsx (seed 004)', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = await firstSheet('guangzhou-2022.xlsx');
  });

  it('starts at B2, not A1', () => {
    expect(ws.getCell('A1').value).toBeNull();
    expect(ws.getCell('B2').value).toBe('2022年度广州市应急管理局部门整体支出绩效自评表');
  });

  it('has 26 leaves whose caps add up at every level to 100, scores to 94.49', () => {
    const headers = findAll(ws, '三级指标');
    expect(headers).toHaveLength(2); // the header is repeated before 采购管理
    const l2Col = colOf(find(ws, '二级指标'));
    const leafCapCol = colOf(headers[0]!) + 1;
    const scoreCol = colOf(find(ws, '得分/自评分'));
    const totalRow = rowOf(find(ws, '总分'));

    const leafCaps: number[] = [];
    const leafScores: number[] = [];
    const blocks: { cap: number; leaves: number }[] = [];
    for (let r = rowOf(headers[0]!) + 1; r < totalRow; r++) {
      const cap = num(ws, r, leafCapCol);
      if (cap === null) continue; // the repeated header row
      const blockCap = num(ws, r, l2Col + 1);
      if (blockCap !== null) blocks.push({ cap: blockCap, leaves: 0 });
      blocks[blocks.length - 1]!.leaves += cap;
      leafCaps.push(cap);
      leafScores.push(num(ws, r, scoreCol) ?? NaN);
    }
    expect(leafCaps).toHaveLength(26);
    expect(sum(leafCaps)).toBeCloseTo(100, 9);
    for (const b of blocks) expect(b.leaves).toBeCloseTo(b.cap, 9);
    expect(sum(leafScores)).toBeCloseTo(94.49, 9);
    expect(num(ws, totalRow, scoreCol)).toBe(94.49);
    expect(ws.getCell(totalRow, scoreCol).numFmt).toBe('0.00');
  });
});

describe('yunxi-2021.xlsx (seed 001)', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = await firstSheet('yunxi-2021.xlsx');
  });

  /** The 汇总 row of the table whose header holds `headerText`, read by header column. */
  function summaryRow(headerText: string) {
    const header = find(ws, headerText);
    const summary = findAll(ws, '局机关及二级机构汇总').find((c) => rowOf(c) > rowOf(header));
    if (!summary) throw new Error(`no 汇总 row under ${headerText}`);
    return (label: string): number | null => {
      const cell = findAll(ws, label).find((c) => rowOf(c) >= rowOf(header));
      return cell === undefined ? null : num(ws, rowOf(summary), colOf(cell));
    };
  }

  it('spending: 支出合计 = 基本 + 项目, 基本 = 人员 + 公用', () => {
    const v = summaryRow('支出合计');
    expect(v('支出合计')).toBeCloseTo((v('基本支出') ?? NaN) + (v('项目支出') ?? NaN), 9);
    expect(v('基本支出')).toBeCloseTo((v('人员支出') ?? NaN) + (v('公用支出') ?? NaN), 9);
    expect(v('支出合计')).toBe(1016.61);
  });

  it('三公经费 parts add up', () => {
    const v = summaryRow('三公经费合计');
    const parts = ['公务接待费', '公务用车运维费', '公务用车购置费', '因公出国费'].map(
      (l) => v(l) ?? 0,
    );
    expect(v('三公经费合计')).toBeCloseTo(sum(parts), 9);
  });

  it('states 综合得分 92 and 评价等次 优', () => {
    expect(rightOf(ws, find(ws, '绩效自评综合得分'))).toBe(92);
    expect(rightOf(ws, find(ws, '评价等次'))).toBe('优');
  });
});
