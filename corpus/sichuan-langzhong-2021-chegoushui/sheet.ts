/**
 * 阆中市交通运输局 2021 — 车购税补助地方资金 (普通省道公路建设) 绩效目标自评: the national
 * 转移支付 form with no 分值/得分 columns; the department typed 20 20 / 10 10 … (adding to
 * 100 / 100) into 指标值 and 全年实际完成值, so whether they are targets or points is a guess.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Level } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 6; // columns A–G

/** A grid row: 二级指标, 三级指标, 指标值, 全年实际完成值 (null = empty on the page). */
type Row = readonly [string, string | null, SpecCell, SpecCell];

// prettier-ignore
const BLOCKS: readonly Level<Row>[] = [
  [null, [
    ['数量指标', '建设普通省道二级公路32.1公里', 20, 20],
    ['质量指标', '建设符合验收要求', 20, 20],
    ['时效指标', '按期完成投资', 10, 10],
    ['成本指标', null, null, null],
    ['……', null, null, null],
  ]],
  [null, [
    ['经济效益指标', '对经济发展的促进作用', 10, 10],
    ['社会效益指标', '基本公共服务水平', 10, 10],
    ['生态效益指标', '交通建设符合环评审批要求', 10, 10],
    ['可持续影响指标', null, null, null],
    ['……', null, null, null],
  ]],
  ['满意度指标', [
    ['服务对象满意度指标', '改善通行服务水平群众满意度', 20, 20],
    ['……', null, null, null],
  ]],
];

const NOTE =
  '注:1.资金使用单位按项目填报,主管部门和财政部门汇总时按区域绩效目标填报。\n' +
  '    2.其他资金包括与中央财政资金、地方财政资金共同投入到同一项目的自有资金、社会资金,以及以前年度的结转结余资金等。\n' +
  '    3.全年执行数是指按照国库集中支付制度要';

function build() {
  const s = new SheetBuilder('绩效目标自评表');
  s.across(
    s.row(['车辆购置税收入补助地方资金(普通省道公路建设)绩效目标自评'], { bold: true }),
    0,
    LAST,
  );
  s.across(s.row(['(2021年度)']), 0, LAST);

  const top = s.fields([
    '转移支付(项目)名称',
    ['车辆购置税收入补助地方资金(普通省道公路建设)', LAST],
  ]);
  s.fields(['中央主管部门', ['财政部', LAST]]);
  s.fields(['地方主管部门', ['阆中市交通运输局', 3], '资金使用单位', ['阆中市交通运输局', LAST]]);
  // prettier-ignore
  titledBlock(s, ['项目资金\n(万元)', [null, 2], '全年预算数(A)', '全年执行数(B)', ['预算执行率(B/A)', LAST]], [
    ['年度资金总额:', 4000, 4000, typed('100%')],
    [' 其中:中央补助', 4000, 4000, typed('100%')],
    ['地方资金', null, null, null],
    [' 其他资金', null, null, null],
  ], { bold: true });
  // prettier-ignore
  titledBlock(s, ['总体目标完成情况', ['总体目标', 3], ['全年实际完成情况', LAST]], [
    ['按计划完成2021年度省道公路建设。建设普通省道二级公路32.1公里,保证道路安全畅通。'],
  ]);
  // prettier-ignore
  titledGrid(s, ['绩效指标', '一级\n指标', '二级指标', '三级指标', '指标值', '全年实际完成值', '未完成原因和改进措施'], BLOCKS);
  const note = s.fields(['说明', [NOTE, LAST]]);
  s.border(top, note);
  return s.build([14, 10, 16, 30, 10, 14, 22]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://langzhong.gov.cn/zwgk/zdlygk/zxzj/202208/t20220817_1715346.html',
  sheets: [build()],
};
