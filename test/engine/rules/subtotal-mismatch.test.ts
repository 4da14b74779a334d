/** subtotal-mismatch: a 小计, or the 合计 of a segment of the grid, against Σ its leaves’ scores. */
import { subtotalMismatch } from '../../../src/engine/rules/subtotal-mismatch.js';
import { testRule } from '../../support/ruleTester.js';
import { smallSheet, type Leaf, type TotalLine } from '../../support/smallSheet.js';

const OUTPUT: readonly Leaf[] = [
  { name: '检查企业户数', target: '≥120', actual: 126, cap: 30, score: 30 },
  { name: '培训人次', target: '≥300', actual: 270, cap: 20, score: 18, reason: '2期培训延至次年' },
];
const EFFECT: readonly Leaf[] = [
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '事故起数',
    target: '≤3',
    actual: 2,
    cap: 30,
    score: 30,
  },
  {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: '群众满意度',
    target: '≥90%',
    actual: '85%',
    cap: 10,
    score: 9.44,
    reason: '部分群众对办事时限不满意',
  },
];
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
