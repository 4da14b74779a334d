/**
 * 濉溪县民政局 2019 — 临时救助 绩效目标自评表: 分值 left of the target, a "★★★其中:" sub-row that
 * carries its own points, two quantitative indicators scored in full although they missed their
 * targets (4604 of ≥4754; 5830 against ≤5300). The source stops in the 满意度 row.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** 三级指标, 分值, 年度指标值, 全年实际值, 得分, 原因. */
type Leaf = readonly [string, number, SpecCell?, SpecCell?, SpecCell?, string?];

// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标(50分)', [
    ['数量指标', [
      ['★★★农村低保发放人数(按月平均)(≥**人)', 5, '>=21933人', '21980人', 5],
      ['★★★其中:农村低保对象中建档立卡贫困人口数量(按月平均)(≥**人)', 5, '>=9431人', '9453人', 5],
      ['★★★建档立卡贫困人口中接受临时救助的人次数(≥**人次)', 5, '>=59人次', '87人次', 5],
      ['★★★特困人员救助供养人数(按月平均)(≥**人)', 5, '>=4754人', '4604人', 5, '特困人员实行动态管理'],
      ['扶贫临时救助人数(按月平均)(≥**人)', 10, '>=7人', '7人', 10],
    ]],
    ['质量指标', [
      ['★农村低保标准(≥**元/人·月)', 5, '>=530元/人*月', '583元/人*月', 5],
      ['农村特困人员救助供养基本生活标准(≥**元/人·月)', 5, '>=570元/人*月', '758元/人*月', 5],
      ['扶贫临时救助标准(<**元/户·年)——一户年最高5300元', 10, '<=5300元/户', '5830元/户', 10],
    ]],
  ]],
  ['效益指标(30分)', [
    ['社会效益指标', [['★★★受益建档立卡贫困人口数≥**人', 30, '>=80人', '87人', 30]]],
  ]],
  ['满意度指标(10分)', [
    ['服务对象满意度指标', [['★受助对象满意度(≥**%)', 10]]],
  ]],
];

function build() {
  const s = new SheetBuilder('绩效目标自评表');
  s.across(s.row(['绩效目标自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2019年度)']), 0, LAST);
  const top = s.fields(['项目名称', ['临时救助', LAST]]);
  s.fields(['主管部门', ['[155]濉溪县民政局', LAST]]);
  const P = typed('100%');
  // prettier-ignore
  titledBlock(s, ['资金情况（万元）', [null, 3], '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分'], [
    ['年度资金总额:', 30, 30, 10, P, 10],
    ['其中:本年财政拨款', 30, 30, 10, P, 10],
    ['其他资金'],
  ], { bold: true });
  // prettier-ignore
  titledBlock(s, ['年度总体目标', ['年初设定目标', 4], ['年度总体目标完成情况综述', LAST]], [
    ['为建档立卡扶贫户解决临时性的困难', '全年救助建档立卡扶贫户临时救助87人次,救助资金30万元,完成目标任务。'],
  ]);
  // prettier-ignore
  titledGrid(s, [null, '一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分', '未完成原因及拟采取的改进措施'], GRID);
  s.border(top, s.nextRow - 1);
  return s.build([10, 14, 14, 44, 8, 16, 14, 8, 20]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.sxx.gov.cn/zwgk/public/811/56426371.html',
  sheets: [build()],
};
