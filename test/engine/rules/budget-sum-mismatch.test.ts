/**
 * budget-sum-mismatch: a budget total against Σ its parts (资金来源, 资金结构, a 其中 part no
 * larger than its total), and a form's 合计 column against its part columns.
 */
import { amount } from '../../../examples/sheets/sheet-builder.js';
import type { SpecCell } from '../../../examples/sheets/spec.js';
import { budgetSumMismatch } from '../../../src/engine/rules/budget-sum-mismatch.js';
import { testRule } from '../../support/ruleTester.js';
import { smallSheet, type BudgetLine } from '../../support/smallSheet.js';

/** 全年预算数 120 = 财政性资金 110 + 其他资金 10 = 基本支出 80 + 项目支出 40; executed 114. */
const budget = (total: BudgetLine = ['预算总额', 100, 120, 114, '95%', 10, 9.5]) =>
  smallSheet({
    budget: [
      total,
      ['1、资金来源：（1）财政性资金', 100, 110, 104],
      ['（2）其他资金', null, 10, 10],
      ['2、资金结构：（1）基本支出', 70, 80, 76],
      ['（2）项目支出', 30, 40, 38],
    ],
  });
const oneGroup = (...parts: BudgetLine[]) =>
  smallSheet({ budget: [['预算总额', 100, 120, 114, '95%', 10, 9.5], ...parts] });
/** A form's income table (rows 5–6): 合计 beside its parts, 上年结转 maybe outside it. */
const form = (total: number) =>
  smallSheet({
    after: [
      ['资金来源', '合计', '财政拨款', '其他资金', '上年结转'],
      ['2023年', amount(total), amount(120), amount(10), amount(20)],
    ],
  });
/** Seed 001's form (rows 5–7): "支出合计 | 其中：" spanning 基本支出 and 项目支出. */
const spanned = (total: SpecCell) =>
  smallSheet({
    after: [
      ['支出情况（万元）', '支出合计', '其中：', null],
      [null, null, '基本支出', '项目支出'],
      ['2023年', total, amount(80), amount(40)],
    ],
    merges: ['C5:D5'],
  });
/** A task list (rows 5–7) whose 其中 part is named in its header cell. */
const subset = (first: number, second: number) =>
  smallSheet({
    after: [
      ['任务名称', '预算资金', '其中：财政资金'],
      ['安全生产监管', amount(4.74), amount(first)],
      ['防震减灾工作', amount(8), amount(second)],
    ],
  });

testRule(budgetSumMismatch, {
  valid: [
    { name: 'both part groups add up, in every column', sheet: budget() },
    {
      name: '上年结转 listed beside a 合计 that leaves it out',
      sheet: oneGroup(['（1）财政拨款', 100, 100, 94], ['（2）上年结转', null, 20, 20]),
    },
    {
      name: 'a 其中 part no larger than its total',
      sheet: oneGroup(['其中：财政拨款', 90, 100, 95]),
    },
    { name: 'a form’s 合计 with 上年结转', sheet: form(150) },
    { name: 'a form’s 合计 that leaves 上年结转 out', sheet: form(130) },
    { name: 'a form’s 支出合计 = 基本支出 + 项目支出', sheet: spanned(amount(120)) },
    { name: 'a task list’s 其中 parts within their totals', sheet: subset(4.74, 8) },
  ],
  invalid: [
    {
      name: 'a 全年预算数 that is not Σ its 资金来源',
      sheet: oneGroup(
        ['1、资金来源：（1）财政性资金', 100, 110, 104],
        ['（2）其他资金', null, 15, 10],
      ),
      findings: [
        {
          cell: 'C5',
          expected: 125,
          found: 120,
          message: ['「预算总额」的全年预算数为 120，但「资金来源」各项合计为 125（相差 5）'],
        },
      ],
    },
    {
      name: 'a 年初预算数 left at 0 while both part groups are filled',
      sheet: budget(['预算总额', 0, 120, 114, '95%', 10, 9.5]),
      findings: [
        {
          cell: 'B5',
          expected: 100,
          found: 0,
          message: ['「预算总额」的年初预算数为 0，但「资金来源」各项合计为 100'],
        },
        { cell: 'B5', expected: 100, found: 0, message: ['「资金结构」各项合计为 100'] },
      ],
    },
    {
      name: 'a 年初预算数 left blank',
      sheet: smallSheet({
        budget: [
          ['预算总额', null, 120, 114, '95%', 10, 9.5],
          ['1、资金来源：（1）财政性资金', 100, 110, 104],
          ['（2）其他资金', null, 10, 10],
        ],
      }),
      findings: [
        {
          cell: 'B5',
          expected: 100,
          found: null,
          message: ['「预算总额」的年初预算数未填写，但「资金来源」各项合计为 100'],
        },
      ],
    },
    {
      name: 'a 执行数 left blank above its one 其中 part (宁夏原州 2022)',
      sheet: smallSheet({
        budget: [
          ['年度资金总额', 120, 120, null, null, 10, null],
          ['其中：自治区补助', 120, 120, 114],
        ],
      }),
      findings: [
        {
          cell: 'D5',
          expected: 114,
          found: null,
          message: ['「年度资金总额」的执行数未填写，而其中「其中：自治区补助」为 114'],
        },
      ],
    },
    {
      name: 'a 其中 part above its total',
      sheet: oneGroup(['其中：财政拨款', 90, 130, 95]),
      findings: [
        {
          cell: 'C5',
          expected: 130,
          found: 120,
          message: ['「预算总额」的全年预算数为 120，小于其中「其中：财政拨款」的 130'],
        },
      ],
    },
    {
      name: 'a form’s 合计 that is neither Σ parts nor Σ without 上年结转',
      sheet: form(140),
      findings: [
        {
          cell: 'B6',
          expected: 150,
          found: 140,
          message: [
            '「2023年」的「合计」为 140，但财政拨款、其他资金、上年结转合计为 150（相差 10）',
          ],
        },
      ],
    },
    {
      name: 'a form’s 支出合计 left blank',
      sheet: spanned(null),
      findings: [
        {
          cell: 'B7',
          expected: 120,
          found: null,
          message: ['「2023年」的「支出合计」未填写，但其中基本支出、项目支出合计为 120'],
        },
      ],
    },
    {
      name: 'a bare 合计 left blank on one line of a form',
      sheet: smallSheet({
        after: [
          ['资金来源', '合计', '财政拨款', '其他资金', '上年结转'],
          ['2022年', amount(140), amount(110), amount(10), amount(20)],
          ['2023年', null, amount(120), amount(10), amount(20)],
        ],
      }),
      findings: [
        { cell: 'B7', expected: 150, found: null, message: ['「2023年」的「合计」未填写'] },
      ],
    },
    {
      name: 'a task list’s 其中 part above its total',
      sheet: subset(4.74, 9),
      findings: [
        {
          cell: 'C7',
          expected: 8,
          found: 9,
          message: ['「防震减灾工作」其中「财政资金」9 大于「预算资金」8'],
        },
      ],
    },
    {
      name: 'a 其中 part above its total on the first line under a one-row header',
      sheet: subset(5, 8),
      findings: [
        {
          cell: 'C6',
          expected: 4.74,
          found: 5,
          message: ['「安全生产监管」其中「财政资金」5 大于「预算资金」4.74'],
        },
      ],
    },
  ],
});
