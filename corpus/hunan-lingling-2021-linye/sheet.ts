/**
 * 零陵区林业局 2021 — 部门整体支出绩效自评表 (national template): amounts as text with units
 * ("4753.66万元"), a stated 执行率 of 100% scored 10 where 3824.26 ÷ 4753.66 = 80.4%, two
 * indicators that lost a point each with no reason. The source stops inside the 效益指标 block.
 */
import { titledBlock } from '../../examples/sheets/blocks.js';
import { levelGrid, type Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 7; // columns A–H

/** 三级指标, 年度指标值, 实际完成值, 分值, 得分 — or 三级指标 alone for a "……" row. */
type Leaf = readonly [string, SpecCell?, SpecCell?, SpecCell?, SpecCell?];

const P = (t: string) => typed(t);
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标\n(50)', [
    ['数量指标', [
      ['造林面积', '1.2万亩', '1.2万亩', 10, 10],
      ['病虫害防治面积', '3.45万亩', '3.45万亩', 7, 7],
      ['森林经营面积', '16.3万亩', '16.3万亩', 7, 7],
    ]],
    ['质量指标', [['造林成活率', P('85%'), P('85%'), 7, 7], ['……']]],
    ['时效指标', [['当期完成', P('90%'), P('100%'), 7, 7], ['……']]],
    ['成本指标', [['造林补助', '每亩300', '每亩300', 6, 6], ['育补助', '每亩100', '每亩100', 6, 6]]],
  ]],
  ['效益指标\n30分)', [
    ['经济效益指标', [
      ['木材销售收入', '1100万元', '1093万元', 6, 5],
      ['林产品收入', '2.6亿元', '2.45亿元', 6, 5],
    ]],
    ['社会效益指标', [['提高就业率', '显著', '显著', 6, 6], ['……']]],
  ]],
];

const GOAL = '目标1:造林1.2万亩,\n目标2森林经营16.3万亩\n目标3:病虫害防治3.45万亩';

function build() {
  const s = new SheetBuilder('部门整体支出绩效自评表');
  s.across(s.row(['部门整体支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2021年度)']), 0, LAST);
  // prettier-ignore
  const unit = s.fields([['级预算单位名称', 1], ['陵区林业局', LAST]]);

  // prettier-ignore
  const fundHead = s.row(['年度预算申请（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], { bold: true });
  s.row([null, '年度资金总额', '4753.66万元', '4753.66万元', '3824.26万元', 10, P('100%'), 10]);
  // prettier-ignore
  const split: readonly (readonly [string, string | null])[] = [
    ['按收入性质分:', '按支出性质分:'],
    ['其中: 一般公共预算:1873.66万元', '其中:基本支出:1768.16万元'],
    ['政府性基金拨款:', '项目支出:2985.5万元'],
    ['纳入专户管理的非税收入拨款:', null],
    ['其他资金:2880万元', null],
  ];
  for (const [income, spend] of split) s.fields([null, [income, 3], [spend, LAST]]);
  s.down(0, fundHead, s.nextRow - 1);

  titledBlock(s, ['年度总体目标', ['预期目标', 3], ['实际完成情况', LAST]], [[GOAL, GOAL]]);
  // prettier-ignore
  s.row(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'], { bold: true });
  levelGrid(s, GRID);
  s.border(unit, s.nextRow - 1);
  return s.build([14, 14, 18, 14, 14, 8, 8, 24]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://admin.yzcity.gov.cn:8888/llqlinyj/gknb/202204/cd04d310d5364b2f9983a7843fb6a17d.shtml',
  sheets: [build()],
};
