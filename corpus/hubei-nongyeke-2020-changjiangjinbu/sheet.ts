/**
 * 农业工作科 2020 — 2020年度长江禁捕项目自评表 (渔业成品油价格改革补贴), the "20+80" template:
 * 预算执行情况(20分) with "得分(20分*执行率)" and an execution rate written as the fraction 1,
 * 年度绩效目标(80分) over level-1 labels that state no caps, an empty 效益指标 row, a 满意度 row
 * scored 40, and 总分 100 beside its label under the grid.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { amount, SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 6; // columns A–G

/** A leaf: 三级指标, 年初目标值(A), 实际完成值(B), 得分. */
type Leaf = readonly [string, SpecCell, SpecCell, number];

const P = (t: string) => typed(t);
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标', [
    ['数量指标', [['补贴渔船数', 6, 6, 20]]],
    ['质量指标', [['渔船补贴发放率', P('100%'), P('100%'), 10]]],
    ['时效指标', [['12月底之前完成', P('100%'), P('100%'), 10]]],
  ]],
  ['效益指标', []],
  ['满意度指标', [
    ['服务对象满意度', [['退捕渔民抽样调查满意度', P('90%'), '≥90%', 40]]],
  ]],
];

const NOTE =
  '备注:1 .预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。\n2 .定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权平均计算。定量指标计分原则:正向指标(即目标值为2X,得分=权重*BA),反向指标(即目标值为WX,得分=权重*AB),得分不得突破权重总额。定量指标先汇总完成数,再计算得分。\n3 .定性指标计分原则:达成预期指标、部分达成预期指标、未达成预期指标三档,分别按照该指标对应分值区间100%-80%(280酚、80%-50%(50%,80%)50%-0%(50册合理确定分值。汇总时,以资金额度为';

function build() {
  const s = new SheetBuilder('项目自评表');
  s.across(s.row(['2020年度长江禁捕项目自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['单位名称:农业工作科 填报日期:']), 0, LAST);

  const top = s.fields(['项目名称', ['渔业成品油价格改革补贴', LAST]]);
  s.fields(['主管部门', ['区市场监督管理局', 2], '项目实施单位', ['农业科', LAST]]);
  s.fields(['项目类别', ['1、部门预算项目 0 2、市直专项 口 3、市对下转移支付项目 0', LAST]]);
  s.fields(['项目属性', ['1、持续性项目 2、新增性项目 0', LAST]]);
  s.fields(['项目类型', ['1、常年性项目 2、延续性项目 口 3、一次性项目 0', LAST]]);
  // prettier-ignore
  titledBlock(s, ['预算执行情况(万元)\n(20分)', null, '预算数(A)', '执行数(B)', '执行率(B/A)', ['得分\n(20分*执行率)', LAST]], [
    ['年度财政资金总额', amount(1.56), amount(1.56), 1, 20],
  ], { bold: true });
  // prettier-ignore
  titledGrid(s, ['年度绩效目标\n(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'], GRID);
  s.fields(['总分', [100, LAST]], { bold: true });
  s.fields(['偏差大或\n目标未完成\n原因分析', ['无', LAST]]);
  const fix = s.fields(['改进措施及\n结果应用方案', ['无', LAST]]);
  s.border(top, fix);
  s.across(s.row([NOTE]), 0, LAST);
  return s.build([16, 14, 16, 26, 14, 14, 10]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.1wenmi.com/doc/330418.html',
  sheets: [build()],
};
