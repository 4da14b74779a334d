/**
 * 丽江市古城区自然资源局 2020 — 项目支出绩效自评表 (云南, national template with 年度指标值 split
 * into 指标性质 / 指标值 / 度量单位) of the 省级自然资源卫片执法补助经费: every target met, yet four
 * rows scored below their caps with no reason given. The source stops before the last score.
 */
import { amount, score, SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 9; // columns A–J

/** 三级指标, 指标性质, 指标值, 度量单位, 实际完成值, 分值, 得分 (null: cut in the source). */
type Leaf = readonly [string, string, number, string, number, SpecCell, SpecCell];
type Level2 = readonly [string, readonly Leaf[]];

const S = (v: number) => score(v); // "10.00", "9.00": two decimals as published
// prettier-ignore
const GRID: readonly (readonly [string, readonly Level2[]])[] = [
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

  const top = s.row(['项目名称', null, NAME]);
  s.across(top, 0, 1).across(top, 2, LAST);
  // prettier-ignore
  const owner = s.row(['主管部门', null, '丽江市自然资源和规划局', null, null, null, '实施单位', '丽江市古城区自然资源局']);
  s.across(owner, 0, 1).across(owner, 2, 5).across(owner, 7, LAST);

  // prettier-ignore
  const fundHead = s.row(['项目资金 (万元)', null, null, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], { bold: true });
  s.across(fundHead, 2, 3);
  const A = amount(7.29);
  // prettier-ignore
  const fundRows: SpecCell[][] = [
    ['年度资金总额', null, A, A, A, S(10), typed('100%'), S(10)],
    ['其中:当年财政拨款', null, A, A, A, null, typed('100%')],
    ['上年结转资金'],
    ['其他资金'],
  ];
  for (const cells of fundRows) s.across(s.row([null, null, ...cells]), 2, 3);
  s.merge(fundHead, 0, s.nextRow - 1, 1);

  const goalHead = s.row(['年度总体目标', null, '预期目标', null, null, null, '实际完成情况']);
  s.across(goalHead, 2, 5).across(goalHead, 6, LAST);
  const goal = s.row([null, null, GOAL, null, null, null, GOAL]);
  s.across(goal, 2, 5).across(goal, 6, LAST);
  s.merge(goalHead, 0, goal, 1);

  // prettier-ignore
  const head1 = s.row(['绩效指标', null, null, '年度指标值', null, null, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'], { bold: true });
  // prettier-ignore
  const head2 = s.row(['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'], { bold: true });
  s.across(head1, 0, 2).across(head1, 3, 5);
  for (const c of [6, 7, 8, 9]) s.down(c, head1, head2);

  for (const [level1, blocks] of GRID) {
    const l1Start = s.nextRow;
    blocks.forEach(([level2, leaves], i) => {
      const l2Start = s.nextRow;
      leaves.forEach((leaf, j) =>
        s.row([i === 0 && j === 0 ? level1 : null, j === 0 ? level2 : null, ...leaf]),
      );
      s.down(1, l2Start, s.nextRow - 1);
    });
    s.down(0, l1Start, s.nextRow - 1);
  }
  s.border(top, s.nextRow - 1);
  return s.build([12, 16, 20, 9, 10, 10, 12, 8, 8, 22]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://m.jjiadianqingjie.com.cn/changyong/13241.html',
  sheets: [build()],
};
