/**
 * 金寨县茶谷和美丽乡村建设服务中心 2023 — 部门整体支出绩效自评表 (national template): 全年执行数
 * 338.31 above the 全年预算数 329.77 (执行率 102.59%) with the execution 得分 left empty. The source
 * stops at the 成本指标 block.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** 三级指标, 年度指标值, 实际完成值, 分值, 得分. */
type Leaf = readonly [string, SpecCell, SpecCell, number, number];

const P = (t: string) => typed(t);
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标', [
    ['数量指标', [
      ['指标1:开展精品示范村建设数量', '≤4', 4, 10, 10],
      ['指标2:建设美丽宜居自然村庄数量', '≥200', 202, 10, 10],
      ['指标3:完成农村户用卫生厕所改造数量', '≥2000', 3061, 10, 10],
      ['指标4:新建省级中心村数量', '≥10', 10, 10, 10],
    ]],
    ['质量指标', [
      ['指标1:美丽宜居自然村庄验收通过率', '≥95%', P('100%'), 5, 5],
      ['指标2:户用卫生厕所改造验收通过率', '≥95%', P('100%'), 5, 5],
    ]],
    ['时效指标', [
      ['指标1:完成美丽宜居自然村庄验收时间', '9月前', '7月', 5, 5],
      ['指标2:完成户用卫生厕所改造验收时间', '11月前', '10月', 5, 5],
    ]],
  ]],
];

const PLAN =
  '1.建设徽风皖韵美丽乡村;2.整治美丽宜居自然村庄;3.推进农村改厕提质增效;4.深入开展村庄清洁行动;5.促进茶谷果岭融合发展。';
const DONE =
  '1.启动燕子河镇龙马村、花石乡大湾村等4个精品示范村建设;2.整治美丽宜居自然村庄202个;3.完成农村户用卫生厕所改造3061户;4.全面完成2022年度10个省级中心村各项建设任务,并顺利通过省级验收;加快2023年度10个省级中心村任务,确保2024年通过各级验收。';

function build() {
  const s = new SheetBuilder('部门整体支出绩效自评表');
  s.across(s.row(['部门整体支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2023年度)']), 0, LAST);
  const dept = s.fields(['部门', ['金寨县茶谷和美丽乡村建设服务中心', LAST]]);
  // prettier-ignore
  titledBlock(s, ['预算资金（万元）', [null, 2], '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], [
    ['年度资金总额', 329.77, 329.77, 338.31, 10, P('102.59%'), null],
    ['其中：当年财政拨款', 329.77, 329.77, 338.31, '—', P('102.59%'), '—'],
    ['上年结转资金', null, null, null, '—', null, '—'],
    ['其他资金', null, null, null, '—', null, '—'],
  ], { bold: true });
  titledBlock(s, ['年度总体目标', ['预期目标', 4], ['实际完成情况', LAST]], [[PLAN, DONE]]);
  // prettier-ignore
  titledGrid(s, ['绩 效 指 标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'], GRID);
  s.border(dept, s.nextRow - 1);
  return s.build([10, 12, 12, 34, 12, 12, 8, 10, 24]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.ahjinzhai.gov.cn/public/6624963/37545031.html',
  sheets: [build()],
};
