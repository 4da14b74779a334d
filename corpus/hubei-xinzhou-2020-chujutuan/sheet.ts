/**
 * 新洲区楚剧团 2020 — 项目支出绩效自评表 of two projects stacked on one sheet (national template).
 * Table 1 (演出设备更新专项经费): five indicators of 20 points each plus the execution row's 10, a
 * 总分 row of 100 / 98 that leaves the execution score out. Table 2 (中青年演员培训经费) stops at
 * its indicator header in the source.
 */
import { projectForm } from '../../examples/sheets/project-form.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** 三级指标 alone (a placeholder) or with 年度指标值, 实际完成值, 分值, 得分. */
type Leaf = readonly [string, SpecCell?, SpecCell?, SpecCell?, SpecCell?];

const P = (t: string) => typed(t);
// prettier-ignore
const GRID1: Grid<Leaf> = [
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
  grid: Grid<Leaf>,
  reasonHead: string,
): void {
  const top = projectForm(
    s,
    {
      name,
      owner: '新洲区楚剧团',
      unit: '新洲区文化和旅游局机关',
      funds: [
        ['年度资金总额', ...fund],
        ['其中:当年财政拨款', ...part],
        ['上年结转资金'],
        ['其他资金'],
      ],
      goal: [goal, '已完成'],
      grid,
    },
    {
      spent: '全年执行',
      indicatorHead: ['绩 效 指 标', '一级指标', '二级指标', '三级指标', ...HEAD, reasonHead],
    },
  );
  s.border(top, s.nextRow - 1);
}

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.across(s.row(['项目支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2020 年度)']), 0, LAST);
  // prettier-ignore
  table(s, '演出设备更新专项经费', [null, 30, 30, 10, P('100%'), null], [30, 30, 30, null, P('100%')],
    '更新剧团老化、损坏的音响、灯光、道具、服装等设备, 并添置一些新剧目所必需的演出设备。', GRID1, '偏差原因分析及改进措施');
  const total = s.fields([['总分', 5], 100, 98], { bold: true });
  s.border(total, total);
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
