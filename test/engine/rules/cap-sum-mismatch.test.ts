/**
 * cap-sum-mismatch: a block's stated cap, a 合计/小计 row's cap, or Σ 分值 (with the budget
 * block's execution points) against 满分 100 when no 合计 states it.
 */
import { capSumMismatch } from '../../../src/engine/rules/cap-sum-mismatch.js';
import { SheetBuilder } from '../../../examples/sheets/sheet-builder.js';
import { sheetToGrid } from '../../../examples/sheets/toGrid.js';
import { testRule } from '../../support/ruleTester.js';
import { BUDGET, projectLeaves, smallSheet } from '../../support/smallSheet.js';

/** The project's level-1 labels with caps in them ("产出指标（50分）"). */
const labelled = (output: number, effect: number, satisfaction: number) =>
  projectLeaves({
    0: { level1: `产出指标（${output}分）` },
    2: { level1: `效益指标（${effect}分）` },
    3: { level1: `满意度指标（${satisfaction}分）` },
  });
/** 事故起数 weighing 25: Σ 分值 85, 95 with the execution 10. */
const short = projectLeaves({ 2: { cap: 25, score: 25 } });

testRule(capSumMismatch, {
  valid: [
    {
      name: 'block caps in their labels that add up, and 90 + 10 execution points = 100',
      sheet: smallSheet({ budget: BUDGET, leaves: labelled(50, 30, 10) }),
    },
    {
      name: 'a 合计 stating 100: the leaves’ 90 and the execution block’s 10',
      sheet: smallSheet({
        budget: BUDGET,
        leaves: projectLeaves(),
        total: { cap: 100, score: 100 },
      }),
    },
    {
      name: 'thirds rounded to two decimals (33.33 + 33.33 + 33.34)',
      sheet: smallSheet({
        leaves: projectLeaves({ 0: { cap: 33.33 }, 1: { cap: 33.33 }, 2: { cap: 33.34 } }).slice(
          0,
          3,
        ),
      }),
    },
    {
      name: '20+80: leaves without caps take their block’s',
      sheet: smallSheet({
        budget: BUDGET,
        leaves: projectLeaves({
          0: { level1: '产出指标（50分）', cap: null },
          1: { cap: null },
          2: { level1: '效益指标（30分）', cap: null },
          3: { level1: '满意度指标（10分）', cap: null },
        }),
      }),
    },
  ],
  invalid: [
    {
      name: 'level-1 caps in labels that their leaves do not add up to',
      sheet: smallSheet({ budget: BUDGET, leaves: labelled(40, 40, 10) }),
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
        leaves: projectLeaves({ 0: { level2: '数量指标（40分）' } }),
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
      sheet: smallSheet({ budget: BUDGET, leaves: short, total: { cap: 100, score: 94.5 } }),
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
          ...projectLeaves().slice(0, 2),
          { label: '小计', cap: 40, score: 50 },
          ...projectLeaves().slice(2),
        ],
      }),
      findings: [
        { cell: 'F14', expected: 50, found: 40, message: ['小计（2 项指标）的分值为 40'] },
      ],
    },
    {
      name: 'a side title’s cap against the caps its level-1 labels state (20+80, 云南昌宁 2022)',
      sheet: sideTitled(),
      findings: [
        {
          cell: 'A2',
          expected: 40,
          found: 80,
          message: [
            '指标组「年度绩效目标(80分)」的分值为 80，但其下各组标注的分值与指标分值合计为 40',
          ],
        },
        // No budget block: no execution score to speak of.
        { cell: 'B1', expected: 100, found: 40, message: ['各项指标分值合计为 40，应为满分 100'] },
      ],
    },
    {
      name: 'Σ 分值 with the execution points short of 满分 and no 合计 stating it',
      sheet: smallSheet({ budget: BUDGET, leaves: short }),
      findings: [
        {
          cell: 'F11',
          expected: 100,
          found: 95,
          message: ['各项指标分值 85 + 预算执行率分值 10 = 95，应为满分 100（相差 5）'],
        },
      ],
    },
  ],
});

/** 年度绩效目标(80分) down the side over one level-1 block, 产出指标(40分), whose rows state no cap. */
function sideTitled() {
  const s = new SheetBuilder('项目自评表');
  s.row([null, '一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '得分']);
  const first = s.row([
    '年度绩效目标（80分）',
    '产出指标（40分）',
    '数量指标',
    '培训场次',
    '10次',
    '10次',
    20,
  ]);
  const last = s.row([null, null, null, '合格率', '100%', '100%', 20]);
  s.down(0, first, last).down(1, first, last).down(2, first, last);
  return sheetToGrid(s.build([]));
}
