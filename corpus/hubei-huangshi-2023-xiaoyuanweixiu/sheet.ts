/**
 * 黄石市第三中学 2023 — 校园维修改造及设备购置项目自评表, the 湖北 市级部门项目自评表 in a variant
 * with no 得分 column anywhere: the budget block stops at 执行率(B/A) (no "得分(20分*执行率)"), the
 * grid at 实际完成值(B) (no 得分), and there is no 总分 row. Caps stand only in two labels:
 * "预算执行情况(万元)(20分)" and "年度绩效目标(98分)", where the form prints 80分. Amounts are text
 * with their unit ("800万元"). The stored text stops inside the third note under the table.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 5; // columns A–F

/** 三级指标, 年初目标值(A), 实际完成值(B). */
type Leaf = readonly [string, SpecCell, SpecCell];

const P = (t: string) => typed(t);
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标', [
    ['数量指标', [['完成校园维修改造及设备购置项目', '800万元', '800万元']]],
    ['质量指标', [['校园维修改造及设备购置合格率', P('100%'), P('100%')]]],
    ['成本指标', [['本年预算安排800万元', P('100%'), P('100%')]]],
    ['时效指标', [['2023年项目完工、投入使用', P('100%'), P('100%')]]],
  ]],
  ['效益指标', [
    ['社会效益指标', [['保障校园环境安全、教学工作正常运转', '良好', '良好']]],
    ['可持续影响指标', [['建设平安校园,满足教师和学生生活、学习的需要', '≥95%', '≥95%']]],
  ]],
  ['满意度指标', [
    ['具体指标', [['教师满意度', '≥95%', '≥95%']]],
    ['具体指标', [['学生满意度', '≥95%', '≥95%']]],
  ]],
];

const NOTES = [
  '备注:',
  '1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。涉及政府采购的项目支出要设置相关绩效指标反映政府采购管理情况。',
  '2.基于经济性和必要性等因素考虑,满意度指标暂可不作为必评指标。',
  '3.涉及政府采购的项目支出应设置相关政府采购',
];

function build() {
  const s = new SheetBuilder('项目自评表');
  s.row(['附件:']);
  s.across(s.row(['2023年度校园维修改造及设备购置项目自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['项目单位(盖章):黄石市第三中学 主要领导签字:']), 0, LAST);
  s.across(s.row(['填报日期:2024年6月14']), 0, LAST);

  const top = s.fields(['项目名称', ['校园维修改造及设备购置', LAST]]);
  s.fields(['主管部门', ['黄石市教育局', 2], '项目实施单位', ['黄石市第三中学', LAST]]);
  s.fields(['项目类别', ['1、部门预算项目   2、市直专项', LAST]]);
  s.fields(['项目属性', ['1、持续性项目   2、新增性项目', LAST]]);
  s.fields(['项目类型', ['1、常年性项目   2、延续性项目      3、一次性项目', LAST]]);
  // prettier-ignore
  titledBlock(s, ['预算执行情况(万元)\n(20分)', null, '预算数(A)', '执行数(B)', ['执行率(B/A)', LAST]], [
    ['年度财政资金总额', '800万元', '800万元', P('100%')],
  ], { bold: true });
  // prettier-ignore
  titledGrid(s, ['年度绩效目标\n(98分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)'], GRID);
  s.fields(['偏差大或\n目标未完成\n原因分析', [null, LAST]]);
  s.fields(['改进措施及\n结果应用方案', [null, LAST]]);
  const last = s.nextRow - 1;
  for (const note of NOTES) s.across(s.row([note]), 0, LAST);
  s.border(top, last);
  return s.build([16, 14, 16, 34, 16, 16]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://hssz.hssedu.cn/info/1230/4301.htm',
  sheets: [build()],
};
