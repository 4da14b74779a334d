/** execution-over-budget: 执行数 above the budget (全年预算数, else 年初预算数) on a budget line. */
import { executionOverBudget } from '../../../src/engine/rules/execution-over-budget.js';
import { testRule } from '../../support/ruleTester.js';
import { smallSheet, type BudgetLine } from '../../support/smallSheet.js';

const sheet = (...lines: BudgetLine[]) => smallSheet({ budget: lines });
const PARTS: BudgetLine[] = [
  ['1、资金来源：（1）财政性资金', 100, 110, 104],
  ['（2）其他资金', null, 10, 10],
];

testRule(executionOverBudget, {
  valid: [
    {
      name: 'spending within 全年预算数 on every line',
      sheet: sheet(['预算总额', 100, 120, 114, '95%', 10, 9.5], ...PARTS),
    },
    {
      name: 'above 年初预算数 but within 全年预算数 (the adjusted budget)',
      sheet: sheet(['预算总额', 100, 120, 120, '100%', 10, 10]),
    },
    {
      name: '120.004 shown as 120.00 is within 120',
      sheet: sheet(['预算总额', 100, 120, { v: 120.004, fmt: '0.00' }, '100%', 10, 10]),
    },
  ],
  invalid: [
    {
      name: 'the total spent above 全年预算数',
      sheet: sheet(['预算总额', 100, 120, 130, '108.33%', 10, 10]),
      findings: [
        {
          cell: 'D5',
          expected: 120,
          found: 130,
          message: [
            '「预算总额」执行数 130 超过预算数 120（超出 10，执行率 108.33%）',
            '预算调整未反映在表中',
          ],
        },
      ],
    },
    {
      name: 'spending against a 全年预算数 of 0: no rate, not a rate of 0 %',
      sheet: sheet(['预算总额', null, 0, 207.45, null, 10, null]),
      findings: [
        {
          cell: 'D5',
          expected: 0,
          found: 207.45,
          message: ['执行数 207.45 超过预算数 0（超出 207.45，预算数为 0，执行率无法计算）'],
        },
      ],
    },
    {
      name: 'a part spent above its budget',
      sheet: sheet(['预算总额', 100, 120, 114, '95%', 10, 9.5], PARTS[0]!, [
        '（2）其他资金',
        null,
        10,
        12,
      ]),
      findings: [
        {
          cell: 'D7',
          expected: 10,
          found: 12,
          message: ['「（2）其他资金」执行数 12 超过预算数 10（超出 2，执行率 120%）'],
        },
      ],
    },
    {
      name: 'only 年初预算数 stated, and spending above it',
      sheet: sheet(['预算总额', 100, null, 105, '105%', 10, 10]),
      findings: [{ cell: 'D5', expected: 100, found: 105, message: ['超过预算数 100'] }],
    },
  ],
});
