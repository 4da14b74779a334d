/**
 * 六安市裕安区文化和旅游局 2022 — 市级文物保护专项经费绩效自评表: the 安徽 print of the national
 * 项目支出绩效自评表 (项目资金 block with 分值 9 and 执行率 as a plain 0.958, 年度总体目标, 绩效指标
 * grid), the 其中 row repeating the execution 分值 and 得分. The source stops in the 效益指标 block.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** 三级指标, 年度指标值, 实际完成值, 分值, 得分. */
type Leaf = readonly [string, SpecCell, SpecCell, number, number];

const P = (t: string) => typed(t);
const SITES =
  '完成六安市六安市罗氏宗祠、李氏宗祠、英布墓日常维护,指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、龙盘石刻护栏制装';
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标', [
    ['数量指标', [
      ['指标1:修缮建筑数量', SITES, SITES, 7, 7],
      ['指标2:修缮建筑面积', '6000平方米', '6000平方米', 7, 7],
      ['指标3:修缮级别', '市级保护单位', '市级保护单位', 7, 7],
    ]],
    ['质量指标', [
      ['指标1:验收通过率', P('100%'), P('95%'), 6, 5],
      ['指标2:工程质量管理', '≥95%', P('98%'), 6, 6],
      ['指标3:文明施工', '≥95%', P('97%'), 6, 6],
    ]],
    ['时效指标', [
      ['项目设计、招标、施工', '完成时间为2022年12月30日', '完成时间为2022年12月30日', 6, 5],
    ]],
    ['成本指标', [
      ['项目成本控制在预算内', '本着节约的原则,控制在预算中。', P('100%'), 5, 5],
    ]],
  ]],
  ['效益指标', [
    ['社会效益指标', [
      ['文物本体安全、体现文物价值,提升知名度', '加大文物保护,展示文物价值', '程度较高', 15, 15],
    ]],
  ]],
];

const PLAN =
  '通过项目实施,完成六安市罗氏宗祠、李氏宗祠、英布墓日常维护,赤卫军指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、龙盘石刻护栏制装,加大文物保护力度,发挥文物的宣传教育价值。';
const DONE = '基本完成年度目标。';

function build() {
  const s = new SheetBuilder('市级文物保护专项经费绩效自评表');
  s.across(s.row(['市级文物保护专项经费绩效自评表(2022年度)'], { bold: true }), 0, LAST);
  const top = s.fields(['项目名称', ['市级文物保护专项经费', LAST]]);
  s.fields(['主管部门', ['裕安区文化和旅游局', 4], '实施单位', ['裕安区文化和旅游局', LAST]]);
  // prettier-ignore
  titledBlock(s, ['项目资金\n(万元)', [null, 2], '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], [
    ['年度资金总额', 29, 29, 27.8, 9, 0.958, 8],
    ['其中:当年财政拨款', 29, 29, 27.8, 9, 0.958, 8],
    ['上年结转资金'],
    ['其他资金'],
  ], { bold: true });
  titledBlock(s, ['年度总体目标', ['预期目标', 4], ['实际完成情况', LAST]], [[PLAN, DONE]]);
  // prettier-ignore
  titledGrid(s, ['绩效指标', '一级指标', '二级指标', '三级指标', '年度\n指标值', '实际\n完成值', '分值', '得分', '偏差原因分析及改进措施'], GRID);
  s.border(top, s.nextRow - 1);
  return s.build([12, 10, 12, 30, 22, 22, 8, 8, 24]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.yuan.gov.cn/public/6596881/25080505.html',
  sheets: [build()],
};
