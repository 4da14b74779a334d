/**
 * 广水市交通运输局 2021 — 广水市财政预算支出项目绩效目标自评表 of 乡村道路建设养护项目: 自评总分 95 in
 * the header block, a rubric (项目权重 | 评价内容 | 分值 | 自评分 | 复核分 | 评价标准及依据) for 项目决策 /
 * 项目管理, then the 项目绩效 indicators with their caps only in the level labels ("数量指标 15 分")
 * and an empty 复核分 column. The source stops at the 质量指标 rows.
 */
import { titledBlock } from '../../examples/sheets/blocks.js';
import { levelGrid, type Grid, type Level } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** 评价内容, 分值, 自评分, 评价标准及依据 (复核分 empty). */
type RubricRow = readonly [string, number, number, string];

/** 项目权重 › its rubric rows. */
// prettier-ignore
const RUBRIC: readonly Level<RubricRow>[] = [
  ['项目决策2分', [['决策依据', 2, 2, '有项目年度工作计划或有上级文件或审批报告计2分,没有不得分。']]],
  ['项目管理13分', [
    ['财务制度', 3, 3, '1、单位财务管理制度1分;\n2、项目管理制度1分;\n3、有制度执行佐证资料1分。没有不得分。'],
    ['组织机构', 2, 2, '有明确的绩效管理机构或专人负责2分。没有不得分'],
    ['运行监管', 4, 4, '1、运行监管记录3分;\n2、填报《项目支出绩效监控表》1分。没有不得分。'],
    ['目标申报', 4, 4, '1、项目绩效目标全申报的1分,缺一项扣0.5分,扣完为止;\n2、绩效目标规范1分,不规范扣0.5分;\n3、按时申报绩效目标计2分,逾期扣1分。'],
  ]],
];

const QUANTITY_RULE =
  '1、提供三级指标完成程度的佐证资料;\n2、三级指标分值按三级指标个数平均确定(15分÷三级指标个数),四舍五入保留整数。';

/** 项目绩效 › 一级 › 二级 › leaves: 三级指标, 年初指标值, 年终完成值, 自评分, 复核分, 评价标准. */
// prettier-ignore
const PERFORMANCE: readonly Level<Grid[number]>[] = [
  ['项目绩效85分', [
    ['产出指标40分', [
      ['数量指标15分', [['乡村道路建设养护里程', '300公里', '300公里', 15, null, QUANTITY_RULE]]],
      ['质量指标12分', [['农村公路建设验收合格率'], ['农村公路养护验收合格率']]],
    ]],
  ]],
];

function build() {
  const s = new SheetBuilder('项目绩效目标自评表');
  s.across(s.row(['广水市财政预算支出项目绩效目标自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['填报日期:2022年8月10日']), 0, LAST);

  // 项目名称 and 自评总分 (label and figure in two cells).
  const top = s.fields(['项目名称', ['乡村道路建设养护项目', 5], '自评总分:', [95, LAST]]);
  s.fields(['项目主管单位', ['广水市交通运输局', 3], '项目实施单位', ['广水市交通运输局', LAST]]);
  s.fields(['项目负责人', ['孙章勇', 3], ['单位领导审签:', LAST]]);
  s.fields(['项目属性', ['1、常年性  2、延续性□  3、一次性□  4、新增性□', LAST]]);
  // prettier-ignore
  titledBlock(s, ['项目资金来源', '中央(万元)', '省、地(万元)', '本级(万元)', '其他(万元)', '合计(万元)', '执行数(万元)', ['执行率', LAST]], [
    [null, null, 309, null, 309, 309, typed('100%')],
  ], { bold: true });
  s.fields(['项目年度目标', ['1.完成乡村道路建设养护里程300公里;\n2.\n3.', LAST]]);

  // Rubric: 项目决策 / 项目管理, 评价内容 merged over four columns.
  // prettier-ignore
  s.fields(['项目权重', ['评价内容', 4], '分值', '自评分', '复核分', '评价标准及依据'], { bold: true });
  levelGrid(s, RUBRIC, {
    cells: ([what, cap, got, rule]) => [what, null, null, null, cap, got, null, rule],
    each: (r) => s.across(r, 1, 4),
  });

  // 项目绩效: the indicators of 年度目标 1.
  s.across(s.row(['项目年度目标1:乡村道路建设养护项目'], { bold: true }), 0, LAST);
  // prettier-ignore
  s.row([null, '一级指标', '二级指标', '指标名称(三级指标)', '年初指标值', '年终完成值', '自评分', '复核分', '评价标准'], { bold: true });
  levelGrid(s, PERFORMANCE);
  s.border(top, s.nextRow - 1);
  return s.build([12, 12, 12, 22, 10, 10, 8, 8, 40]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://pdf.wenkuvip.com/archives/bqg98jldqkx8g2xm7pe6.html',
  sheets: [build()],
};
