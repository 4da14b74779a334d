/**
 * 济南市历城区文化馆 2019 — 区级部门预算项目支出绩效自评表 of the project 商品和服务支出 (the
 * library's free opening): 项目预算执行情况(10分) with 年初预算数(A) / 全年执行数(B) / 分值 /
 * 执行率 / 得分 / 得分计算方法, then a grid 一级 / 二级 / 三级 / 预期指标值(A) / 实际完成指标值(B) /
 * 分值 / 得分 / 未完成原因 / 得分计算方法 whose 得分计算方法 text is merged down the grid, "-"
 * placeholder rows in every 二级 block, and level-1 labels that kept only their caps ("(50分)",
 * "(30分)": the words were lost on the page). The source stops inside the 效益 block.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 9; // columns A–J

/**
 * 三级指标, 预期指标值(A), 实际完成指标值(B), 分值, 得分, 未完成原因, 得分计算方法; a "-"
 * placeholder row holds its "-" alone.
 */
type Leaf = readonly [string, SpecCell?, SpecCell?, number?, number?, null?, string?];

const METHOD =
  '定量指标计算:完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。\n定性指标计算:根据“三档”原则分别按照指标分值的100-80%(含80%)、80-50%(含50%)、50-0%来记分。';
const FULL = typed('100%');

// prettier-ignore
const GRID: Grid<Leaf> = [
  ['(50分)', [
    ['数量指标', [['全年免费开放', FULL, FULL, 12.5, 12.5, null, METHOD], ['-']]],
    ['质量指标', [['免费开放管理制度健全、执行有效性', FULL, FULL, 12.5, 12.5], ['-']]],
    ['时效指标', [['免费开放率', FULL, FULL, 12.5, 12.5], ['-']]],
    ['成本指标', [['实际成本与工作内容的匹配程度', '45万', '45万', 12.5, 12.5], ['-']]],
    ['-', [['-']]],
  ]],
  ['(30分)', [
    ['经济效益\n指标', [['承担重要公益服务项目、助推民生事业发展', FULL, FULL, 10, 10], ['-']]],
    // Cut by the source inside its 三级指标: no target, actual, 分值 or 得分.
    ['社会效益\n指标', [['促进基本公共文化服务标准化均等化,保障群众基本文化权益。满足广大人民群众接受素质教育、']]],
  ]],
];

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.across(s.row(['区级部门预算项目支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['( 2019 年度)']), 0, LAST);
  s.fields([
    ['主管部门(盖章):', 6],
    ['单位:万元', LAST],
  ]);

  const top = s.fields([
    '项目名称',
    ['商品和服务支出', 3],
    '主管部门',
    ['济南市历城区文化和旅游局', LAST],
  ]);
  s.fields([
    '项目实施单位',
    ['济南市历城区文化馆', 3],
    '项目负责人',
    ['田延青', 6],
    '联系电话',
    ['88894492', LAST],
  ]);
  // prettier-ignore
  titledBlock(s, ['年度总体目标', ['年初设定目标', 4], ['年度总体目标完成情况综述', LAST]], [[
    '历城区文化馆免费开放',
    '用于历城区文化馆全年免费开放,主要支付招聘合同人员工资,确保我馆全年正常免费开放和群众文化工作开展。',
  ]]);
  // prettier-ignore
  titledBlock(s, ['项目预算\n执行情况\n(10分)', [null, 3], '年初预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分', '得分计算方法'], [
    ['年度资金总额', 45, 45, 10, typed('100%'), 10, '执行率*该指标分值,最高不得超过分值上限。'],
    ['其中:财政拨款', 45, 45, '-', '-', '-'],
    ['其他资金', null, null, '-', '-', '-'],
  ]);
  // The block title left of 一级指标 ("绩效指标" on the form) lost its characters on the page.
  // prettier-ignore
  const head = titledGrid(s, [null, '一级\n指标', '二级\n指标', '三级指标', '预期指标值(A)', '实际完成指标值(B)', '分值', '得分', '未完成原因', '得分计算方法'], GRID);
  s.down(LAST, head + 1, s.nextRow - 1);
  s.border(top, s.nextRow - 1);
  return s.build([8, 10, 12, 30, 14, 14, 8, 8, 12, 40]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://jnslcqwhg.cn/newsinf_id_308.html',
  sheets: [build()],
};
