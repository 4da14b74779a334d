/**
 * 新洲区楚剧团 2020 — 项目支出绩效自评表 of two projects stacked on one sheet (national template).
 * Table 1 (演出设备更新专项经费): five indicators of 20 points each plus the execution row's 10, a
 * 总分 row of 100 / 98 that leaves the execution score out. Table 2 (中青年演员培训经费) stops at
 * its indicator header in the source.
 */
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** 三级指标 alone (a placeholder) or with 年度指标值, 实际完成值, 分值, 得分. */
type Leaf = readonly [string, SpecCell?, SpecCell?, SpecCell?, SpecCell?];
type Level2 = readonly [string, readonly Leaf[]];
type Grid = readonly (readonly [string, readonly Level2[]])[];

const P = (t: string) => typed(t);
// prettier-ignore
const GRID1: Grid = [
  ['产出指标', [
    ['数量指标', [['更新剧团老化、损坏的音', '50件', '50件', 20, 20], ['望新点胸艮必具', '100件', '100件', 20, 20]]],
    ['质量指标', [['音响、灯光、道具、服装质量等', '合格', '合格', 20, 20], ['指标2:']]],
    ['时效指标', [['指标1:'], ['指标2:']]],
    ['成本指标', [['演出设备成本件/件', '2万元', '2万元', 20, 18], ['指标2:']]],
  ]],
  ['效益指标', [
    ['经济效益指标', [['指标1:'], ['指标2:']]],
    ['社会效益指标', [['指标1:'], ['指标2:'], ['指标2:']]],
  ]],
  ['满意度指标', [
    ['服务对象满意度指标', [['演出人员满意度', P('100%'), P('100%'), 20, 20], ['指标2:']]],
  ]],
];

const HEAD = ['年度指标值', '实际完成值', '分 值', '得 分'];

/** One stacked table: project rows, budget block, goals, indicator header and grid. */
function table(
  s: SheetBuilder,
  name: string,
  fund: readonly SpecCell[],
  part: readonly SpecCell[],
  goal: string,
  grid: Grid,
  reasonHead: string,
): void {
  const top = s.row(['项目名称', name]);
  s.across(top, 1, LAST);
  const owner = s.row([
    '主管部门',
    '新洲区楚剧团',
    null,
    null,
    null,
    '实施单位',
    '新洲区文化和旅游局机关',
  ]);
  s.across(owner, 1, 4).across(owner, 6, LAST);
  // prettier-ignore
  const fundHead = s.row(['项目资金（万元）', null, null, '年初预算数', '全年预算数', '全年执行', '分值', '执行率', '得分'], { bold: true });
  s.across(fundHead, 1, 2);
  for (const cells of [
    ['年度资金总额', null, ...fund],
    ['其中:当年财政拨款', null, ...part],
    ['上年结转资金'],
    ['其他资金'],
  ])
    s.across(s.row([null, ...cells]), 1, 2);
  s.down(0, fundHead, s.nextRow - 1);
  const goalHead = s.row(['年度总体目标', '预期目标', null, null, null, '实际完成情况']);
  s.across(goalHead, 1, 4).across(goalHead, 5, LAST);
  const goalRow = s.row([null, goal, null, null, null, '已完成']);
  s.across(goalRow, 1, 4).across(goalRow, 5, LAST);
  s.down(0, goalHead, goalRow);
  // prettier-ignore
  const head = s.row(['绩 效 指 标', '一级指标', '二级指标', '三级指标', ...HEAD, reasonHead], { bold: true });
  for (const [level1, blocks] of grid) {
    const l1Start = s.nextRow;
    blocks.forEach(([level2, leaves], i) => {
      const l2Start = s.nextRow;
      leaves.forEach(([l3, ...rest], j) =>
        s.row([null, i === 0 && j === 0 ? level1 : null, j === 0 ? level2 : null, l3, ...rest]),
      );
      s.down(2, l2Start, s.nextRow - 1);
    });
    s.down(1, l1Start, s.nextRow - 1);
  }
  s.down(0, head, s.nextRow - 1);
  s.border(top, s.nextRow - 1);
}

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.across(s.row(['项目支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2020 年度)']), 0, LAST);
  // prettier-ignore
  table(s, '演出设备更新专项经费', [null, 30, 30, 10, P('100%'), null], [30, 30, 30, null, P('100%')],
    '更新剧团老化、损坏的音响、灯光、道具、服装等设备, 并添置一些新剧目所必需的演出设备。', GRID1, '偏差原因分析及改进措施');
  const total = s.row(['总分', null, null, null, null, null, 100, 98], { bold: true });
  s.across(total, 0, 5).border(total, total);
  s.row([]);
  // prettier-ignore
  table(s, '中青年演员培训经费', [40, 40, 40, 10, P('100%'), null], [40, 40, 40, null, P('100%')],
    '请省市艺术专家驻团培训,送优秀青年演员到省市专业院团随团培训。', [], '偏差原因分析及改进');
  return s.build([10, 12, 14, 28, 12, 12, 8, 8, 24]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://m.taowenge.com/p-96795578.html',
  sheets: [build()],
};
