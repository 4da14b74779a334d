/**
 * 遂宁市安居区市场监管局 2021 — 食品监管补助资金区域绩效目标自评表 (四川 transfer-payment form):
 * one unlabelled number column on the right, headed only by 自评得分 / 100 in the header block,
 * holding 20 (预算执行), 20 (年度目标), 50 (绩效指标) and a number on every indicator row. Every
 * actual equals its target, so nothing tells whether those numbers are 分值 or 得分.
 * The source stops in the 可持续影响指标 row.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 6; // columns A–G

/** 三级指标, 年度指标值, 实际完成指标值, the number of the right-hand column (null: cut). */
type Leaf = readonly [string, SpecCell?, SpecCell?, number?];

const DONE = '已完成';
const ALL = typed('100%');
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标', [
    ['质量指标', [
      ['指标1:食品安全监管人员培训', DONE, DONE, 5],
      ['指标2:违法案件查办率', ALL, ALL, 4],
      ['指标3:食品经营环节风险分级', ALL, ALL, 5],
      ['指标4:开展食品安全宣传周等科普宣传活', DONE, DONE, 3],
      ['指标5:进口冷链食品新冠肺炎疫情应急处置示范演练', DONE, DONE, 3],
      ['指标6:食品安全投诉举报处置率', ALL, ALL, 3],
    ]],
    ['时效指标', [['指标1:食品监管专项工作整体完成时间', '2021年12月31日', '2021年12月31日', 5]]],
  ]],
  ['效益指标', [
    ['社会效益指标', [
      ['指标1:辖区内与补助资金相关的重大食品安全监管责任事故发生数', '0次', '0次', 3],
      ['指标2:辖区内公众食品安全科普知识素养', '逐步提高', '逐步提高', 3],
    ]],
    ['可持续影响指标', [['指标1:技']]],
  ]],
];

const GOALS = [
  '目标1:深入开展食品风险隐患排查整治。',
  '目标2:加大违法行为打击力度。',
  '目标3:加强基层监管人员监管业务培训。',
  '目标4:加大食品安全宣传力度。',
];

function build() {
  const s = new SheetBuilder('区域绩效目标自评表');
  s.across(s.row(['食品监管补助资金区域绩效目标自评表'], { bold: true }), 0, LAST);
  // prettier-ignore
  const top = s.fields(['专项名称', ['食品监管补助资金', 2], '中央主管部门', ['市场监管总局', 5], '自评得分']);
  s.fields(['省级财政部门', ['四川省财政厅', 2], '省级主管部门', ['四川省市场监管局', 5], 100]);

  // The right-hand column's number of each block is merged down over the block.
  // prettier-ignore
  const budget = titledBlock(s, ['预算执行情况', '预算数:', 2.38, '执行数:', [2.38, 5], 20], [
    ['其中:中央补助', '2.38  万元', '其中:中央补助', '2.38万元'],
    ['地方资金/其他', '万元', '地方资金/其他', '万元'],
  ]);
  s.down(6, budget, s.nextRow - 1);
  // prettier-ignore
  const goals = titledBlock(s, ['年度目标完成情况', ['预期目标', 2], ['目标实际完成情况', 5], 20], GOALS.map((g) => [g, g]));
  s.down(6, goals, s.nextRow - 1);
  // prettier-ignore
  titledGrid(s, ['年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成指标值', 50], GRID);
  s.border(top, s.nextRow - 1);
  return s.build([14, 10, 14, 40, 16, 16, 8]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.scanju.gov.cn/gongkai/show/1e8c35c4e0ae4aaf81ef392897c56b63.html',
  sheets: [build()],
};
