/** subtotal-mismatch: a 小计, or the 合计 of a segment of the grid, against Σ its leaves’ scores. */
import { subtotalMismatch } from '../../../src/engine/rules/subtotal-mismatch.js';
import { testRule } from '../../support/ruleTester.js';
import { projectLeaves, smallSheet, type TotalLine } from '../../support/smallSheet.js';

/** 产出 scores 30 + 18 = 48 of 50; 效益 and 满意度 30 + 9.44 = 39.44 of 40. */
const LEAVES = projectLeaves({
  1: { actual: 270, score: 18, reason: '2期培训延至次年' },
  3: { actual: '85%', score: 9.44, reason: '部分群众对办事时限不满意' },
});
const OUTPUT = LEAVES.slice(0, 2);
const EFFECT = LEAVES.slice(2);
/** The grid in two blocks, each closed by the line given. */
const sheet = (first: Omit<TotalLine, 'label'>, second: Omit<TotalLine, 'label'>, label = '小计') =>
  smallSheet({ leaves: [...OUTPUT, { label, ...first }, ...EFFECT, { label, ...second }] });

testRule(subtotalMismatch, {
  valid: [
    {
      name: '小计 lines that add up',
      sheet: sheet({ cap: 50, score: 48 }, { cap: 40, score: 39.44 }),
    },
    {
      name: 'a 小计 shown with one decimal (39.4 for 39.44)',
      sheet: sheet({ cap: 50, score: 48 }, { cap: 40, score: { v: 39.4, fmt: '0.0' } }),
    },
    {
      name: 'a blank 小计 is no mismatch',
      sheet: sheet({ cap: 50, score: null }, { cap: 40, score: 39.44 }),
    },
    {
      name: 'the 合计 of the whole table is total-mismatch’s',
      sheet: smallSheet({ leaves: [...OUTPUT, ...EFFECT], total: { cap: 90, score: 80 } }),
    },
  ],
  invalid: [
    {
      name: 'a 小计 that is not Σ its leaves',
      sheet: sheet({ cap: 50, score: 47 }, { cap: 40, score: 39.44 }),
      findings: [
        {
          cell: 'G14',
          expected: 48,
          found: 47,
          message: ['小计（2 项指标）应为各项得分之和 48，表中为 47（相差 1）'],
        },
      ],
    },
    {
      name: 'a General-format 39.4 is not 39.44',
      sheet: sheet({ cap: 50, score: 48 }, { cap: 40, score: 39.4 }),
      findings: [
        {
          cell: 'G17',
          expected: 39.44,
          found: 39.4,
          message: ['应为各项得分之和 39.44，表中为 39.4（相差 0.04）'],
        },
      ],
    },
    {
      name: 'two segments, each with its own 合计',
      sheet: sheet({ cap: 50, score: 50 }, { cap: 40, score: 40 }, '合计'),
      findings: [
        {
          cell: 'G14',
          expected: 48,
          found: 50,
          message: ['合计（2 项指标）应为各项得分之和 48，表中为 50'],
        },
        {
          cell: 'G17',
          expected: 39.44,
          found: 40,
          message: ['合计（2 项指标）应为各项得分之和 39.44'],
        },
      ],
    },
  ],
});
