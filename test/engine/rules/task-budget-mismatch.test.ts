/** task-budget-mismatch: the 年度主要任务 budgets against the budget block's 年初预算数. */
import { amount } from '../../../examples/sheets/sheet-builder.js';
import type { SpecCell } from '../../../examples/sheets/spec.js';
import { taskBudgetMismatch } from '../../../src/engine/rules/task-budget-mismatch.js';
import { testRule } from '../../support/ruleTester.js';
import { smallSheet } from '../../support/smallSheet.js';

/** 年初预算数 `initial` (B5), and a 年度主要任务 list (from row 13) of the budgets given. */
const sheet = (initial: SpecCell, budgets: readonly number[], header = '预算数') =>
  smallSheet({
    budget: [['预算总额', initial, 565.22, 565.22, '100%', 10, 10]],
    leaves: [{ name: '检查企业户数', target: '≥120', actual: 126, cap: 90, score: 90 }],
    after: [
      ['年度主要任务'],
      ['任务名称', '主要内容', header, '执行数'],
      ...budgets.map((b, i) => [TASKS[i]!, '按年度计划实施', amount(b), amount(b)]),
    ],
  });
const TASKS = ['基本工资福利支出', '一般商品和服务支出', '防震减灾工作', '安全生产监管'];

testRule(taskBudgetMismatch, {
  valid: [
    { name: 'tasks adding up to 年初预算数', sheet: sheet(470.64, [429.52, 26.4, 8, 6.72]) },
    {
      name: 'tasks budgeted under 年初预算数',
      sheet: sheet(470.64, [429.52, 26.4, 8, 6.72], '年初预算数'),
    },
    { name: 'a single task (nothing to add up)', sheet: sheet(470.64, [429.52]) },
    { name: 'no 年初预算数 stated', sheet: sheet(null, [429.52, 26.4]) },
  ],
  invalid: [
    {
      name: 'seed 000: tasks adding to 470.46 against 470.64',
      sheet: sheet(470.64, [429.52, 26.22, 8, 6.72]),
      findings: [
        {
          cell: 'B5',
          expected: 470.46,
          found: 470.64,
          message: [
            '「年度主要任务」所列 4 项预算合计为 470.46，与「预算总额」的 470.64 不一致（相差 0.18）',
          ],
        },
      ],
    },
    {
      name: 'tasks above 年初预算数',
      sheet: sheet(470.64, [429.52, 26.4, 8, 16.72], '年初预算数'),
      findings: [
        {
          cell: 'B5',
          expected: 480.64,
          found: 470.64,
          message: ['所列 4 项预算合计为 480.64', '相差 10'],
        },
      ],
    },
    {
      name: 'two tasks short by one cent',
      sheet: sheet(435.53, [429.52, 6]),
      findings: [{ cell: 'B5', expected: 435.52, found: 435.53, message: ['相差 0.01'] }],
    },
  ],
});
