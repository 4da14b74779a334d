/**
 * total-mismatch: the whole table's 合计, or the 自评得分 of the header block, against Σ leaf
 * scores (each within [0, 分值]) + the execution score the budget block gives.
 */
import { totalMismatch } from '../../../src/engine/rules/total-mismatch.js';
import { testRule } from '../../support/ruleTester.js';
import { smallSheet, type Leaf, type SmallSheet } from '../../support/smallSheet.js';

/** 执行数 114 of 全年预算数 120: 95 % of 10 points, 9.5. */
const BUDGET: SmallSheet['budget'] = [['预算总额', 100, 120, 114, '95%', 10, 9.5]];
/** Scores 30 + 18 + 27 + 9.41 = 84.41; with the execution score, 93.91. */
const LEAVES: readonly Leaf[] = [
  { name: '检查企业户数', target: '≥120', actual: 126, cap: 30, score: 30 },
  { name: '培训人次', target: '≥300', actual: 270, cap: 20, score: 18, reason: '2期培训延至次年' },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '事故起数',
    target: '≤3',
    actual: '3起',
    cap: 30,
    score: 27,
    reason: '汛期事故偏多',
  },
  {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: '群众满意度',
    target: '≥90%',
    actual: '84.69%',
    cap: 10,
    score: 9.41,
    reason: '办事时限偏长',
  },
];
const sheet = (total: SmallSheet['total'], summary?: SmallSheet['summary'], leaves = LEAVES) =>
  smallSheet({ summary, budget: BUDGET, leaves, total });
const over = LEAVES.map((l, i) => (i === 1 ? { ...l, score: 22 } : l));

testRule(totalMismatch, {
  valid: [
    {
      name: 'a 合计 and a 自评得分 of 93.91',
      sheet: sheet({ cap: 100, score: { v: 93.91, fmt: '0.00' } }, { total: 93.91 }),
    },
    {
      name: '93.9 shown with one decimal for 93.91',
      sheet: sheet({ cap: 100, score: { v: 93.9, fmt: '0.0' } }),
    },
    {
      name: '93.91 shown with two decimals for 93.911',
      sheet: sheet({ cap: 100, score: { v: 93.91, fmt: '0.00' } }, undefined, [
        ...LEAVES.slice(0, 3),
        { ...LEAVES[3]!, score: 9.411 },
      ]),
    },
    { name: 'a blank 合计 (nothing stated yet)', sheet: sheet({ cap: 100, score: null }) },
    {
      name: 'a leaf above its cap counts its cap',
      sheet: sheet({ cap: 100, score: 95.91 }, undefined, over),
    },
  ],
  invalid: [
    {
      name: 'a General-format 94 for 93.91',
      sheet: sheet({ cap: 100, score: 94 }),
      findings: [
        {
          cell: 'G16',
          expected: 93.91,
          found: 94,
          message: ['总分应为各项得分之和 93.91，表中为 94（相差 0.09）'],
        },
      ],
    },
    {
      name: 'a 合计 without the execution score',
      sheet: sheet({ cap: 100, score: { v: 84.41, fmt: '0.00' } }),
      findings: [{ cell: 'G16', expected: 93.91, found: 84.41, message: ['相差 9.5'] }],
    },
    {
      name: 'a 合计 adding a leaf’s score above its cap',
      sheet: sheet({ cap: 100, score: 97.91 }, undefined, over),
      findings: [
        {
          cell: 'G16',
          expected: 95.91,
          found: 97.91,
          message: ['总分应为各项得分之和 95.91，表中为 97.91'],
        },
      ],
    },
    {
      name: 'the 自评得分 of the header block',
      sheet: sheet(undefined, { total: 96 }),
      findings: [
        {
          cell: 'F2',
          expected: 93.91,
          found: 96,
          message: ['自评得分 96 与各项得分计算的总分 93.91 不一致（相差 2.09）'],
        },
      ],
    },
  ],
});
