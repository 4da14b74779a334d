/**
 * 黄石市图书馆 2022 — 共享工程项目自评表, the 湖北 "20+80" form: 预算执行情况(20分) with
 * "得分(20分*执行率)", 年度绩效目标1(80分) with caps only in the level-1 labels, one 得分 per
 * level-2 block merged over its rows, and a 社会效益 block with no 得分 at all. The source stops
 * at the 满意度 row.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 6; // columns A–G

/**
 * 三级指标, 年初目标值(A), 实际完成值(B); on a 二级 block's first row the block's one 得分, merged
 * down over the block (none in 社会效益 and 读者).
 */
type Leaf = readonly [string, SpecCell?, SpecCell?, number?];

const DATA = '独有数据资源查询,查询范围可扩展到省图';
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标(40分)', [
    ['数量指标', [['一个存储备份器', '25TB', '25TB', 10], ['WIFI布点全覆盖', '100%覆盖', '100%覆盖']]],
    ['质量指标', [['以最新资源面市', '资源采购期以当年为主', '资源采购期以当年为主', 10]]],
    ['时效指标', [['可保证读者使用时长', '全天候可用', '全天候', 10], ['2022年全年', '≥360天', '≥360天']]],
    ['成本指标', [['以低价位高质量为采购原则', '5万', '5万', 10]]],
  ]],
  ['效益指标(30分)', [
    ['经济效益', [['社会公益服务无经济效益', '公益性事业', '公益性事业', 10]]],
    ['社会效益', [['使读者更方便快捷查找检阅', DATA, DATA], ['促进黄石文化经济发展,丰富市民文化活动']]],
    ['环境效益', [['数字图书馆环境优良无污染', '良好', '良好', 10], ['WIFI全覆盖,绿色环保', '良好', '良好']]],
    ['可持续影响指标', [['≥360天服务读者', '≥360天', '≥360天', 10]]],
  ]],
  ['满意度指标(10分)', [
    ['读者', [['在网络上设置读者满意度调查']]],
  ]],
];

function build() {
  const s = new SheetBuilder('项目自评表');
  s.row(['附表2']);
  s.across(s.row(['2022年度共享工程项目自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['项目单位(盖章):黄石市图书馆 主要领导签字:']), 0, LAST);
  s.across(s.row(['填报日期:2023.6.28']), 0, LAST);

  const top = s.fields(['项目名称', ['共享工程', LAST]]);
  s.fields(['主管部门', ['黄石市文化和旅游局', 2], '项目实施单位', ['黄石市图书馆', LAST]]);
  s.fields(['项目类别', ['1、部门预算项目 ☑ 2、市直专项', LAST]]);
  s.fields(['项目属性', ['1、持续性项目 ☑ 2、新增性项目 □', LAST]]);
  s.fields(['项目类型', ['1、常年性项目 ☑ 2、延续性项目 □ 3、一次性项目 □', LAST]]);
  // prettier-ignore
  titledBlock(s, ['预算执行情况(万元)\n(20分)', null, '预算数(A)', '执行数(B)', '执行率(B/A)', ['得分\n(20分*执行率)', LAST]], [
    ['年度财政资金总额', 5, 5, typed('100%'), 20],
  ], { bold: true });
  // prettier-ignore
  titledGrid(s, ['年度绩效目标1\n(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'], GRID, { blockColumns: [6] });
  s.border(top, s.nextRow - 1);
  return s.build([16, 16, 14, 30, 22, 22, 10]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.hsslib.org.cn/info/72903.jspx',
  sheets: [build()],
};
