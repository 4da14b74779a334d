/**
 * 塘湖镇人民政府 2020 — 部门整体支出绩效自评表 on the 湖北 "20+80" form (通城县): 基本支出总额 /
 * 项目支出总额, 预算执行情况(20分) with "得分(20分*执行率)" over one row 部门整体支出总额 whose
 * 执行数 is missing (864.2 | — | 100% | 20), 年度目标1:(80分) as a row of its own, a grid whose
 * level-1 labels state no caps and whose level-2 cells repeat (数量指标 ×2, 社会效益指标 ×2),
 * targets and actuals as text with units, and 总分 "100分".
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 6; // columns A–G

/** A leaf: 三级指标, 年初目标值(A), 实际完成值(B), 得分. */
type Leaf = readonly [string, SpecCell, SpecCell, number];

// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标', [
    ['数量指标', [['办结信访案件', '168起', '168起', 10]]],
    ['数量指标', [['拆除活人墓、豪华墓', '32座', '32座', 20]]],
    ['日效性指标', [['解决群众问题时间', '2天以内', '2天以内', 10]]],
  ]],
  ['效益指标', [
    ['社会效益指标', [['改善人居环境', '有效改善', '有效改善', 10]]],
    ['社会效益指标', [['提升出行效率', '有效提升', '有效提升', 10]]],
  ]],
  ['满意度指标', [
    ['群众满意度\n指标', [['群众对政府工作满意度', '≧90%', typed('95%'), 20]]],
  ]],
];

const NOTE =
  '备注:\n1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。\n2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权平均计算。定量指标计分原则:正向指标(即目标值为≥X,得分=权重*B/A),反向指标(即目标值为≤X,得分=权重*A/B),得分不得突破权重总额。定量指标先汇总完成数,再计算得分。\n3.定性指标计分原则:达成预期指标、部分达成预期指标并具有一定效果、未达成预期指标且效果较差三档,分别按照该指标对应分值区间100-80%(含80%)、80-50%(含50%)、50-0%合理确定分值。汇总时,以资金额度为权重,对分值进行加权平均计算。\n4.基于经济性';

function build() {
  const s = new SheetBuilder('部门整体支出绩效自评表');
  s.across(s.row(['单位名称:塘湖镇政府 填报日期:2021.5.18']), 0, LAST);

  const top = s.fields(['单位名称', ['塘湖镇人民政府', LAST]]);
  s.fields(['基本支出总额', ['864.2万', 2], '项目支出总额', [0, LAST]]);
  // prettier-ignore
  titledBlock(s, ['预算执行情况(万元)\n(20分)', null, '预算数(A)', '执行数(B)', '执行率(B/A)', ['得分\n(20分*执行率)', LAST]], [
    ['部门整体支出总额', 864.2, null, typed('100%'), 20],
  ], { bold: true });
  s.fields(['年度目标1:(80分)', ['增强政府工作效率、改善乡镇居住环境', LAST]]);
  // prettier-ignore
  titledGrid(s, ['年度绩效指标', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'], GRID);
  s.fields(['总分', ['100分', LAST]], { bold: true });
  s.fields(['偏差大或\n目标未完成\n原因分析', ['无', LAST]]);
  const fix = s.fields(['改进措施及\n结果应用方案', ['无', LAST]]);
  s.border(top, fix);
  s.across(s.row([NOTE]), 0, LAST);
  return s.build([16, 14, 16, 24, 14, 14, 10]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://www.zgtc.gov.cn/xxgk/dfbmptlj/xzxxgkpt/thz/fdzdgknr_22529/czzj_22533/202108/t20210825_2381407.shtml',
  sheets: [build()],
};
