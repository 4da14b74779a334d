/**
 * 廊坊市食品工程学校 2019 — 项目支出绩效自评表 (national template) of 办公宿舍楼、食堂及餐厅暖通改造
 * 经费: the template's 指标1 / 指标2 / …… placeholder rows left in, an execution rate of 86.2%
 * scored 9 of 10, and a second 效益指标 cell over 可持续影响指标. The source stops inside the
 * 满意度 block, before the 总分 row.
 */
import { titledBlock } from '../../examples/sheets/blocks.js';
import { levelGrid, type Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 7; // columns A–H

/** A row under a level-2 cell: 三级指标 alone (a placeholder) or with 指标值, 完成值, 分值, 得分, 原因. */
type Leaf = readonly [string, SpecCell?, SpecCell?, SpecCell?, SpecCell?, SpecCell?];

// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标', [
    ['数量指标', [
      ['指标1工程资金金额', 43.2, 37.24, 10, 9, '已完工,剩余3%尾款未付,且最高限价低于预算金额。提高预算准确度。'],
      ['指标2'], ['……'],
    ]],
    ['质量指标', [['指标1工程完工率', 100, 100, 10, 10], ['指标2工程验收合格率', 100, 100, 10, 10], ['……']]],
    ['时效指标', [['指标1项目完成及时率', 100, 100, 10, 10], ['指标2'], ['……']]],
    ['成本指标', [['指标1成本控制率', 100, 100, 10, 10], ['指标2'], ['……']]],
  ]],
  ['效益指标', [
    ['经济效益指标', [['指标1安全率', 100, 100, 10, 10, '0'], ['指标2'], ['……']]],
    ['社会效益指标', [['指标1学校发展能力', 100, 100, 10, 10, '0'], ['指标2'], ['……']]],
    ['生态效益指标', [['指标1'], ['指标2'], ['……']]],
  ]],
  ['效益指标', [
    ['可持续影响指标', [['指标1长期使用性', 100, 100, 10, 10], ['指标2'], ['……']]],
  ]],
  ['满意度指标', [
    ['服务对象满意度指标', [['指标1学生满意度', 100, 100, 10, 10, '0'], ['指标2']]],
  ]],
];

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.row(['附件1']);
  s.across(s.row(['项目支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2019年度)']), 0, LAST);

  const top = s.fields(['项目名称', ['办公宿舍楼、食堂及餐厅暖通改造经费', LAST]]);
  s.fields(['主管部门', ['廊坊市发改委', 3], '实施单位', ['廊坊市食品工程学校', LAST]]);
  // prettier-ignore
  titledBlock(s, ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], [
    ['年度资金总额', 43.2, 43.2, 37.24, 10, typed('86%'), 9],
    ['其中：当年财政拨款', 43.2, 43.2, 37.24],
    ['上年结转资金'],
    ['其他资金'],
  ], { bold: true });
  titledBlock(s, ['年度总体目标', ['预期目标', 4], ['实际完成情况', LAST]], [[43.2, 37.24]]);
  // prettier-ignore
  s.row(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'], { bold: true });
  levelGrid(s, GRID);
  s.border(top, s.nextRow - 1);
  return s.build([12, 16, 26, 12, 12, 8, 8, 30]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://www.lfsp.cn/newsinfo/1158053.html',
  sheets: [build()],
};
