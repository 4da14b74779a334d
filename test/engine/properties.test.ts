/**
 * Properties over random and mutated grids: the engine never throws, the computed total never
 * exceeds Σ caps, and the write plan never targets a formula cell or a score the user typed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeSheet } from '../../src/engine/index.js';
import type { Cell, CellValue, Grid } from '../../src/engine/grid.js';
import { exampleGrid } from '../support/grids.js';

const HEADER_WORDS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '分值',
  '权重',
  '得分',
  '指标值',
  '实际完成值',
  '度量单位',
  '得分率',
  '未完成原因分析',
  '合计',
  '小计',
  '其中：',
  '预算执行数',
  '全年预算数',
  '预算执行率',
  '自评得分',
  '评价等级',
  '注：',
];
const TEXTS = [
  '完成',
  '≥95%',
  '≤20%',
  '100%',
  '30%',
  '完整',
  '优',
  '良',
  '/',
  '无',
  '部分完成',
  '（50分）',
  '☑优 ☐良',
  '１００',
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.double({ min: -200, max: 1000, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 100 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...TEXTS) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc.constantFrom({ error: '#DIV/0!' }, { error: '#N/A' }, { error: '#VALUE!' }),
  },
);
const cell: fc.Arbitrary<Cell> = fc.record(
  {
    value: cellValue,
    format: fc.constantFrom('0%', '0.00', 'General', '0.00%'),
    formula: fc.constant('=SUM(A1:A2)'),
  },
  { requiredKeys: ['value'] },
);

const randomGrid: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 30 }),
    origin: fc.record({ row: fc.nat(5), col: fc.nat(3) }),
    merges: fc.array(fc.record({ top: fc.nat(30), left: fc.nat(10), h: fc.nat(3), w: fc.nat(3) }), {
      maxLength: 4,
    }),
  })
  .map(({ rows, origin, merges }) => ({
    sheet: 'random',
    origin,
    cells: rows,
    merges: merges.map((m) => ({
      top: m.top,
      left: m.left,
      bottom: m.top + m.h,
      right: m.left + m.w,
    })),
  }));

/** A seed sheet with some cells overwritten by random values: realistic layout, broken content. */
const mutatedSeed: fc.Arbitrary<Grid> = fc
  .tuple(
    fc.constantFrom(
      'shangjie-2021.xlsx',
      'guangzhou-2022.xlsx',
      'longgang-2020.xlsx',
      'yunxi-2021.xlsx',
      'lianyungang-2021.xlsx',
    ),
    fc.array(fc.tuple(fc.nat(120), fc.nat(12), cell), { maxLength: 25 }),
    fc.boolean(),
  )
  .map(([file, edits, dropMerges]) => {
    const grid = exampleGrid(file);
    const cells = grid.cells.map((row) => [...row]);
    for (const [r, c, value] of edits) {
      if (r < cells.length) {
        const line = cells[r]!;
        while (line.length <= c) line.push({ value: null });
        line[c] = value;
      }
    }
    return { ...grid, cells, merges: dropMerges ? [] : grid.merges };
  });

function checkInvariants(grid: Grid): void {
  const result = analyzeSheet(grid);
  if (result.status !== 'recognised') {
    expect(result.reason.length).toBeGreaterThan(0);
    return;
  }
  if (result.total?.score != null && result.total.cap != null) {
    expect(result.total.score).toBeLessThanOrEqual(result.total.cap + 1e-9);
  }
  for (const write of result.plan.values) {
    const original = grid.cells[write.row - grid.origin.row]?.[write.col - grid.origin.col];
    expect(original?.formula, `write to formula cell ${write.address}`).toBeUndefined();
    expect(write.previous.value).toEqual(original?.value ?? null);
    if (write.purpose === 'suggested-score') expect(write.previous.value).toBeNull();
  }
  for (const finding of result.findings) expect(finding.message).toMatch(/[\u4e00-\u9fff]/);
}

/**
 * A fixed seed, so a run is the same run everywhere; fast-check prints the seed and the path of
 * a failing case, and FC_SEED=<seed> replays it (or explores other cases).
 */
const SEED = Number(process.env.FC_SEED ?? 20261201);

describe('engine properties', () => {
  it('random grids: never throws; invariants hold', () => {
    fc.assert(
      fc.property(randomGrid, (grid) => checkInvariants(grid)),
      { numRuns: 400, seed: SEED },
    );
  });

  it('mutated seed sheets: never throws; invariants hold; typed leaf scores are never targets', () => {
    fc.assert(
      fc.property(mutatedSeed, (grid) => {
        checkInvariants(grid);
        const result = analyzeSheet(grid);
        if (result.status !== 'recognised' || !result.mapping?.columns.score) return;
        const scoreCol = result.mapping.columns.score;
        for (const write of result.plan.values) {
          if (write.col === scoreCol && write.purpose === 'suggested-score')
            expect(write.previous.value).toBeNull();
        }
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});
