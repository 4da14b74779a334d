/**
 * 保山市退役军人事务局 2022 — 项目支出绩效自评表 of 春节走访慰问经费, the "20+80" template:
 * 预算执行情况(20分) with "得分(20分*执行率)", 年度绩效目标(80分) with level-1 caps only in the
 * labels and a single 得分 column (no 分值), blank rows inside the blocks, and 总分 / 自评等级
 * stated beside their labels under the grid.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { amount, SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 6; // columns A–G

/** A leaf: 三级指标, 年初目标值(A), 实际完成值(B), 得分; [] = a blank row. */
type Leaf = readonly [string, SpecCell, SpecCell, number] | readonly [];

const P = (t: string) => typed(t);
const DEPT = '保山市退役军人事务局';
const COUNT =
  '慰问伤残军人50人;革命烈士遗属50人;因公牺牲和病故军人家属、在乡老复员军人等重点优抚对象50人;烈士家庭6户;市直企业军转干部101人;驻保部队8家;边海防官兵320人。';
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标(60分)', [
    ['数量指标', [[COUNT, P('100%'), P('100%'), 20]]],
    ['质量指标', [['补助经费足额拨付率', P('100%'), P('100%'), 20]]],
    ['时效指标', [['春节前完成走访慰问', '按时限完成', P('100%'), 20], []]],
  ]],
  ['效益指标(10分)', [
    ['社会效益指标', [['全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生', '小于5次', '无上访', 10], []]],
  ]],
  ['满意度指标(10分)', [
    ['服务对象满意度指标', [['重点优抚对象、企业军转干部、驻保部队、边海防官兵满意率', P('100%'), P('100%'), 10], []]],
  ]],
];

const NOTE =
  '备注:1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。\n2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权';

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.row(['附件1']);
  s.across(s.row(['2022年度项目支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['单位名称:保山市退役军人事务局 填报日期:2023年4月6日']), 0, LAST);

  const top = s.fields(['项目名称', ['春节走访慰问经费', LAST]]);
  s.fields(['主管部门', [DEPT, 2], '项目实施单位', [DEPT, LAST]]);
  s.fields(['项目类别', ['1、部门预算项目 R 2、市直专项 □ 3、市对下转移支付项目 □', LAST]]);
  s.fields(['项目属性', ['1、持续性项目 R 2、新增性项目 □', LAST]]);
  // prettier-ignore
  titledBlock(s, ['预算执行情况(万元)\n(20分)', null, '预算数(A)', '执行数(B)', '执行率(B/A)', ['得分\n(20分*执行率)', LAST]], [
    ['年度财政资金总额', amount(34.64), amount(34.64), P('100%'), 20],
  ], { bold: true });
  // prettier-ignore
  titledGrid(s, ['年度绩效目标\n(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'], GRID);
  s.fields(['总分(100分)', [100, 2], '自评等级', ['优', LAST]], { bold: true });
  s.fields(['偏差大或\n目标未完成\n原因分析', ['无', LAST]]);
  const fix = s.fields(['改进措施及\n结果应用方案', ['无', LAST]]);
  s.border(top, fix);
  s.across(s.row([NOTE]), 0, LAST);
  return s.build([16, 16, 16, 40, 14, 14, 10]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://alkalih2o.com/info/7798/9446904.htm',
  sheets: [build()],
};
