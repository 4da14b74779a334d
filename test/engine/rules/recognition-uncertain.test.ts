/**
 * recognition-uncertain: a table read against the evidence (Σ 分值 far above 满分, scores that are
 * not numbers, a total far from the stated one, "targets" that add up to 100) is reported at its
 * top-left cell, and nothing is written until the user confirms the mapping.
 */
import { recognitionUncertain } from '../../../src/engine/rules/recognition-uncertain.js';
import { testRule } from '../../support/ruleTester.js';
import { withCells } from '../../support/grids.js';
import { smallSheet, type Leaf, type SmallSheet } from '../../support/smallSheet.js';

const leaves = (caps: readonly number[], scores: readonly Leaf['score'][] = caps): Leaf[] =>
  caps.map((cap, i) => ({
    name: `三级指标${i + 1}`,
    target: '≥100%',
    actual: '100%',
    cap,
    score: scores[i],
  }));
const sheet = (
  caps: readonly number[],
  scores?: readonly Leaf['score'][],
  total?: SmallSheet['total'],
) => smallSheet({ leaves: leaves(caps, scores), total });
/** 分值 and 得分 headers cleared: what is left are targets and actuals that add up to 100. */
const targetsOnly = withCells(
  smallSheet({
    leaves: [
      { name: '检查企业户数', target: 30, actual: 30 },
      { name: '培训场次', target: 30, actual: 28 },
      { name: '宣传活动次数', target: 40, actual: 40 },
    ],
  }),
  { F11: null, G11: null },
);

testRule(recognitionUncertain, {
  valid: [
    { name: 'caps adding up to 满分 and numeric scores', sheet: sheet([50, 30, 20]) },
    {
      name: 'caps of 110: off, but not far enough to doubt the reading',
      sheet: sheet([50, 30, 30]),
    },
    {
      name: 'a budget block alone',
      sheet: smallSheet({ budget: [['预算总额', 100, 120, 114, '95%', 10, 9.5]] }),
    },
    {
      name: 'a doubtful table the user confirmed',
      sheet: sheet([50, 50, 50]),
      options: { mapping: { confirmed: true } },
    },
  ],
  invalid: [
    {
      name: 'Σ 分值 150 against 满分 100',
      sheet: sheet([50, 50, 50]),
      findings: [
        {
          cell: 'A11',
          expected: null,
          found: null,
          message: [
            '无法确定已正确识别此表（各项分值合计 150，满分 100：可能把合计行当成了指标',
            '未写入总分和等级',
            '请在「映射」中核对',
          ],
        },
      ],
    },
    {
      name: 'most scores written as words',
      sheet: sheet([50, 30, 20], ['达标', '达标', 20]),
      findings: [
        { cell: 'A11', expected: null, found: null, message: ['3 个得分单元格中 1 个是数字'] },
      ],
    },
    {
      name: 'a 合计 far from what the scores add up to',
      sheet: sheet([50, 30, 20], undefined, { cap: 100, score: 60 }),
      findings: [
        {
          cell: 'A11',
          expected: null,
          found: null,
          message: ['计算总分 100，表中填写 60：相差过大，可能读错了列或行'],
        },
      ],
    },
    {
      name: 'no 分值 or 得分 column, and 指标值 figures adding up to 100',
      sheet: targetsOnly,
      findings: [
        {
          cell: 'A11',
          expected: null,
          found: null,
          message: ['表中没有「分值」「得分」列，而「指标值」列的数字合计为 100，可能是分值'],
        },
      ],
    },
  ],
});
