/**
 * total-mismatch: the whole table's 合计, or the 自评得分 of the header block, against Σ leaf
 * scores (each within [0, 分值]) + the execution score the budget block gives.
 */
import { totalMismatch } from '../../../src/engine/rules/total-mismatch.js';
import { testRule } from '../../support/ruleTester.js';
import { BUDGET, projectLeaves, smallSheet, type SmallSheet } from '../../support/smallSheet.js';

/** Scores 28.5 + 18 + 30 + 7.91 = 84.41; with the execution 9.5, 93.91. */
const LEAVES = projectLeaves({
  0: { actual: 114, score: 28.5, reason: '6户企业停产' },
  1: { actual: 270, score: 18, reason: '2期培训延至次年' },
  3: { actual: '71.19%', score: 7.91, reason: '办事时限偏长' },
});
const sheet = (total: SmallSheet['total'], summary?: SmallSheet['summary'], leaves = LEAVES) =>
  smallSheet({ summary, budget: BUDGET, leaves, total });
/** 培训人次 scored 22 of its 20: the total counts 20. */
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
      sheet: sheet(
        { cap: 100, score: { v: 93.91, fmt: '0.00' } },
        undefined,
        LEAVES.map((l, i) => (i === 3 ? { ...l, score: 7.911 } : l)),
      ),
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
