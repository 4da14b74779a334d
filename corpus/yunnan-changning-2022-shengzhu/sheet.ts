/**
 * 昌宁县供销合作社联合社 2022 — 项目支出绩效自评表 of 昌宁县昌龙鸿运牧业专业合作社生猪养殖场建设
 * 项目, the "20+80" template: 预算执行情况(20分) with "得分(20分*执行率)" and a bare 执行率 20
 * (10 ÷ 50), 年度绩效目标(80分) with the level-1 cap only in its label (产出指标(40分)), a single
 * 得分 column, and 三级 names still holding the template's "**" placeholders. The source stops
 * inside 数量指标.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder } from '../../examples/sheets/sheet-builder.js';
import type { WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 6; // columns A–G

/** A leaf: 三级指标, 年初目标值(A), 实际完成值(B), 得分. */
type Leaf = readonly [string, number, number, number];

const DEPT = '昌宁县供销合作社联合社';
const COOP = '昌宁县昌龙鸿运牧业专业合作社';
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标(40分)', [
    ['数量指标', [
      ['公猪舍(≥**平方米)', 22.8, 22.8, 1],
      ['母猪、保育猪舍(≥**平方米)', 180, 180, 3],
      ['育肥猪舍(≥**平方米)', 180, 180, 3],
      ['周转猪舍(≥**平方米)', 180, 180, 3],
      ['隔离舍(≥**平方米)', 54, 54, 2],
      ['仓库(≥**平方米)', 104, 104, 2],
      ['管理用房及消通道(≥**平方米)', 76.44, 76.44, 2],
      ['化粪池(≥**立方米)', 63, 63, 1],
      ['堆粪房(≥**平方米)', 29.6, 29.6, 1],
      ['消毒池(≥**平方米)', 14, 14, 1],
      ['排污沟(≥米)', 50, 50, 1],
      ['场地硬化(≥**平方米)', 230, 230, 2],
      ['粉碎拌合机(11kw)(≥台)', 1, 1, 1],
      ['产床(全复合双体产床)(≥套)', 2, 2, 1],
      ['保育栏(≥套)', 4, 4, 1],
      ['消毒机(≥台)', 1, 1, 1],
      ['冲洗机(≥台)', 1, 1, 1],
      ['种公猪(≥头)', 2, 2, 2],
    ]],
  ]],
];

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.row(['附件3:']);
  s.across(s.row(['2022年度项目支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['单位名称:昌宁县供销合作社联合社 填报日期:2023年4月15日']), 0, LAST);

  const top = s.fields(['项目名称', [`${COOP}生猪养殖场建设项目`, LAST]]);
  s.fields(['主管部门', [DEPT, 2], '项目实施单位', [COOP, LAST]]);
  s.fields(['项目类别', ['1、部门预算项目 □ 2、县直专项 ☑ 3、省市对下转移支付项目 □', LAST]]);
  s.fields(['项目属性', ['1、持续性项目 ☑ 2、新增性项目 □', LAST]]);
  // prettier-ignore
  titledBlock(s, ['预算执行情况(万元)\n(20分)', null, '预算数(A)', '执行数(B)', '执行率(B/A)', ['得分\n(20分*执行率)', LAST]], [
    ['年度财政资金总额', 50, 10, 20, 4],
  ], { bold: true });
  // prettier-ignore
  titledGrid(s, ['年度绩效目标\n(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'], GRID);
  s.border(top, s.nextRow - 1);
  return s.build([16, 16, 14, 30, 14, 14, 10]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.yncn.gov.cn/info/5102/8340150.htm',
  sheets: [build()],
};
