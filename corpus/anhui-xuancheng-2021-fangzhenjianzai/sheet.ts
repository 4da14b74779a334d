/**
 * 宣城市地震局 2021 — 防震减灾项目支出绩效自评表 of 防震减灾综合保障: the 安徽 print of the
 * national template (年度总体目标完成情况 / 年度绩效指标完成情况), its 产出 level-1 cell reading
 * only "(50分)" as published, the execution score in the 项目资金 block (分值 10), actual values as
 * text with units ("600余人"). The source stops at the 成本指标 block.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** 三级指标, 年度指标值, 实际完成值, 分值, 得分. */
type Leaf = readonly [string, SpecCell, SpecCell, number, number];

const P = (t: string) => typed(t);
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['(50分)', [
    ['数量指标', [
      ['指标1:接受业务培训人数', 200, '200余人', 10, 10],
      ['指标2:科普馆参观人数', 500, '600余人', 10, 10],
    ]],
    ['质量指标', [
      ['指标1:台站正常运行', P('100%'), P('100%'), 10, 10],
      ['指标2:台网运行率', '≥95%', P('99.12%'), 10, 10],
    ]],
    ['时效指标', [
      ['指标1:业务培训时限', '11月底前', '10月', 5, 5],
      ['指标2:科普宣传时限', '11月底前', '10月', 5, 5],
    ]],
  ]],
];

const PLAN =
  '目标1:省政府对市政府防震减灾目标管理绩效考核第一名。\n目标2:全省市级防震减灾综合考核先进单位。';
const DONE =
  '1.省政府对市政府防震减灾目标管理绩效考核第一名。\n2.全省市级防震减灾综合考核先进单位。';

function build() {
  const s = new SheetBuilder('防震减灾项目支出绩效自评表');
  s.row(['附件1']);
  s.across(s.row(['防震减灾项目支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2021年度)']), 0, LAST);
  const top = s.fields(['项目名称', ['防震减灾综合保障', LAST]]);
  s.fields(['主管部门', ['宣城市地震局', 4], '实施单位', ['宣城市地震局', LAST]]);
  // prettier-ignore
  titledBlock(s, ['项目资金\n(万元)', [null, 2], '年初预算数', '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'], [
    ['年度资金总额:', 55, 55, 55, 10, P('100%'), 10],
    ['其中:本年财政拨款', 55, 55, 55, '-', P('100%'), '-'],
    ['上年结转资金', 0, 0, 0, '-', null, '-'],
    ['其他资金', 0, 0, 0, '-', null, '-'],
  ], { bold: true });
  titledBlock(s, ['年度总体目标完成情况', ['预期目标', 4], ['实际完成情况', LAST]], [[PLAN, DONE]]);
  // prettier-ignore
  titledGrid(s, ['年度绩效指标完成情况', '一级\n指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'], GRID);
  s.border(top, s.nextRow - 1);
  return s.build([12, 10, 12, 30, 14, 14, 8, 8, 24]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.xuancheng.gov.cn/OpennessContent/show/2594005.html',
  sheets: [build()],
};
