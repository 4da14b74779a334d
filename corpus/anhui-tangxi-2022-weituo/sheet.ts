/**
 * 棠溪镇人民政府 2022 — 项目支出绩效自评表 (national template) of 委托业务项目: the 年度资金总额 row
 * was left 0 / 0 / 0 (执行率 0, 得分 0) while its 其中:本年财政拨款 row holds 90 / 89.974 /
 * 89.974. Level-1 caps in the labels. The source stops at the 满意度 block.
 */
import { projectForm } from '../../examples/sheets/project-form.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** 三级指标, 年度指标值, 实际完成值, 分值, 得分. */
type Leaf = readonly [string, SpecCell, SpecCell, number, number];

const MET = '达成预期指标';
const OWNER = '219-池州市贵池区棠溪镇人民政府';
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标(50分)', [
    ['数量指标', [['基建工程委托业务项目数量', '≥50个', 50, 8, 8]]],
    ['质量指标', [
      ['委托业务报告合格率', '≥100百分比', 100, 8, 8],
      ['经费支出合规性', '严格执行相关制度规定', MET, 8, 8],
    ]],
    ['时效指标', [['提交报告及时性', '在项目计划完成时间内完成', MET, 8, 8]]],
    ['成本指标', [
      ['项目总成本', '≤90万元', 90, 8, 8],
      ['单项业务成本', '符合相关规定', MET, 10, 10],
    ]],
  ]],
  ['效益指标(30分)', [
    ['社会效益指标', [['对维护基建市场公平的影响程度', '效果明显', MET, 10, 10]]],
    ['生态效益指标', [['对控制基建项目成本影响程度', '效果明显', MET, 10, 10]]],
    ['可持续影响指标', [['对推动基建项目“四项制度”健全和落实的持续性影响', '效果明显', MET, 10, 10]]],
    ['经济效益指标', []],
  ]],
];

const PLAN =
  '本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;30万元用于基建工程项目设计、规划、测绘。';
const DONE =
  '本项目共完成预算资金89.97万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;29.99万元用于基建工程项目设计、规划、测绘。';

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.row(['附件:']);
  s.across(s.row(['项目支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2022年度)']), 0, LAST);

  const top = projectForm(s, {
    name: '委托业务项目',
    owner: OWNER,
    unit: '219001-池州市贵池区棠溪镇人民政府',
    funds: [
      ['年度资金总额:', 0, 0, 0, 10, 0, 0],
      ['其中:本年财政拨款', 90, 89.974, 89.974],
      ['上年结转资金'],
      ['其他资金'],
    ],
    goal: [PLAN, DONE],
    grid: GRID,
  });
  s.border(top, s.nextRow - 1);
  return s.build([10, 14, 14, 34, 18, 14, 8, 8, 24]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2',
  sheets: [build()],
};
