/**
 * 霍山县教育局 2024 — 特殊教育补助资金转移支付整体绩效目标自评表 (安徽 转移支付 form):
 * 项目资金 rows with seven figures under six headers (one amount column unnamed), the
 * 其中:中央资金 row repeating 分值 10 / 100% / 得分 10, an empty 一级 cell over the first
 * block, and a total row labelled "分总" (总分 with its characters swapped): 100 / 100.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** 三级指标, 年度指标值, 全年实际完成值, 分值, 得分. */
type Leaf = readonly [string, SpecCell, SpecCell, number, number];

const ALL = typed('100%');
// prettier-ignore
const GRID: Grid<Leaf> = [
  // The page leaves this block's 一级指标 cell empty.
  [null, [
    ['数量指标', [
      ['培智教学软件2套', ALL, ALL, 10, 10],
      ['台式电脑4台、笔记本电脑4台、班班通设备2套', ALL, ALL, 5, 5],
      ['室外康复运动设施1套', ALL, ALL, 5, 5],
    ]],
    ['质量指标', [
      ['培智教学软件验收合格率', ALL, ALL, 10, 10],
      ['台式电脑4、笔记本电脑、班班通设备验收合格率', ALL, ALL, 5, 5],
      ['室外康复运动设施验收合格率', ALL, ALL, 5, 5],
    ]],
    ['时效指标', [['根据资金到位时间执行项目进度', ALL, ALL, 10, 10]]],
  ]],
  ['效益指标', [['社会效益指标', [['特殊教育资源', '扩大', '扩大', 30, 30]]]]],
  ['满意度指标', [
    ['服务对象满意度指标', [
      ['残疾学生、家长满意度', typed('90%'), typed('98%'), 5, 5],
      ['特殊教育教师满意度', typed('90%'), typed('98%'), 5, 5],
    ]],
  ]],
];

const GOAL =
  '采购两个年级教学软件,两套班班通,四台台式电脑和四台笔记本电脑,一套室外康复运动器材,使得教育教学条件得到大力改善,提升特殊教育质量。';
const DONE = '严格按照年初预算执行,采购手续合规合法,完成率100%。';

function build() {
  const s = new SheetBuilder('绩效目标自评表');
  s.across(s.row(['霍山县特殊教育补助资金转移支付整体绩效目标自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2024年度)']), 0, LAST);
  const top = s.fields([
    ['转移支付(项目)名称', 1],
    ['特殊教育补助资金', LAST],
  ]);
  s.fields([
    ['市级主管部门', 1],
    ['六安市教育体育局', LAST],
  ]);

  // Seven figures a row under six headers: the fourth amount stands in a column with no header.
  // prettier-ignore
  titledBlock(s, ['项目资金(万元)', null, '年初预算数', '全年预算数(A)', '全年执行数(B)', null, '分值', '预算执行率(B/A)', '得分'], [
    ['年度资金总额:', 28.1, 28.1, 28.1, 28.1, 10, ALL, 10],
    ['其中:中央资金', 28.1, 28.1, 28.1, 28.1, 10, ALL, 10],
    ['省级资金'],
    ['市级资金'],
    ['县级资金'],
    ['其他资金'],
  ]);
  titledBlock(s, ['年度总体目标', ['年初设定目标', 4], ['全年实际完成情况', LAST]], [[GOAL, DONE]]);
  // prettier-ignore
  titledGrid(s, ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '全年实际完成值', '分值', '得分', '未完成原因和改进措施'], GRID);
  s.fields([['分总', 5], 100, 100], { bold: true });
  const said = s.fields(['说明', [null, LAST]]);
  s.border(top, said);
  s.across(s.row(['注:1.其他资金包括和']), 0, LAST);
  return s.build([14, 14, 14, 36, 12, 14, 8, 14, 20]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.ahhuoshan.gov.cn/public/6596221/37859876.html',
  sheets: [build()],
};
