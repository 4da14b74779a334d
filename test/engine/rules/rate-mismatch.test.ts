/**
 * rate-mismatch: a stated 得分率 (leaf or 合计) ≠ 得分 ÷ 分值, or a stated 执行率 on any budget
 * line ≠ 执行数 ÷ 全年预算数.
 */
import { rateMismatch } from '../../../src/engine/rules/rate-mismatch.js';
import type { SpecCell } from '../../../examples/sheets/spec.js';
import { testRule } from '../../support/ruleTester.js';
import { smallSheet, type BudgetLine } from '../../support/smallSheet.js';

/** 培训人次 27 of 30 (90 %) and 事故起数 70 of 70: 97 of 100. */
const scored = (leafRate: SpecCell, totalRate: SpecCell = null) =>
  smallSheet({
    leaves: [
      {
        name: '培训人次',
        target: '≥300',
        actual: 270,
        cap: 30,
        score: 27,
        reason: '2期培训延至次年',
        scoreRate: leafRate,
      },
      {
        level1: '效益指标',
        level2: '社会效益指标',
        name: '事故起数',
        target: '≤3',
        actual: 2,
        cap: 70,
        score: 70,
        scoreRate: '100%',
      },
    ],
    total: { cap: 100, score: 97, scoreRate: totalRate },
  });
/** 执行数 114 of 全年预算数 120 (95 %); its 财政性资金 part 104 of 110 (94.55 %). */
const budget = (totalRate: SpecCell, partRate: SpecCell = '94.55%') =>
  smallSheet({
    budget: [
      ['预算总额', 100, 120, 114, totalRate, 10, 9.5],
      ['1、资金来源：（1）财政性资金', 100, 110, 104, partRate],
      ['（2）其他资金', null, 10, 10, '100%'],
    ] satisfies BudgetLine[],
  });

testRule(rateMismatch, {
  valid: [
    {
      name: '得分率 typed "90%" on a leaf, 97 without a sign on the 合计',
      sheet: scored('90%', 97),
    },
    { name: '执行率 on 全年预算数 on every line', sheet: budget('95%') },
    { name: '94.5% shown with one decimal for 94.55 %', sheet: budget(0.95, '94.5%') },
    { name: '95% shown without decimals for 94.55 %', sheet: budget('95%', '95%') },
  ],
  invalid: [
    {
      name: 'a leaf’s 得分率',
      sheet: scored('85%'),
      findings: [
        {
          cell: 'I12',
          expected: 0.9,
          found: 0.85,
          message: ['「培训人次」得分率应为 得分÷分值 = 27÷30 = 90%，表中为 85%'],
        },
      ],
    },
    {
      name: 'the 合计’s 得分率',
      sheet: scored('90%', '100%'),
      findings: [
        {
          cell: 'I14',
          expected: 0.97,
          found: 1,
          message: ['总分得分率应为 97÷100 = 97%，表中为 100%'],
        },
      ],
    },
    {
      name: '执行率 divided by 年初预算数 instead of 全年预算数',
      sheet: budget('114%'),
      findings: [
        {
          cell: 'E5',
          expected: 0.95,
          found: 1.14,
          message: ['「预算总额」预算执行率应为 执行数÷预算数 = 114÷120 = 95%，表中为 114%'],
        },
      ],
    },
    {
      name: 'a part’s 执行率, typed 94 without a sign',
      sheet: budget('95%', 94),
      findings: [
        { cell: 'E6', expected: 0.9455, found: 0.94, message: ['104÷110 = 94.55%，表中为 94%'] },
      ],
    },
  ],
});
