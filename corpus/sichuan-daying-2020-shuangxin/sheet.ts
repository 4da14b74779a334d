/**
 * 大英县 2020 — the 绩效指标 table of the 双心及文明城市创建专项资金 project's self-evaluation report:
 * a side title "绩效 指标" merged down the grid, 一级 / 二级 / 三级 / 指标值 / 实施进度, and no 分值 or
 * 得分 column (targets and progress only). "项目决策" heads the 数量/质量/时效/成本 rows as
 * published. The stored text begins at the table's header row.
 */
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const DONE = '已完成100%';

/** 一级 (first row of its block only), 二级, 三级, 指标值, 实施进度. */
// prettier-ignore
const ROWS: readonly (readonly SpecCell[])[] = [
  ['项目决策', '数量指标', '宣传次数', '至少全年完成2次宣传', DONE],
  [null, '质量指标', '创建质量', '按质按量完成', DONE],
  [null, '时效指标', '全年', '1-12月', DONE],
  [null, '成本指标', '成本', '10万元', DONE],
  ['项目效益', '社会效益\n指标', '提升全县消费者维权意识', '不断提升', DONE],
  ['满意度指标', '满意度指标', '群众满意度', typed('90%'), DONE],
];

function build() {
  const s = new SheetBuilder('绩效指标');
  // prettier-ignore
  const head = s.row(['绩效\n指标', '一级指标', '二级指标', '三级指标', '指标值', '实施进度'], { bold: true });
  const first = s.nextRow;
  for (const cells of ROWS) s.row([null, ...cells]);
  s.down(1, first, first + 3); // 项目决策 over its four rows
  s.down(0, head, s.nextRow - 1); // the side title over the header and the grid
  s.border(head, s.nextRow - 1);
  return s.build([8, 12, 14, 24, 20, 14]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://dyxrmt.cn/article-147197-19.html',
  sheets: [build()],
};
