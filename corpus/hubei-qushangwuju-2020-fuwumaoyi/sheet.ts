/**
 * 区商务局 2020 — 2020年市级服务贸易发展资金项目自评表, the "20+80" template: 预算执行情况(20分)
 * with "得分(20分*执行率)", 年度绩效目标(80分) over level-1 blocks labelled 产出指标(60分) and
 * 效益指标(40分) (60 + 40 = 100, not 80), a single 得分 column (no 分值), a grid indicator
 * 预算资金执行率 scored inside 产出指标, and a 总分 of 100 that leaves the execution score out.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { amount, SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 6; // columns A–G

/** A leaf: 三级指标, 年初目标值(A), 实际完成值(B), 得分. */
type Leaf = readonly [string, SpecCell, SpecCell, number];

const P = (t: string) => typed(t);
const DEPT = '区商务局';
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标\n(60 分)', [
    ['数量指标', [
      ['服务外包在岸(万美元)', 20000, 23333.56, 10],
      ['服务外包离岸(万美元)', 4500, 4557.51, 10],
      ['支持服务贸易、服务外包企业数量', 3, 3, 10],
    ]],
    ['质量指标', [['企业国际质量提升', '获得目的国(地区)受众欢迎', '受目的国受众欢迎显著', 10]]],
    ['时效指标', [
      ['预算资金执行率', P('90%'), P('100%'), 10],
      ['资金拨付及时性', '98%以上', P('100%'), 10],
    ]],
  ]],
  ['效益指标\n(40 分)', [
    ['社会效益指标', [[
      '企业把握政治导向和文化方向情况',
      '企业把握正确政治导向和文化方向情况的评价',
      '企业较好把握正确政治导向和文化方向情况的评价',
      20,
    ]]],
    ['可持续影响指标', [['推动企业走出去方面发挥的作用', '是否利于企业走出去', '有利于推动企业走出去', 20]]],
  ]],
];

const NOTE =
  '备注:\n1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。\n2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权平均计算。定量指标计分原则:正';

function build() {
  const s = new SheetBuilder('项目自评表');
  s.across(s.row(['2020 年市级服务贸易发展资金项目自评表'], { bold: true }), 0, LAST);
  s.fields([
    ['单位名称:区商务局', 2],
    ['填报日期:2021 年 4 月 22 日', LAST],
  ]);

  const top = s.fields(['项目名称', ['2020 年市级服务贸易发展资金', LAST]]);
  s.fields(['主管部门', [DEPT, 2], '项目实施单位', ['投资促进中心', LAST]]);
  s.fields(['项目类别', ['1、部门预算项目 2、区直专项 □', LAST]]);
  s.fields(['项目属性', ['1、持续性项目 2、新增性项目 □', LAST]]);
  s.fields(['项目类型', ['1、常年性项目 2、延续性项目 □ 3、一次性项目 □', LAST]]);
  // prettier-ignore
  titledBlock(s, ['预算执行\n情况(万元)\n(20 分)', null, '预算数\n(A)', '执行数(B)', '执行率(B/A)', ['得分\n(20 分*执行率)', LAST]], [
    ['年度财政\n资金总额', amount(285.84), amount(285.84), P('100%'), 20],
  ], { bold: true });
  // prettier-ignore
  titledGrid(s, ['年度\n绩效\n目标\n(80 分)', '一级指标', '二级指标', '三级指标', '年初目标值\n(A)', '实际完成值\n(B)', '得分'], GRID);
  s.fields(['总分', [100, LAST]], { bold: true });
  s.fields(['偏差大或\n目标未完成\n原因分析', [null, LAST]]);
  s.fields(['改进措施及\n结果应用方案', [null, LAST]]);
  const sign = s.fields(['单位主要负责人\n签批意见', ['签名:          年   月   日', LAST]]);
  s.border(top, sign);
  s.across(s.row([NOTE]), 0, LAST);
  return s.build([16, 14, 14, 30, 22, 22, 10]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.kunmingchi.com/archives/973rxnk2je7n4oep6ym4.html',
  sheets: [build()],
};
