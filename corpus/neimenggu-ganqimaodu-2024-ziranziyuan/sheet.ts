/**
 * 巴彦淖尔市自然资源局甘其毛都口岸分局 2024 — 项目支出绩效自评表 (national template, with
 * 指标性质 / 指标方向 / 计量单位 columns) of 自然资源业务支出项目: 执行率(%) as bare numbers, and the
 * 其他资金 row spent 1.8 of 1.8 with its 执行率 stated 0. The 一级指标 cell is empty in the page.
 * The source stops at the 时效指标 label.
 */
import { SheetBuilder } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 11; // columns A–L

/** 三级指标, 指标性质, 指标方向, 年度指标值, 实际完成值, 计量单位, 分值, 得分. */
type Leaf = readonly [string, string, string, number, number, string, number, number];
type Level2 = readonly [string, readonly Leaf[]];

// prettier-ignore
const GRID: readonly Level2[] = [
  ['数量指标', [
    ['指标1:租车次数(次)', '正向', '大于等于', 1, 1, '次', 8, 8],
    ['指标2:宣传美工制作个数(个)', '正向', '小于等于', 1, 1, '个', 7, 7],
  ]],
  ['质量指标', [
    ['指标1:租车达标率', '正向', '等于', 100, 100, '%', 8, 8],
    ['指标2:宣传合格率', '正向', '等于', 100, 100, '%', 7, 7],
  ]],
  ['时效指标', []],
];

const NAME = '内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局自然资源业务支出项目';
const UNIT = '内蒙古自治区巴彦淖尔市自然资源局甘其毛都口岸分局';
const GOAL =
  '目标1:通过开展自然调查,全面查清全市资源利用状况,实现资源信息的社会化服务,实现资源宏观调控及资源管理的需要.';
const DONE =
  '负责编制辖区内国土空间规划并监督实施,落实辖区内自然资源调查监测评价工作;承担辖区内国土空间生态修复工作,负责组织实施最严格的耕地保护制度;负责辖区内地质勘查协调、监督管理和行业规范执行监督;负责矿产资源管理工作;负责辖区内测绘地理信息管理工作,推动自然资源领域科技发展。';

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.across(s.row(['项目支出绩效自评表 (2024年度)'], { bold: true }), 0, LAST);

  const top = s.row(['项目名称', NAME]);
  s.across(top, 1, LAST);
  // prettier-ignore
  const owner = s.row(['主管部门', '内蒙古自治区巴彦淖尔市自然资源局(部门)', null, null, null, null, '实施单位', UNIT]);
  s.across(owner, 1, 5).across(owner, 7, LAST);

  // prettier-ignore
  const fundHead = s.row(['项目资金 (万元)', null, null, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率(%)', '得分'], { bold: true });
  s.across(fundHead, 1, 3).across(fundHead, 9, LAST);
  // prettier-ignore
  const fundRows: SpecCell[][] = [
    ['年度资金总额', null, null, 0, 2.38, 2.38, 10, 100, 10],
    ['其中:财政拨款', null, null, 0, 0.58, 0.58, '——', 100, '——'],
    ['其他资金', null, null, 0, 1.8, 1.8, '——', 0, '——'],
  ];
  for (const cells of fundRows) {
    const r = s.row([null, ...cells]);
    s.across(r, 1, 3).across(r, 9, LAST);
  }
  s.down(0, fundHead, s.nextRow - 1);

  const goalHead = s.row(['年度总体目标', '预期目标', null, null, null, null, '实际完成情况']);
  s.across(goalHead, 1, 5).across(goalHead, 6, LAST);
  const goal = s.row([null, GOAL, null, null, null, null, DONE]);
  s.across(goal, 1, 5).across(goal, 6, LAST);
  s.down(0, goalHead, goal);

  // prettier-ignore
  const head = s.row(['绩效指标', '一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '年度指标值', '实际完成值', '计量单位', '分值', '得分', '偏差原因分析及改进措施'], { bold: true });
  const gridStart = s.nextRow;
  for (const [level2, leaves] of GRID) {
    const l2Start = s.nextRow;
    if (leaves.length === 0) s.row([null, null, level2]);
    leaves.forEach((leaf, j) => s.row([null, null, j === 0 ? level2 : null, ...leaf]));
    s.down(2, l2Start, s.nextRow - 1);
  }
  // 一级指标: the page shows an empty cell beside the first 二级 label; kept empty, one merge.
  s.down(1, gridStart, s.nextRow - 1);
  s.down(0, head, s.nextRow - 1);
  s.border(top, s.nextRow - 1);
  return s.build([10, 10, 12, 28, 8, 10, 10, 10, 8, 8, 8, 22]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://zrzy.bynr.gov.cn/zwgk/czyjs/202509/t20250924_714315.html',
  sheets: [build()],
};
