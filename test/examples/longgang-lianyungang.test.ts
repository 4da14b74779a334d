/**
 * Proves the transcription of seeds 002 (龙岗区 2020) and 003 (连云港 2021) into example
 * workbooks: the generated .xlsx, read back with ExcelJS, carries the seed's own numbers
 * (including the seed's own mistakes). This tests the data, not the engine.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lianyungang2021 } from '../../examples/sheets/lianyungang-2021.js';
import { longgang2020 } from '../../examples/sheets/longgang-2020.js';
import { writeExampleWorkbook } from '../../examples/sheets/write.js';

type Value = string | number | null;

/** Each row's own values, 1-based columns; a merged area's value only in its top-left cell. */
function grid(ws: ExcelJS.Worksheet): Value[][] {
  const rows: Value[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: Value[] = [null];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      const v = cell.type === ExcelJS.ValueType.Merge ? null : cell.value;
      row.push(typeof v === 'string' || typeof v === 'number' ? v : null);
    }
    rows.push(row);
  }
  return rows;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const num = (v: Value | undefined): number => {
  if (typeof v !== 'number') throw new Error(`not a number: ${String(v)}`);
  return v;
};

let dir: string;
const books = new Map<string, ExcelJS.Workbook>();

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ziping-examples-'));
  for (const spec of [longgang2020, lianyungang2021]) {
    const file = path.join(dir, spec.file);
    await writeExampleWorkbook(spec, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    books.set(spec.file, wb);
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function sheet(file: string, name: string): ExcelJS.Worksheet {
  const ws = books.get(file)?.getWorksheet(name);
  if (!ws) throw new Error(`${file}: no sheet ${name}`);
  return ws;
}

describe('连云港 2021 (seed 003)', () => {
  const file = 'lianyungang-2021.xlsx';

  it('评分表: 82 leaf rows, Σ权重 100, Σ得分 95.3, table starting at B3', () => {
    const rows = grid(sheet(file, '评分表'));
    const headerIndex = rows.findIndex((r) => r.includes('权重'));
    const header = rows[headerIndex]!;
    expect(headerIndex + 1).toBe(3);
    expect(header.indexOf('一级指标')).toBe(2);
    const [l3, target, weight, score, rate] = ['三级指标', '目标值', '权重', '得分', '得分率'].map(
      (h) => header.indexOf(h),
    ) as [number, number, number, number, number];

    const leaves = rows
      .slice(headerIndex + 1)
      .filter((r) => typeof r[l3] === 'string' && typeof r[weight] === 'number');
    expect(leaves).toHaveLength(82);
    expect(Math.abs(round2(sum(leaves.map((r) => num(r[weight])))) - 100)).toBeLessThan(1e-9);
    expect(Math.abs(round2(sum(leaves.map((r) => num(r[score])))) - 95.3)).toBeLessThan(1e-9);
    // 目标值 stays text as published; 得分率 is a number.
    expect(leaves.every((r) => typeof r[target] === 'string')).toBe(true);
    expect(leaves.every((r) => typeof r[rate] === 'number')).toBe(true);
    // Level cells are merged vertically: 内部管理 over its 27 rows, 部门履职 over the other 55.
    const ws = sheet(file, '评分表');
    expect(ws.getCell('B30').master.address).toBe('B4');
    expect(ws.getCell('B85').master.address).toBe('B31');
    expect(ws.getCell('B86').value).toBeNull();
    // The appendix has no 合计 row.
    expect(rows.flat()).not.toContain('合计');
  });

  it('正文汇总表: the block totals are transcribed wrong, as published', () => {
    const rows = grid(sheet(file, '正文汇总表'));
    const totals = rows.filter((r) => r[1] === '合计');
    expect(totals.map((r) => [r[5], r[6], r[7]])).toEqual([
      [30, 36.7, 0.9175],
      [60, 48.6, 97.2],
    ]);
    // What the rows above each 合计 really add to: 40 / 36.7 and 50 / 48.6.
    const blockSums: [number, number][] = [];
    let acc: [number, number] = [0, 0];
    for (const r of rows) {
      // A leaf: a 三级指标 name with its 权重 and 得分 (the 5.1 table below has no 三级 column).
      if (typeof r[3] === 'string' && typeof r[5] === 'number' && typeof r[6] === 'number') {
        acc = [acc[0] + r[5], acc[1] + r[6]];
      } else if (r[1] === '合计') {
        blockSums.push([round2(acc[0]), round2(acc[1])]);
        acc = [0, 0];
      }
    }
    expect(blockSums).toEqual([
      [40, 36.7],
      [50, 48.6],
    ]);
    expect(rows.flat()).toContain('2020年连云港市应急管理局部门履职绩效得分');
  });

  it('支出: 合计 = 基本支出 + 项目支出, and the project tables add to 项目支出', () => {
    const rows = grid(sheet(file, '支出'));
    const numbers = rows.filter((r) => typeof r[1] === 'number' && typeof r[3] === 'number');
    expect(numbers[0]!.slice(1, 4)).toEqual([2881.77, 2078.17, 803.6]);
    const budgetProjects = rows.filter((r) => r[3] === '经常性项目' || r[3] === '一次性项目');
    expect(round2(sum(budgetProjects.slice(0, 8).map((r) => num(r[4]))))).toBe(803.6);
    expect(round2(sum(budgetProjects.slice(8).map((r) => num(r[4]))))).toBe(988.51);
  });
});

describe('龙岗区 2020 (seed 002)', () => {
  const file = 'longgang-2020.xlsx';
  // Columns: A 一级名称, B 分值, C 二级名称, D 分值, E 三级名称, F 分值, G 参考评分标准, H 自评得分.
  const [A, B, E, F, H] = [1, 2, 5, 6, 8];

  it('自评表: leaf caps Σ 100, scores Σ 95.68, stated level-1 caps 25/20/55', () => {
    const rows = grid(sheet(file, '自评表'));
    const leaves = rows.filter(
      (r) => typeof r[E] === 'string' && typeof r[F] === 'number' && r[A] !== '合计',
    );
    expect(leaves).toHaveLength(21);
    expect(Math.abs(round2(sum(leaves.map((r) => num(r[F])))) - 100)).toBeLessThan(1e-9);
    expect(Math.abs(round2(sum(leaves.map((r) => num(r[H])))) - 95.68)).toBeLessThan(1e-9);

    // Level-1 caps as stated (first occurrence; the name is retyped after page breaks), and what
    // their leaves really add to — the seed's own mismatch.
    const stated = new Map<string, number>();
    const children = new Map<string, number>();
    let current = '';
    for (const r of rows) {
      if (typeof r[A] === 'string' && typeof r[B] === 'number' && r[A] !== '合计') {
        current = r[A];
        if (!stated.has(current)) stated.set(current, r[B]);
      }
      if (leaves.includes(r)) children.set(current, (children.get(current) ?? 0) + num(r[F]));
    }
    expect(Object.fromEntries(stated)).toEqual({ 部门决策: 25, 部门管理: 20, 部门绩效: 55 });
    expect(Object.fromEntries(children)).toEqual({ 部门决策: 25, 部门管理: 26, 部门绩效: 49 });

    const total = rows.find((r) => r[A] === '合计')!;
    expect([total[B], total[4], total[F], total[H]]).toEqual([100, 100, 100, 95.68]);
    // 部门决策 and its cap merged over its first page's two rows.
    const ws = sheet(file, '自评表');
    expect(ws.getCell('A7').master.address).toBe('A6');
    expect(ws.getCell('B7').master.address).toBe('B6');
    // The three-row header is printed once and repeated at four page breaks.
    expect(rows.filter((r) => r[A] === '评价指标')).toHaveLength(5);
  });

  it('项目支出执行: 14 projects add to the 合计 and each rate is 支出 ÷ 预算', () => {
    const rows = grid(sheet(file, '项目支出执行'));
    const projects = rows.filter((r) => typeof r[1] === 'number');
    expect(projects).toHaveLength(14);
    const total = rows.find((r) => r[2] === '合计')!;
    expect(round2(sum(projects.map((r) => num(r[3]))))).toBe(total[3]);
    expect(round2(sum(projects.map((r) => num(r[4]))))).toBe(total[4]);
    for (const r of [...projects, total]) {
      expect(Math.abs(num(r[4]) / num(r[3]) - num(r[5]))).toBeLessThan(0.00005);
    }
  });
});
