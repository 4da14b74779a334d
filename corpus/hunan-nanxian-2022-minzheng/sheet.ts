/**
 * 南县民政局 2022 — 项目支出绩效自评指标计分表 (湖南 附件2): a rubric (具体指标 / 评价标准) whose caps
 * stand only in the level labels ("项目 决策 (20分)", "决策 过程 (8分)", "决策 依据 (4分)"), the
 * self-scores in a 自评分 column left of the criteria, and no 得分 column. The stored text stops
 * at the 到位率 (3分) row of 项目管理, before its 自评分.
 */
import { levelGrid, type Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder } from '../../examples/sheets/sheet-builder.js';
import type { WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 5; // columns A–F

/** 三级指标 (cap in its label), 自评分, 具体指标, 评价标准. */
type Leaf = readonly [string, number, string, string];

// prettier-ignore
const GRID: Grid<Leaf> = [
  ['项目 决策 (20分)', [
    ['项目 目标 (4分)', [
      ['目标 内容 (4分)', 4, '设立了项目绩效目标;目标明确;目标细化;目标量化',
        '设有目标(1分) 目标明确(1分) 目标细化(1分) 目标量化(1分)'],
    ]],
    ['决策 过程 (8分)', [
      ['决策 依据 (4分)', 4, '有关法律法规的明确规定;某一经济社会发展规划;某部门年度工作计划;某一实际问题和需求',
        '符合法律法规(1分)符合经济社会发展规划(1分) 部门年度工作计划(1分) 针对某一实际问题和需求(1分)'],
      ['决策 程序 (4分)', 4, '项目符合申报条件;申报、批复程序符合相关管理办法;项目调整履行了相应手续',
        '符合申报条件(2分)项目申报、批复程序符合管理办法(1分) 项目调整履行了相应手续(1分)'],
    ]],
    ['资金 分配 (8分)', [
      ['分配 办法 (3分)', 3, '根据需要制定的相关资金管理办法;管理办法中有明确资金分配办法;资金分配因素全面、合理',
        '有相应的资金管理办法(1分) 办法健全、规范(1分) 因素全面合理(1分)'],
      ['分配 结果 (5分)', 5, '资金分配符合相关管理办法;分配结果公平合理', '符合分配办法(2分) 分配公平合理(3分)'],
    ]],
  ]],
];

function build() {
  const s = new SheetBuilder('项目支出绩效自评指标计分表');
  s.row(['附件2']);
  s.across(s.row(['2022年项目支出绩效自评指标计分表'], { bold: true }), 0, LAST);
  // prettier-ignore
  const head = s.row(['一级 指标', '二级 指标', '三级 指标', '自评分', '具体指标', '评价标准'], { bold: true });
  levelGrid(s, GRID);
  s.border(head, s.nextRow - 1);
  return s.build([10, 12, 12, 8, 36, 36]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://nxjw.nanxian.gov.cn/14890/36191/36261/36265/content_1760532.html',
  sheets: [build()],
};
