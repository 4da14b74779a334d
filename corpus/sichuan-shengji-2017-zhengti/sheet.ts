/**
 * A 四川 省级部门 (name not in the stored text) — 2017 年部门整体支出绩效评价得分表: the 四川
 * 部门整体支出 template (部门决策 25 / 综合管理 30 / 部门绩效情况 45) with no 分值 column, every cap
 * only inside the labels at all three levels ("部门决 策(25 分)", "目标任务(15 分)", "相关性(5 分)")
 * and one 得分 column. The source stops inside 综合管理, at "中央专款分配合规", before that row's
 * cap and score.
 */
import { levelGrid, type Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder } from '../../examples/sheets/sheet-builder.js';
import type { WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 3; // columns A–D

/** 三级指标 (cap in its label), 得分. */
type Leaf = readonly [string, number];

// prettier-ignore
const GRID: Grid<Leaf> = [
  ['部门决 策(25 分)', [
    ['目标任务(15 分)', [
      ['相关性(5 分)', 5],
      ['明确性(5 分)', 5],
      ['合理性(5 分)', 5],
    ]],
    ['预算编制(10 分)', [
      ['测算依据(5 分)', 2],
      ['目标管理(5 分)', 4],
    ]],
  ]],
  ['综合管 理(30 分)', [
    ['专项资金分配时限(2 分)', [
      // The next row, "中央专款分配合规……", is cut in the source before its cap and score.
      ['省级财力专项预算分配时限(1 分)', 1],
    ]],
  ]],
];

function build() {
  const s = new SheetBuilder('部门整体支出绩效评价得分表');
  s.across(s.row(['2017 年部门整体支出绩效评价得分表'], { bold: true }), 0, LAST);
  const head = s.row(['一级指 标', '二级指标', '三级指标', '得分'], { bold: true });
  levelGrid(s, GRID);
  s.border(head, s.nextRow - 1);
  return s.build([14, 22, 30, 8]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://wanglu.net/thread/t12-491155-4.html',
  sheets: [build()],
};
