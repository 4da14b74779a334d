/**
 * 遂宁市市场监管局经开区分局 2021 — 中央对地方专项转移支付区域绩效目标自评表 (四川 form, 两品一械
 * 药品监管 funds): targets and actuals only (指标值 / 完成值, no 分值 or 得分), amounts as text
 * ("5.8万"), an empty 一级 cell over the first block, three named indicators with neither target
 * nor actual. The source stops in the 社会效益 block.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 5; // columns A–F

/** 三级指标, 指标值, 完成值 (both absent on three rows). */
type Leaf = readonly [string, SpecCell?, SpecCell?];

const ALL = typed('100%');
// prettier-ignore
const GRID: Grid<Leaf> = [
  // The page leaves this block's 一级指标 cell empty.
  [null, [
    ['数量指标', [
      ['指标1.药品抽验品种', '≥3', 4],
      ['指标2.化妆品抽验批次', '≥3', 7],
      ['指标3.医疗器械抽验批次', '≥2', 3],
      ['指标4.药品监管企业数', '≥124', 253],
      ['指标5.化妆品监管企业数', '≥290', 311],
      ['指标6.医疗器械监管企业数', '≥21', 85],
      ['指标7.药品监管人员人均培训学时', '≥90', 96],
    ]],
    ['质量指标', [
      ['指标1.药品抽检完成率', ALL, ALL],
      ['指标2.化妆品抽验完成率', ALL, ALL],
      ['指标3.医疗器械抽验完成率', ALL, ALL],
      ['指标4.不合格产品处置率'],
      ['指标5:药品不良反应每百万人口报告数', '≥150', 150],
      ['指标6.化妆品不良反应每百万人口报告数', '≥10', 10],
      ['指标7.医疗器械不良应每百万人口报告数', '≥30', 30],
      ['指标8.培训人员覆盖率', ALL, ALL],
    ]],
    ['时效指标', [['任务完成时间', '2021年底', '2021年底']]],
    ['成本指标', [
      ['指标1.培训成本', '400元/人、天', '180元/人、天'],
      ['指标2.药品抽验平均标准'],
      ['指标3.化妆品抽验平均标准'],
    ]],
  ]],
  // The text stops in this block's first indicator ("指标1.“两品一械”总体安全"), before its figures.
  ['效益指标', [['社会效益指标', []]]],
];

const GOALS = [
  '目标1:完成两品一械抽检工作',
  '目标2:加强两品一械企业监管力度',
  '目标3:加强培训,提高监管人员专业水平',
  '目标4:加强两品一械科普宣传力度',
].join('\n');
const DONE = [
  '目标1:配合完成抽检148个批次',
  '目标2:加强了两品一械企业监管力度',
  '目标3:提高监管人员专业水平,培训率达100%',
  '目标4:多次组织两品一械科普宣传活动',
].join('\n');

function build() {
  const s = new SheetBuilder('区域绩效目标自评表');
  // prettier-ignore
  s.across(s.row(['2021年中央对地方专项转移支付区域绩效目标自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['填报类型:整体□  区域√  项目□']), 0, LAST);
  // prettier-ignore
  const top = s.fields(['单位名称', ['遂宁市市场监督管理局经开区分局', 2], '联系人及电话', ['田苗苗,15881923688', LAST]]);

  // 预算执行情况: two rows; the rate's label and value stand once, merged down over both.
  // prettier-ignore
  const budget = s.fields(['预算执行情况(万元)', ['转移支付预算数(A)', 2], '5.8万', '预算执行率(B/A)', ALL]);
  const spent = s.fields([null, ['转移支付执行数(B)', 2], '5.8万']);
  for (const c of [0, 4, 5]) s.down(c, budget, spent);

  // prettier-ignore
  titledBlock(s, ['年度目标完成情况', ['预期目标', 2], ['目标实际完成情况', LAST]], [[GOALS, DONE]]);
  titledGrid(s, [null, '一级指标', '二级指标', '三级指标', '指标值', '完成值'], GRID);
  s.border(top, s.nextRow - 1);
  return s.build([14, 10, 12, 36, 14, 14]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://snjkq.suining.gov.cn/xinwen/show/10f49cb24dea41a5bf7520b914ece25f.html',
  sheets: [build()],
};
