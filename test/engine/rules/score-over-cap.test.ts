/** score-over-cap: a leaf, a 20+80 block (leaves without caps) or a 合计 scoring above its cap. */
import { scoreOverCap } from '../../../src/engine/rules/score-over-cap.js';
import { testRule } from '../../support/ruleTester.js';
import { smallSheet, type Leaf } from '../../support/smallSheet.js';

/** 20+80: the leaves state scores only, their block's cap in its label bounds them. */
const capless = (first: number, second: number) =>
  smallSheet({
    leaves: [
      {
        level1: '产出指标（50分）',
        name: '检查企业户数',
        target: '≥120户',
        actual: 120,
        score: first,
      },
      { name: '培训人次', target: '≥300', actual: 300, score: second },
    ],
  });
const leaf = (score: Leaf['score']): Leaf => ({
  name: '检查企业户数',
  target: '≥120',
  actual: 126,
  cap: 20,
  score,
});

testRule(scoreOverCap, {
  valid: [
    {
      name: 'scores up to their caps',
      sheet: smallSheet({ leaves: [leaf(20)], total: { cap: 20, score: 20 } }),
    },
    {
      name: '20.004 shown as 20.00 is within a cap of 20',
      sheet: smallSheet({ leaves: [leaf({ v: 20.004, fmt: '0.00' })] }),
    },
    {
      name: 'leaves without caps whose scores stay within their block’s 50',
      sheet: capless(25, 25),
    },
    {
      name: 'a block with capped leaves is left to the leaves',
      sheet: smallSheet({ leaves: [{ ...leaf(20), level1: '产出指标（10分）' }] }),
    },
  ],
  invalid: [
    {
      name: 'a leaf score above its cap',
      sheet: smallSheet({ leaves: [leaf(21)] }),
      findings: [
        {
          cell: 'G12',
          expected: 20,
          found: 21,
          message: ['「检查企业户数」得分 21 超过分值 20（超出 1）', '按 20 分计'],
        },
      ],
    },
    {
      name: 'a General-format 20.01 is above 20',
      sheet: smallSheet({ leaves: [leaf(20.01)] }),
      findings: [{ cell: 'G12', expected: 20, found: 20.01, message: ['超出 0.01'] }],
    },
    {
      name: 'the scores of capless leaves above their block’s cap',
      sheet: capless(30, 25),
      findings: [
        {
          cell: 'A12',
          expected: 50,
          found: 55,
          message: ['下各项得分合计 55 超过其分值 50（超出 5）'],
        },
      ],
    },
    {
      name: 'a 合计 score above its cap',
      sheet: smallSheet({ leaves: [leaf(20)], total: { cap: 20, score: 22 } }),
      findings: [
        { cell: 'G13', expected: 20, found: 22, message: ['总分得分 22 超过其分值 20（超出 2）'] },
      ],
    },
  ],
});
