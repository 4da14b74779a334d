/**
 * 丽江市古城区自然资源局 2020 — 项目支出绩效自评表 (云南, national template with 年度指标值 split
 * into 指标性质 / 指标值 / 度量单位) of the 省级自然资源卫片执法补助经费: every target met, yet four
 * rows scored below their caps with no reason given. The source stops before the last score.
 */
import { titledBlock } from '../../examples/sheets/blocks.js';
import { levelGrid, type Grid } from '../../examples/sheets/grid.js';
import { amount, score, SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 9; // columns A–J

/** 三级指标, 指标性质, 指标值, 度量单位, 实际完成值, 分值, 得分 (null: cut in the source). */
type Leaf = readonly [string, string, number, string, number, SpecCell, SpecCell];

const S = (v: number) => score(v); // "10.00", "9.00": two decimals as published
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标', [
    ['数量指标', [['卫片执法补助经费', '﹦', 72890, '元', 72890, S(10), S(9)]]],
    ['质量指标', [['项目验收合格率', '﹦', 100, '%', 100, 20, 19]]],
    ['时效指标', [['项目完成及时率', '﹦', 100, '%', 100, S(20), S(19)]]],
  ]],
  ['效益指标', [['社会效益指标', [['违法行为责停率', '≥', 95, '%', 95, S(30), S(27)]]]]],
  ['满意度指标', [['服务对象满意度指标', [['满意度', '≥', 95, '%', 95, S(10), null]]]]],
];

const NAME = '2020年省级自然资源卫片执法补助经费支出绩效自评表';
const GOAL = '自然资源卫片执法补助经费';

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.across(s.row(['2020年度项目支出绩效自评表'], { bold: true }), 0, LAST);

  // prettier-ignore
  const top = s.fields([['项目名称', 1], [NAME, LAST]]);
  // prettier-ignore
  s.fields([['主管部门', 1], ['丽江市自然资源和规划局', 5], '实施单位', ['丽江市古城区自然资源局', LAST]]);
  const A = amount(7.29);
  // prettier-ignore
  titledBlock(s, [['项目资金 (万元)', 1], [null, 3], '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], [
    ['年度资金总额', A, A, A, S(10), typed('100%'), S(10)],
    ['其中:当年财政拨款', A, A, A, null, typed('100%')],
    ['上年结转资金'],
    ['其他资金'],
  ], { bold: true });
  // prettier-ignore
  titledBlock(s, [['年度总体目标', 1], ['预期目标', 5], ['实际完成情况', LAST]], [[GOAL, GOAL]]);

  // prettier-ignore
  const head1 = s.fields([['绩效指标', 2], ['年度指标值', 5], '实际完成值', '分值', '得分', '偏差原因分析及改进措施'], { bold: true });
  // prettier-ignore
  const head2 = s.row(['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'], { bold: true });
  for (const c of [6, 7, 8, 9]) s.down(c, head1, head2);
  levelGrid(s, GRID);
  s.border(top, s.nextRow - 1);
  return s.build([12, 16, 20, 9, 10, 10, 12, 8, 8, 22]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://m.jjiadianqingjie.com.cn/changyong/13241.html',
  sheets: [build()],
};
