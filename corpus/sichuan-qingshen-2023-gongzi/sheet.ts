/**
 * 青神县发展和改革局 2023 — 部门预算项目支出绩效自评表, Sichuan form 510000_0013zp (权重 layout):
 * 预算执行情况(10分) with 权重 10, 绩效指标(90分) with 权重 60 + 30, 合计 100. Published unscored:
 * every 得分 and 完成值 cell is empty and the conclusion cells still hold the form's instructions.
 */
import { titledGrid } from '../../examples/sheets/blocks.js';
import { amount, SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 10; // columns A–K

const GOAL =
  '严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。';
const GOAL_DONE = '对照年度目标,说明相关任务目标的完成情况(100字以内)'; // the form's instruction
const REASON =
  '1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.';

/** 预算执行: label, 年初预算, 调整后预算数, 预算执行数, 预算执行率, 权重, 得分. */
// prettier-ignore
const BUDGET: readonly (readonly SpecCell[])[] = [
  ['总额', amount(238.93), amount(251.89), amount(251.89), typed('100.00%'), 10, null],
  ['其中:财政资金', amount(238.93), amount(251.89), amount(251.89), typed('100.00%'), '/', '/'],
  ['财政专户管理资金', amount(0), amount(0), amount(0), typed('0.00%'), '/', '/'],
  ['单位资金', amount(0), amount(0), amount(0), typed('0.00%'), '/', '/'],
  ['其他资金', null, null, null, null, '/', '/'],
];

/** 一级, 二级, 三级, 指标性质, 指标值, 度量单位, 完成值, 权重, 得分, 未完成原因分析. */
// prettier-ignore
const GRID: readonly (readonly SpecCell[])[] = [
  ['产出指标', '数量指标', '发放(缴纳)覆盖率', '=', 100, '%', null, 60, null, null],
  ['效益指标', '社会效益指标', '足额保障率(参保率)', '=', 100, '%', null, 30, null, null],
];

function build() {
  const s = new SheetBuilder('Sheet1');
  s.across(s.row(['报表编号:510000_0013zp']), 0, LAST);
  s.across(s.row(['部门预算项目支出绩效自评表(2023年度)'], { bold: true }), 0, LAST);
  const top = s.fields(['项目名称', ['51000021R000000019951-工资性支出', LAST]]);
  // prettier-ignore
  s.fields(['主管部门', ['青神县发展和改革局本级', 4], ['实施单位 (盖章)', 6], ['青神县发展和改革局', LAST]]);
  // prettier-ignore
  const basic = s.fields(['项目基本情况', '1.项目年度目标完成情况', ['项目年度目标', 5], ['年度目标完成情况', LAST]]);
  const goal = s.fields([null, null, [GOAL, 5], [GOAL_DONE, LAST]]);
  s.down(1, basic, goal);
  s.fields([null, '2.项目实施内容及过程概述', [null, LAST]]);
  s.down(0, basic, s.nextRow - 1);

  // prettier-ignore
  const budgetHead = s.fields(['预算执行情况(10分)', '年度预算数(万元)', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分', ['原因', LAST]], { bold: true });
  const first = s.nextRow;
  BUDGET.forEach((cells, i) => s.row([null, ...cells, i === 0 ? REASON : null]));
  s.merge(first, 8, s.nextRow - 1, LAST);
  s.down(0, budgetHead, s.nextRow - 1);

  // prettier-ignore
  titledGrid(s, ['绩效指标(90分)', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析'], GRID);
  s.fields([['合计', 7], 100], { bold: true });
  const texts: readonly (readonly [string, string])[] = [
    ['评价结论', '结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)'],
    ['存在问题', '结合自评情况,分析存在的问题及原因。(200字以内)'],
    ['改进措施', '针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)'],
  ];
  for (const [label, text] of texts) s.fields([label, [text, LAST]]);
  // prettier-ignore
  const sign = s.fields([['项目负责人:', 4], ['财务负责人:', LAST]]);
  s.border(top, sign);
  return s.build([16, 16, 12, 18, 10, 10, 10, 10, 8, 8, 20]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.scqs.gov.cn/info/13206/211004.htm',
  sheets: [build()],
};
