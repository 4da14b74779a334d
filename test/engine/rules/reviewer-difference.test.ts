/**
 * reviewer-difference: a reviewer's column (复核分, 财政审核评分, 市级评分) scoring an
 * indicator differently from the self-score. Both stay apart: the self-score makes the total.
 */
import { SheetBuilder } from '../../../examples/sheets/sheet-builder.js';
import type { SpecCell } from '../../../examples/sheets/spec.js';
import { sheetToGrid } from '../../../examples/sheets/toGrid.js';
import { reviewerDifference } from '../../../src/engine/rules/reviewer-difference.js';
import { describe, expect, it } from 'vitest';
import { analyzed } from '../../support/grids.js';
import { testRule } from '../../support/ruleTester.js';

/** A rubric as counties publish it: 分值 | 自评分 | ‹reviewer› per indicator, header on row 2. */
function rubric(
  reviewerHead: readonly [string, string?],
  rows: readonly (readonly (SpecCell | undefined)[])[],
) {
  const s = new SheetBuilder('自评表');
  s.row(['2022年度农村公益事业财政奖补项目绩效评价自评表']);
  const twoRows = reviewerHead[1] !== undefined;
  // The two-row form as 铜陵 publishes it: 指标 | 县级 | 市级 over 分值 | 评分 | 评分.
  s.row([
    '一级指标',
    '二级指标',
    '三级指标',
    twoRows ? '指标' : '分值',
    twoRows ? '县级' : '自评分',
    reviewerHead[0],
  ]);
  if (twoRows) s.row([null, null, null, '分值', '评分', reviewerHead[1]!]);
  for (const r of rows) s.row(r);
  return sheetToGrid(s.build([12, 12, 16, 8, 8, 8]));
}

const rows = (reviewed: readonly SpecCell[]) => [
  ['决策(10)', '项目立项', '民主议事', 5, 5, reviewed[0]],
  [null, '资金投入', '预算安排', 5, 4, reviewed[1]],
  ['过程(90)', '资金管理', '管理制度', 90, 88, reviewed[2]],
];

testRule(reviewerDifference, {
  valid: [
    { name: 'the reviewer agrees', sheet: rubric(['复核分'], rows([5, 4, 88])) },
    { name: 'an empty reviewer column', sheet: rubric(['复核分'], rows([null, null, null])) },
    { name: '市级 over 评分 agreeing', sheet: rubric(['市级', '评分'], rows([5, 4, 88])) },
  ],
  invalid: [
    {
      name: '复核分 lowers one indicator',
      sheet: rubric(['复核分'], rows([5, 3, 88])),
      findings: [
        { cell: 'F4', expected: 4, found: 3, message: ['复核分 3，自评分 4', '核减 1 分'] },
      ],
    },
    {
      name: '财政审核评分 raises one and lowers another',
      sheet: rubric(['财政审核评分'], rows([5, 5, 80])),
      findings: [
        { cell: 'F4', expected: 4, found: 5, message: ['核增 1 分'] },
        { cell: 'F5', expected: 88, found: 80, message: ['核减 8 分'] },
      ],
    },
    {
      name: '市级 评分 under a two-row header, beside 县级 评分',
      sheet: rubric(['市级', '评分'], rows([4, 4, 88])),
      findings: [{ cell: 'F4', expected: 5, found: 4, message: ['核减 1 分'] }],
    },
  ],
});

describe('the reviewer column is never the self-score', () => {
  it('totals the self-score and keeps the reviewer total apart', () => {
    const result = analyzed(rubric(['复核分'], rows([5, 3, 80])));
    expect(result.mapping?.columns).toMatchObject({ score: 4, reviewer: 5 });
    expect(result.tables[0]).toMatchObject({ total: { score: 97 }, reviewerTotal: 88 });
  });
});
