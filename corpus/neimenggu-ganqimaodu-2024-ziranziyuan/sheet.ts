/**
 * 巴彦淖尔市自然资源局甘其毛都口岸分局 2024 — 项目支出绩效自评表 (national template, with
 * 指标性质 / 指标方向 / 计量单位 columns) of 自然资源业务支出项目: 执行率(%) as bare numbers, and the
 * 其他资金 row spent 1.8 of 1.8 with its 执行率 stated 0. The 一级指标 cell is empty in the page.
 * The source stops at the 时效指标 label.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder } from '../../examples/sheets/sheet-builder.js';
import type { WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 11; // columns A–L

/** 三级指标, 指标性质, 指标方向, 年度指标值, 实际完成值, 计量单位, 分值, 得分. */
type Leaf = readonly [string, string, string, number, number, string, number, number];
// 一级指标: the page shows an empty cell beside the first 二级 label; kept empty, one merge.
// prettier-ignore
const GRID: Grid<Leaf> = [[null, [
  ['数量指标', [
    ['指标1:租车次数(次)', '正向', '大于等于', 1, 1, '次', 8, 8],
    ['指标2:宣传美工制作个数(个)', '正向', '小于等于', 1, 1, '个', 7, 7],
  ]],
  ['质量指标', [
    ['指标1:租车达标率', '正向', '等于', 100, 100, '%', 8, 8],
    ['指标2:宣传合格率', '正向', '等于', 100, 100, '%', 7, 7],
  ]],
  ['时效指标', []],
]]];

const NAME = '内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局自然资源业务支出项目';
const UNIT = '内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局';
const GOAL =
  '目标1:通过开展自然调查,全面查清全市资源利用状况,实现资源信息的社会化服务,实现资源宏观调控及资源管理的需要.';
const DONE =
  '负责编制辖区内国土空间规划并监督实施,落实辖区内自然资源调查监测评价工作;承担辖区内国土空间生态修复工作,负责组织实施最严格的耕地保护制度;负责辖区内地质勘查协调、监督管理和行业规范执行监督;负责矿产资源管理工作;负责辖区内测绘地理信息管理工作,推动自然资源领域科技发展。';

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.across(s.row(['项目支出绩效自评表 (2024年度)'], { bold: true }), 0, LAST);

  const top = s.fields(['项目名称', [NAME, LAST]]);
  s.fields(['主管部门', ['内蒙古自治区巴彦淖尔市自然资源局(部门)', 5], '实施单位', [UNIT, LAST]]);
  // prettier-ignore
  titledBlock(s, ['项目资金 (万元)', [null, 3], '年初预算数', '全年预算数', '全年执行数', '分值', '执行率(%)', ['得分', LAST]], [
    ['年度资金总额', 0, 2.38, 2.38, 10, 100, 10],
    ['其中:财政拨款', 0, 0.58, 0.58, '——', 100, '——'],
    ['其他资金', 0, 1.8, 1.8, '——', 0, '——'],
  ], { bold: true });
  titledBlock(s, ['年度总体目标', ['预期目标', 5], ['实际完成情况', LAST]], [[GOAL, DONE]]);
  // prettier-ignore
  titledGrid(s, ['绩效指标', '一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '年度指标值', '实际完成值', '计量单位', '分值', '得分', '偏差原因分析及改进措施'], GRID);
  s.border(top, s.nextRow - 1);
  return s.build([10, 10, 12, 28, 8, 10, 10, 10, 8, 8, 8, 22]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://zrzy.bynr.gov.cn/zwgk/czyjs/202509/t20250924_714315.html',
  sheets: [build()],
};
