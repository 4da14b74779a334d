/**
 * 连云港市应急管理局 2021 年度整体绩效评价报告 (seed 003), as the department would keep it in Excel.
 * The seed is a table-per-cell text dump (one cell per line, rows separated by blank lines),
 * transcribed here cell for cell.
 *
 * Kept as published, because the engine must flag them or cope with them:
 * - 正文汇总表 (a): 部门管理 合计 权重 30, while its 27 rows add to 40 (and the score 36.7 > 30);
 *   its 得分率 91.75% is 36.7 ÷ 40, i.e. computed on the true sum.
 * - 正文汇总表 (b): titled "2020年…" in a 2021 report; 合计 权重 60 while its 44 rows add to 50;
 *   its 得分率 is written 97.2 (no % sign) = 48.6 ÷ 50.
 * - 正文汇总表 (c): the 部门影响力 total row has no label.
 * - 评分表: the appendix has no 合计 row and no grade; 年终考评等级 2 ÷ 3 is shown as 67%.
 *   Its level-1 blocks are 内部管理 40 / 部门履职 60 (部门履职 includes 履职效果 10), while the
 *   body's 5.1 table splits the same 100 as 部门管理 40 / 部门绩效 50 / 部门影响力 10.
 */
import type { SheetSpec, SpecCell, WorkbookSpec } from './spec.js';

/**
 * One appendix row: 一级指标, 二级指标 (null = merged with the row above), 三级指标, 目标值 (text as
 * published), 权重, 得分, 得分率 (0.9 = 90%), 目标值来源, 目标值评分标准 (null = empty in the seed).
 */
type AppendixRow = readonly [
  l1: string | null,
  l2: string | null,
  l3: string,
  target: string,
  weight: number,
  score: number,
  rate: number,
  source: string,
  standard: string | null,
];

/** 附件 连云港市应急管理部门整体绩效评价指标评分表 (seed lines 1631–2480): 82 rows, Σ权重 100, Σ得分 95.3. */
// prettier-ignore
const APPENDIX: readonly AppendixRow[] = [
  ['内部管理', '决策管理', '中长期规划', '明确', 2, 2, 1, '国家、省、市相关文件、部门规划', '有规划得满分，无规划不得分'],
  [null, null, '年度工作计划', '完备', 2, 2, 1, '部门年度工作计划', '有年度计划得满分，无计划不得分'],
  [null, null, '年度工作计划与规划关联度', '明确', 2, 1.8, 0.9, '部门规划、部门年度计划', '高中低三档，按0.2分每档递减'],
  [null, null, '部门工作计划与市重点工作契合度', '体现', 2, 1.8, 0.9, '市年度重点工作、本部门年度工作计划', '高中低三档，按0.2分每档递减'],
  [null, null, '局部工作计划对整体工作计划支撑度', '体现', 2, 2, 1, '本部门年度工作计划、处室年度工作计划', '高中低三档，按0.2分每档递减'],
  [null, '人员管理', '财政供养人员控制情况', '合规', 2, 1.5, 0.75, '人员编制情况、三定方案', '未超编满分，超编扣0.5分'],
  [null, null, '人事管理制度建设', '健全', 1, 1, 1, '人事管理办法', '健全得满分，不健全不得分'],
  [null, null, '工作人员学习与培训', '达标', 1, 1, 1, '工作计划', '培训达标得分，未达标不得分'],
  [null, '资金及资产管理', '财务管理规范性', '规范', 2, 2, 1, '财政管理统一要求', '财务管理是否规范'],
  [null, null, '支出调整预算执行率', '100%', 1, 1, 1, '管理规定', '预算执行是否规范'],
  [null, null, '专款专用率', '100%', 2, 2, 1, '财政管理统一要求', '是否专款专用'],
  [null, null, '政府采购情况', '合规', 1, 1, 1, '《中华人民共和国政府采购法》', '采购是否合规'],
  [null, null, '资产管理情况', '合规', 2, 1.5, 0.75, '管理规定', '资产管理'],
  [null, null, '固定资产利用率', '100%', 1, 0.8, 0.8, '工作计划', '固定资产利用是否充分'],
  [null, null, '专项资金项目申报管理情况', '100%', 2, 2, 1, '财政管理统一要求', '专项资金申报是否合规'],
  [null, null, '专项资金项目验收率', '100%', 1, 1, 1, '工作计划', '专项资金项目'],
  [null, '机构建设与内控管理', '信息公开度', '100%', 1, 1, 1, '管理规定', null],
  [null, null, '工作风险控制', '健全', 1, 0.5, 0.5, '工作计划', null],
  [null, null, '档案管理星级', '4级', 2, 2, 1, '管理规定', null],
  [null, null, '违纪违法发生数', '0', 1, 1, 1, '管理规定', null],
  [null, null, '党建工作完成率', '100%', 1, 1, 1, '工作计划', null],
  [null, null, '网络及信息系统管理与运行', '正常', 1, 1, 1, '工作计划', null],
  [null, null, '部门工作创新', '有', 1, 1, 1, '工作计划', null],
  [null, null, '年终考评等级', '一等奖', 3, 2, 0.67, '工作计划', null],
  [null, null, '绩效管理情况', '完成', 1, 0.8, 0.8, '工作计划', null],
  [null, null, '政府采购执行情况', '100%', 1, 1, 1, '工作计划', null],
  [null, null, '重点工作完成情况', '100%', 1, 1, 1, '工作计划', null],
  ['部门履职', '应急管理、核事故场外应急及应急救援建设', '编制市总体应急预案', '完成', 2, 2, 1, '市年度重点工作', null],
  [null, null, '核应急事故场外专项预案', '完成', 1, 1, 1, '工作计划', null],
  [null, null, '应急事故响应', '及时', 2, 2, 1, '国家、省、市相关文件、部门规划', null],
  [null, null, '应急指挥网建设', '完成', 2, 1.5, 0.75, '国家、省、市相关文件、部门规划', null],
  [null, null, '应急演练', '≥2次', 1, 1, 1, '工作计划', null],
  [null, null, '核应急骨干培训人次', '≥35人次', 1, 1, 1, '工作计划', null],
  [null, null, '核应急联络员培训', '≥1次', 1, 1, 1, '工作计划', null],
  [null, null, '国家级核事故场外应急演练', '=1次', 2, 2, 1, '省工作计划', null],
  [null, null, '核应急指挥平台建设', '完成', 1, 0.5, 0.5, '工作计划', null],
  [null, '自然灾害突发事件和综合减灾防灾建设', '创建综合减灾示范社区', '≥2个', 2, 2, 1, '省工作计划', null],
  [null, null, '编制自然灾害综合风险评估报告', '完成', 1, 0.8, 0.8, '工作计划', null],
  [null, null, '自然灾害综合监测预警', '完成', 1, 0.8, 0.8, '工作计划', null],
  [null, null, '防灾减灾培训', '≥1次', 1, 1, 1, '工作计划', null],
  [null, null, '开展全市综合减灾检查', '≥3次', 1, 1, 1, '工作计划', null],
  [null, null, '应急物资储备及救援装备规划', '完成', 1, 1, 1, '工作计划', null],
  [null, null, '减灾防灾物资验收', '完成', 1, 1, 1, '工作计划', null],
  [null, null, '减灾防灾物资验收合格率', '100%', 1, 1, 1, '工作计划', null],
  [null, '森林防火建设', '森林火灾响应', '及时', 1, 1, 1, '国家、省、市相关文件、部门规划', null],
  [null, null, '森林防火宣传活动', '≥2次', 1, 1, 1, '工作计划', null],
  [null, null, '火灾救援任务完成率', '100%', 1, 1, 1, '工作计划', null],
  [null, null, '专业队伍培训人次', '≥200人次', 1, 1, 1, '工作计划', null],
  [null, null, '防火装备购置', '≥30万元', 1, 1, 1, '工作计划', null],
  [null, null, '森林防火宣传活动开展率', '100%', 1, 1, 1, '工作计划', null],
  [null, null, '森林防火专业队伍培训开展率', '100%', 1, 1, 1, '工作计划', null],
  [null, '安全生产建设', '安全生产事故响应', '及时', 1, 1, 1, '国家、省、市相关文件', null],
  [null, null, '组织全市安全生产督导巡查', '=1次', 1.5, 1.5, 1, '市年度重点工作', null],
  [null, null, '组织全市安全生产驻点督导巡查天数', '≥50天', 1, 1, 1, '市年度重点工作', null],
  [null, null, '安全生产培训人次', '≥600人次', 1, 1, 1, '工作计划', null],
  [null, null, '安全生产培训完成率', '100%', 1, 1, 1, '工作计划', null],
  [null, null, '危化帮扶专家数量', '≥3名', 1.5, 1.5, 1, '国家、省相关文件', null],
  [null, null, '危化专家帮扶到位率', '100%', 1, 1, 1, '工作计划', null],
  [null, null, '安全生产宣传活动', '≥2次', 1, 1, 1, '工作计划', null],
  [null, null, '依法发放安全生产许可证', '≥80张', 1, 1, 1, '工作计划', null],
  [null, null, '企业安全生产检查次数', '≥300次', 1, 1, 1, '工作计划', null],
  [null, null, '安全生产考试中心考生人次', '≥10000人', 1, 1, 1, '工作计划', null],
  [null, null, '安全生产宣教馆接待人次', '≥1000人', 1, 1, 1, '工作计划', null],
  [null, null, '安全生产考试中心及展馆运行', '正常', 1, 1, 1, '工作计划', null],
  [null, null, '安全生产考试中心及展馆维护', '≥1次', 1, 1, 1, '工作计划', null],
  [null, null, '特种作业考试场次', '≥40场', 1, 1, 1, '工作计划', null],
  [null, '防汛防旱建设', '防汛防旱灾情响应', '及时', 1, 1, 1, '国家、省、市相关文件', null],
  [null, null, '防汛防台演练', '≥1次', 1, 1, 1, '工作计划', null],
  [null, null, '防汛防台、地震和地质灾害应急抢险演练开展率', '100%', 1, 1, 1, '工作计划', null],
  [null, null, '应急单位储备物资到位率', '100%', 1, 1, 1, '工作计划', null],
  [null, null, '防汛防旱、地震和地质工作汇报会按时举办情况', '按时', 1, 1, 1, '国家、省、市相关文件', null],
  [null, '履职效果', '起草全市规范性文件', '≥1份', 1, 1, 1, '市年度重点工作', null],
  [null, null, '安全生产事故亡人数', '下降', 1, 1, 1, '市年度重点工作', null],
  [null, null, '安全生产事故起数', '下降', 1, 1, 1, '市年度重点工作', null],
  [null, null, '森林防火救援伤亡人数', '下降', 1, 1, 1, '工作计划', null],
  [null, null, '森林防火救援伤亡率', '下降', 1, 1, 1, '工作计划', null],
  [null, null, '采购验收合格率', '100%', 0.5, 0.5, 1, '工作计划', null],
  [null, null, '信息平台建设完成率', '100%', 1, 1, 1, '工作计划', null],
  [null, null, '购买设备质量合格率', '100%', 0.5, 0.5, 1, '工作计划', null],
  [null, null, '宣传渠道多样化', '≥3种', 1, 1, 1, '工作计划', null],
  [null, null, '创建综合减灾示范社区建设按时完成率', '100%', 1, 1, 1, '工作计划', null],
  [null, null, '防汛防台、地震和地质灾害应急抢险演练开展达标率', '100%', 1, 1, 1, '工作计划', null],
];

const WIDTH = 9;
const PERCENT = '0%';

/** Fills a row out to `width` cells so bordered tables and merged titles cover the full width. */
function pad(cells: readonly SpecCell[], width: number): SpecCell[] {
  return [...cells, ...Array<SpecCell>(Math.max(0, width - cells.length)).fill(null)];
}

/**
 * Vertical merges for a level column: each named cell is merged down over the following rows
 * whose cell is null. `firstRow` is the sheet row of values[0].
 */
function levelMerges(values: readonly (string | null)[], firstRow: number, col: string): string[] {
  const merges: string[] = [];
  values.forEach((v, i) => {
    if (v === null) return;
    let end = i;
    while (end + 1 < values.length && values[end + 1] === null) end++;
    if (end > i) merges.push(`${col}${firstRow + i}:${col}${firstRow + end}`);
  });
  return merges;
}

function col(n: number): string {
  return String.fromCharCode(64 + n);
}

/** 评分表: the appendix at B1 (titles) / B3 (header), so recognition cannot assume A1. */
function buildAppendixSheet(): SheetSpec {
  const start = { row: 1, col: 2 };
  const first = col(start.col);
  const last = col(start.col + WIDTH - 1);
  const header = [
    '一级指标',
    '二级指标',
    '三级指标',
    '目标值',
    '权重',
    '得分',
    '得分率',
    '目标值来源',
    '目标值评分标准',
  ];
  const rows: SpecCell[][] = [
    pad(['连云港市应急管理部门整体绩效评价指标评分表'], WIDTH),
    // The seed prints this caption as the table's top band, spanning all columns.
    pad(['部门整体绩效目标'], WIDTH),
    header,
    ...APPENDIX.map(([l1, l2, l3, target, weight, score, rate, source, standard]): SpecCell[] => [
      l1,
      l2,
      l3,
      target,
      weight,
      score,
      { v: rate, fmt: PERCENT },
      source,
      standard,
    ]),
  ];
  const firstDataRow = start.row + 3;
  const lastRow = start.row + rows.length - 1;
  return {
    name: '评分表',
    start,
    rows,
    merges: [
      `${first}${start.row}:${last}${start.row}`,
      `${first}${start.row + 1}:${last}${start.row + 1}`,
      ...levelMerges(
        APPENDIX.map((r) => r[0]),
        firstDataRow,
        col(start.col),
      ),
      ...levelMerges(
        APPENDIX.map((r) => r[1]),
        firstDataRow,
        col(start.col + 1),
      ),
    ],
    widths: [3, 10, 18, 28, 10, 6, 6, 8, 28, 26],
    boldRows: [start.row, start.row + 1, start.row + 2],
    bordered: [[start.row + 1, lastRow]],
  };
}

function withLevel1(row: AppendixRow, l1: string): AppendixRow {
  const [, l2, l3, target, weight, score, rate, source, standard] = row;
  return [l1, l2, l3, target, weight, score, rate, source, standard];
}

/**
 * The body's three block tables (seed lines 845–1568) repeat the appendix rows exactly (checked
 * cell by cell), split as 部门管理 = rows 1–27, 部门履职 = rows 28–71, 部门影响力 = rows 72–82; only
 * the first 部门影响力 row carries its level-1 name 部门履职 again.
 */
const BODY_BLOCKS: readonly { title: string; rows: readonly AppendixRow[]; total: SpecCell[] }[] = [
  {
    title: '2021年度连云港市应急管理局部门管理绩效得分',
    rows: APPENDIX.slice(0, 27),
    // Published 权重 30 although the rows add to 40.
    total: ['合计', null, null, null, 30, 36.7, { v: 0.9175, fmt: '0.00%' }],
  },
  {
    // Published with the wrong year.
    title: '2020年连云港市应急管理局部门履职绩效得分',
    rows: APPENDIX.slice(27, 71),
    // Published 权重 60 although the rows add to 50; 得分率 written as the bare number 97.2.
    total: ['合计', null, null, null, 60, 48.6, 97.2],
  },
  {
    title: '2021年连云港市应急管理局部门影响力绩效得分',
    rows: APPENDIX.slice(71).map((r, i) => (i === 0 ? withLevel1(r, '部门履职') : r)),
    // Published without a label.
    total: [null, null, null, null, 10, 10, { v: 1, fmt: PERCENT }],
  },
];

/** 正文汇总表: the body's summary tables pasted one under another, a blank row between. */
function buildBodySheet(): SheetSpec {
  const width = 7;
  const rows: SpecCell[][] = [];
  const merges: string[] = [];
  const bold: number[] = [];
  const bordered: [number, number][] = [];

  for (const block of BODY_BLOCKS) {
    if (rows.length > 0) rows.push([]);
    rows.push(pad([block.title], width));
    const titleRow = rows.length;
    merges.push(`A${titleRow}:G${titleRow}`);
    rows.push(['一级指标', '二级指标', '三级指标', '目标值', '权重', '得分', '得分率']);
    const firstData = rows.length + 1;
    for (const [l1, l2, l3, target, weight, score, rate] of block.rows) {
      rows.push([l1, l2, l3, target, weight, score, { v: rate, fmt: PERCENT }]);
    }
    merges.push(
      ...levelMerges(
        block.rows.map((r) => r[0]),
        firstData,
        'A',
      ),
    );
    merges.push(
      ...levelMerges(
        block.rows.map((r) => r[1]),
        firstData,
        'B',
      ),
    );
    rows.push(block.total);
    const totalRow = rows.length;
    merges.push(`A${totalRow}:D${totalRow}`);
    bold.push(titleRow, titleRow + 1, totalRow);
    bordered.push([titleRow + 1, totalRow]);
  }

  // 5.1 绩效评价得分: the seed gives no caption, only the section heading used here.
  rows.push([]);
  rows.push(pad(['5.1 绩效评价得分'], 5));
  const scoreTitle = rows.length;
  merges.push(`A${scoreTitle}:E${scoreTitle}`);
  rows.push(
    ['指标', '部门管理', '部门绩效', '部门影响力', '合计'],
    ['权重', 40, 50, 10, 100],
    ['得分', 36.7, 48.6, 10, 95.3],
    [
      '得分率',
      { v: 0.9175, fmt: '0.00%' },
      { v: 0.972, fmt: '0.0%' },
      { v: 1, fmt: PERCENT },
      { v: 0.953, fmt: '0.0%' },
    ],
    ['折合计', '-', '-', '-', { v: 0.953, fmt: '0.0%' }],
  );
  bold.push(scoreTitle, scoreTitle + 1);
  bordered.push([scoreTitle + 1, rows.length]);

  return {
    name: '正文汇总表',
    rows,
    merges,
    widths: [10, 18, 30, 10, 8, 8, 9],
    boldRows: bold,
    bordered,
  };
}

/** 2 decimals where the seed prints them ("60.00"), General where it prints "803.6" or "307". */
const fixed2 = (v: number): SpecCell => ({ v, fmt: '0.00' });

/** 表2 预算项目明细表: 序号, 项目名称, 项目性质, 预算金额（万元）, 备注 (Σ 803.6 = 表1 项目支出). */
// prettier-ignore
const BUDGET_PROJECTS: readonly SpecCell[][] = [
  [1, '防灾减灾经费',           '经常性项目', fixed2(60),    null],
  [2, '宣教中心（警示馆经费）', '经常性项目', fixed2(30),    null],
  [3, '长期聘用人员工作',       '经常性项目', fixed2(70),    null],
  [4, '政府采购',               '经常性项目', fixed2(81),    null],
  [5, '应急管理经费',           '经常性项目', fixed2(327.6), null],
  [6, '森林防火经费',           '经常性项目', fixed2(95),    null],
  [7, '督导经费',               '经常性项目', fixed2(80),    null],
  [8, '十四五规划编制',         '一次性项目', fixed2(60),    null],
];

/**
 * 表4 项目支出明细表 (Σ 988.51 = 表3 项目支出). The body text (1.3) says 省市级专项经费 374.72 and
 * "9项专项" while listing 7; the table's 384.72 is kept.
 */
// prettier-ignore
const SPENT_PROJECTS: readonly SpecCell[][] = [
  [1, '防灾减灾经费',           '经常性项目', 0,            null],
  [2, '宣教中心（警示馆经费）', '经常性项目', fixed2(30),   null],
  [3, '长期聘用人员工作',       '经常性项目', fixed2(70),   null],
  [4, '政府采购',               '经常性项目', 62.69,        null],
  [5, '应急管理经费',           '经常性项目', 307,          null],
  [6, '森林防火经费',           '经常性项目', 68.8,         null],
  [7, '督导经费',               '经常性项目', 47.8,         null],
  [8, '十四五规划编制',         '一次性项目', 17.5,         null],
  [9, '省市级专项经费',         '经常性项目', 384.72,       null],
];

/** 支出: 表1 支出预算总表, 表2 预算项目明细表, 表3 支出决算总表, 表4 项目支出明细表 (seed lines 145–289). */
function buildSpendingSheet(): SheetSpec {
  const width = 5;
  const rows: SpecCell[][] = [];
  const merges: string[] = [];
  const bold: number[] = [];
  const bordered: [number, number][] = [];

  const table = (title: string, header: SpecCell[], body: readonly SpecCell[][]) => {
    if (rows.length > 0) rows.push([]);
    rows.push(pad([title], width));
    const titleRow = rows.length;
    merges.push(`A${titleRow}:E${titleRow}`);
    rows.push(header, ...body.map((r) => [...r]));
    bold.push(titleRow, titleRow + 1);
    bordered.push([titleRow + 1, rows.length]);
  };

  table(
    '2021年度连云港市应急管理局支出预算总表　表1',
    ['合计', '基本支出（万元）', '项目支出（万元）'],
    [[2881.77, 2078.17, 803.6]],
  );
  table(
    '2021年度连云港市应急管理局预算项目明细表　表2',
    ['序号', '项目名称', '项目性质', '预算金额（万元）', '备注'],
    BUDGET_PROJECTS,
  );
  // The body's lead-in calls 表3 "支出预算总表"; its own title says 决算.
  table(
    '2021年度连云港市应急管理局支出决算总表　表3',
    ['合计', '基本支出', '项目支出'],
    [[3762.89, 2774.38, 988.51]],
  );
  table(
    '2021年度连云港市应急管理局项目支出明细表　表4',
    ['序号', '项目名称', '项目性质', '金额', '备注'],
    SPENT_PROJECTS,
  );

  return {
    name: '支出',
    rows,
    merges,
    widths: [10, 26, 16, 18, 10],
    boldRows: bold,
    bordered,
  };
}

export const lianyungang2021: WorkbookSpec = {
  file: 'lianyungang-2021.xlsx',
  seed: '003_2d9b9bf7dea5a05c.txt',
  sheets: [buildAppendixSheet(), buildBodySheet(), buildSpendingSheet()],
};
