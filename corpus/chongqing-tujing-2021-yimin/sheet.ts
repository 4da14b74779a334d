/**
 * 忠县涂井乡 2021 — 中央、市级专项转移支付绩效目标自评表 of a 移民安置区精准帮扶 project: a
 * transfer-payment form with no 分值 or 得分 column, amounts as text with units ("372.29万元"),
 * spaced labels "绩 效 指 标" / "产 出 指 标" / "效 益 指 标". The source stops in 社会效益指标.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 6; // columns A–G

/** 三级指标, 年度指标值, 全年完成值. */
type Leaf = readonly [string, SpecCell, SpecCell];

const P = (t: string) => typed(t);
const ROAD = '降低村民出行和农产品运输成本';
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产 出 指 标', [
    ['数量指标', [
      ['指标1:新建道路', '524m', '524m'],
      ['指标2:硬化道路', '5719m', '5719m'],
      ['指标3:人行便道硬化', '14.7km', '14.7km'],
    ]],
    ['质量指标', [['指标1:工程完工率', P('100%'), P('100%')], ['指标2:工程验收合格率', P('100%'), P('100%')]]],
    ['时效指标', [['道路交通设施完成时间', '2021年', '2021年']]],
    ['成本指标', [['道路交通设施', '713万元', '713万元']]],
  ]],
  ['效 益 指 标', [
    ['经济效益指标', [['道路交通设施', ROAD, ROAD]]],
  ]],
];

const GOAL = '新建道路 524m;硬化道路5719m;人行便道硬化 14.7km。';

function build() {
  const s = new SheetBuilder('绩效目标自评表');
  s.across(s.row(['中央、市级专项转移支付绩效目标自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2021年度)']), 0, LAST);
  // prettier-ignore
  const top = s.fields(['专项(项目)名称', ['忠县涂井乡龙滩村农村移民安置区精准帮扶项目', 3], '负责人及电话', ['廖朝伟\n13635397499', LAST]]);
  s.fields(['市级主管部门', ['重庆市水利局', LAST]]);
  s.fields(['县级主管部门', ['忠县水利局', 3], '实施单位', ['忠县涂井乡人民政府', LAST]]);
  // prettier-ignore
  titledBlock(s, ['项目资金(万元)', [null, 2], '全年预算数(A)', '全年执行数(B)', '执行率(B/A)'], [
    ['年度资金总额:', '372.29万元', '372.29万元', P('100%')],
    ['其中:中央、市级补助', '372.29万元', '372.29万元', P('100%')],
    ['县级资金'],
    ['其他资金'],
  ], { bold: true });
  titledBlock(s, ['年度总体目标', ['年初设定目标', 3], ['全年实际完成情况', LAST]], [[GOAL, GOAL]]);
  // prettier-ignore
  titledGrid(s, ['绩 效 指 标', ['一级指标', 2], '三级指标', '年度指标值', '全年完成值', '未完成原因和改进措施'], GRID);
  s.border(top, s.nextRow - 1);
  return s.build([12, 12, 14, 24, 20, 20, 18]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://www.zhongxian.gov.cn/jd/zxtjx/zwgk_34997/fdzdgknr_35002/ysjs/jsgk/202304/t20230412_11869955.html',
  sheets: [build()],
};
