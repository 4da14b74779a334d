/**
 * cap-sum-mismatch: a block's stated cap, a 合计/小计 row's cap, or Σ 分值 (with the budget
 * block's execution points) against 满分 100 when no 合计 states it.
 */
import { capSumMismatch } from '../../../src/engine/rules/cap-sum-mismatch.js';
import { testRule } from '../../support/ruleTester.js';
import { smallSheet, type Leaf, type SmallSheet } from '../../support/smallSheet.js';

/** 执行数 114 of 全年预算数 120: 9.5 of the execution block's 10 points. */
const BUDGET: SmallSheet['budget'] = [['预算总额', 100, 120, 114, '95%', 10, 9.5]];
/** 产出 30 + 20, 效益 30, 满意度 10: with the execution 10, a table of 100. */
const leaves = (
  blocks: readonly [string, string, string] = ['产出指标', '效益指标', '满意度指标'],
  caps = [30, 20, 30, 10],
): Leaf[] => [
  {
    level1: blocks[0],
    name: '检查企业户数',
    target: '≥120',
    actual: 126,
    cap: caps[0],
    score: caps[0],
  },
  { name: '培训人次', target: '≥300', actual: 300, cap: caps[1], score: caps[1] },
  {
    level1: blocks[1],
    level2: '社会效益指标',
    name: '事故起数',
    target: '≤3',
    actual: 2,
    cap: caps[2],
    score: caps[2],
  },
  {
    level1: blocks[2],
    level2: '服务对象满意度指标',
    name: '群众满意度',
    target: '≥90%',
    actual: '95%',
    cap: caps[3],
    score: caps[3],
  },
];

testRule(capSumMismatch, {
  valid: [
    {
      name: 'block caps in their labels that add up, and 90 + 10 execution points = 100',
      sheet: smallSheet({
        budget: BUDGET,
        leaves: leaves(['产出指标（50分）', '效益指标（30分）', '满意度指标（10分）']),
      }),
    },
    {
      name: 'a 合计 stating 100: the leaves’ 90 and the execution block’s 10',
      sheet: smallSheet({ budget: BUDGET, leaves: leaves(), total: { cap: 100, score: 99.5 } }),
    },
    {
      name: 'thirds rounded to two decimals (33.33 + 33.33 + 33.34)',
      sheet: smallSheet({ leaves: leaves(undefined, [33.33, 33.33, 33.34, 0]) }),
    },
    {
      name: '20+80: leaves without caps take their block’s',
      sheet: smallSheet({
        budget: BUDGET,
        leaves: [
          {
            level1: '产出指标（60分）',
            name: '检查企业户数',
            target: '≥120',
            actual: 126,
            score: 60,
          },
          { level1: '效益指标（30分）', name: '事故起数', target: '≤3', actual: 2, score: 30 },
        ],
      }),
    },
  ],
  invalid: [
    {
      name: 'level-1 caps in labels that their leaves do not add up to',
      sheet: smallSheet({
        budget: BUDGET,
        leaves: leaves(['产出指标（40分）', '效益指标（40分）', '满意度指标']),
      }),
      findings: [
        {
          cell: 'A12',
          expected: 50,
          found: 40,
          message: [
            '一级指标「产出指标(40分)」的分值为 40，但其下 2 项指标分值合计为 50（相差 10）',
          ],
        },
        {
          cell: 'A14',
          expected: 30,
          found: 40,
          message: ['其下 1 项指标分值合计为 30（相差 10）'],
        },
      ],
    },
    {
      name: 'a level-2 cap in its label',
      sheet: smallSheet({
        budget: BUDGET,
        leaves: leaves().map((l, i) => (i === 0 ? { ...l, level2: '数量指标（40分）' } : l)),
      }),
      findings: [
        {
          cell: 'B12',
          expected: 50,
          found: 40,
          message: ['二级指标「数量指标(40分)」的分值为 40'],
        },
      ],
    },
    {
      name: 'a 合计 whose cap is not Σ 分值 with the execution points',
      sheet: smallSheet({
        budget: BUDGET,
        leaves: leaves(undefined, [30, 20, 25, 10]),
        total: { cap: 100, score: 94.5 },
      }),
      findings: [
        {
          cell: 'F16',
          expected: 95,
          found: 100,
          message: ['总分的分值为 100，但所含指标分值合计为 95（相差 5）'],
        },
      ],
    },
    {
      name: 'a 小计 whose cap is not Σ of its leaves',
      sheet: smallSheet({
        budget: BUDGET,
        leaves: [
          ...leaves().slice(0, 2),
          { label: '小计', cap: 40, score: 50 },
          ...leaves().slice(2),
        ],
      }),
      findings: [
        { cell: 'F14', expected: 50, found: 40, message: ['小计（2 项指标）的分值为 40'] },
      ],
    },
    {
      name: 'Σ 分值 with the execution points short of 满分 and no 合计 stating it',
      sheet: smallSheet({ budget: BUDGET, leaves: leaves(undefined, [30, 20, 25, 10]) }),
      findings: [
        {
          cell: 'F11',
          expected: 100,
          found: 95,
          message: ['各项指标分值（含预算执行率）合计为 95，应为满分 100（相差 5）'],
        },
      ],
    },
  ],
});
