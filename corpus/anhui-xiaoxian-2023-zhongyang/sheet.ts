/**
 * 萧县张庄寨镇 2023 — 绩效目标自评表 of 河西村特色种养补贴到户项目: 分值 left of the target, ★ rows
 * carrying the points with "其中…" sub-rows under them (target and actual only), spaced level-1
 * labels with caps "产 出 指 标 (50分)". The source stops at the 满意度 block.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** 三级指标, 分值, 年度指标值, 全年实际值, 得分 (null = a sub-row or an empty row). */
type Leaf = readonly [string | null, SpecCell?, SpecCell?, SpecCell?, SpecCell?];

const P = (t: string) => typed(t);
const sub = (name: string, target: string, actual: string): Leaf => [
  name,
  null,
  target,
  actual,
  null,
];
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产 出 指 标 (50分)', [
    ['数量指标', [
      ['★补助各类瓜果蔬菜种植面积', 20, '29.5亩', '29.5亩', 20],
      sub('其中桃树种植面积', '1.5亩', '1.5亩'),
      sub('其中苹果树种植面积', '5亩', '5亩'),
      sub('其中露天蔬菜', '20亩', '20亩'),
      sub('其中大棚蔬菜', '3亩', '3亩'),
      ['★补助鱼塘面积', 10, '3亩', '3亩', 10],
      sub('其中鱼塘养殖面积', '3亩', '3亩'),
      ['★补助家畜家禽养殖数量', 10, '192只', '192只', 10],
      sub('其中羊养殖数量', '180只', '180只'),
      sub('其中猪养殖数量', '12头', '12头'),
    ]],
    ['质量指标', [
      [null],
      ['种植作物成活率', 5, P('95%'), P('95%'), 5],
      ['养殖家畜家禽成活率', 5, P('95%'), P('100%'), 5],
    ]],
    ['……', [[null]]],
  ]],
  ['效 益 指 标 (30分)', [
    ['经济效益指标', [[null], ['特色产业带动增加受益农户收入(总收入)', 20, '≥11.376万元', '12万元', 20]]],
    ['社会效益指标', [['受益人口数量', 10, '90人', '90人', 10]]],
    ['生态效益指标', [[null]]],
    ['可持续影响指标', [[null]]],
    ['……', [[null]]],
  ]],
];

const GOAL = '落实39户特色种养业奖补政策,增加脱贫户家庭收入';

function build() {
  const s = new SheetBuilder('绩效目标自评表');
  s.across(s.row(['绩效目标自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2023年度)']), 0, LAST);
  // prettier-ignore
  const top = s.fields(['项目名称', ['河西村特色种养补贴到户项目', 4], '项目负责人及电话', ['李宁0557-5788003', LAST]]);
  s.fields(['主管部门', ['县农业农村局', 4], '实施单位', ['张庄寨镇人民政府', LAST]]);
  // prettier-ignore
  titledBlock(s, ['资金情况（万元）', [null, 3], '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'], [
    ['年度资金总额:', 9.48, 9.48, 10, P('100%'), 10],
    ['其中:本年财政拨款', 9.48, 9.48, 10, P('100%'), 10],
    ['其他资金', '-', '-'],
  ], { bold: true });
  // prettier-ignore
  titledBlock(s, ['年度总体目标', ['年初设定目标', 4], ['年度总体目标完成情况综述', LAST]], [[GOAL, GOAL]]);
  // prettier-ignore
  titledGrid(s, ['绩效指标', '一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分', '未完成原因及拟采取的改进措施'], GRID);
  s.border(top, s.nextRow - 1);
  return s.build([10, 12, 14, 34, 8, 14, 12, 8, 20]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.ahxx.gov.cn/grassroots/279/158998981.html',
  sheets: [build()],
};
