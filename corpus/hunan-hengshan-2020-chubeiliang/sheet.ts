/**
 * 衡山县商务和粮食局 2020 — 县级专项资金绩效目标自评表 of 县级储备粮: a form with no 分值 and no
 * 得分 column (targets and actual values only), spaced labels "绩 效 指 标" / "产 出 指 标" /
 * "效 益 指 标", and a page break that repeats the left and level-1 labels.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import { levelGrid, type Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 6; // columns A–G

/** 三级指标, 年度指标值, 全年完成值, 未完成原因和改进措施. */
type Leaf = readonly [string, SpecCell, SpecCell, string?];
/** One page's part of the grid: the left label, then level-1 blocks. */
type Part = readonly [string, Grid<Leaf>];

const P = (t: string) => typed(t);
const FULL = P('100%');
// prettier-ignore
const PAGE1: Part = ['绩 效 指 标', [
  ['产 出 指 标', [
    ['数量指标', [['5000吨稻谷、500吨成品粮储备到位率', FULL, FULL], ['库存数量真实率', FULL, FULL]]],
    ['质量指标', [
      ['县级储备粮管理制度严格执行率', FULL, FULL],
      ['储备粮管理专户管理率', FULL, FULL],
      ['县级储备粮库存粮食明显变质比例', 0, 0],
    ]],
    ['时效指标', [['县级储备粮贷款付息及时率', FULL, FULL], ['县级储备粮应急保障率', FULL, FULL]]],
    ['成本指标', [['国家政策性粮收购价格执行率', FULL, FULL], ['县级储备粮库存成本核算率', FULL, FULL]]],
  ]],
  ['效益指标', [
    ['经济效益指标', [
      ['利息费用保障率', FULL, FULL],
      ['政策性挂账利息补贴保障率', FULL, '无', '没有轮换、动用库存'],
    ]],
  ]],
]];

// prettier-ignore
const PAGE2: Part = ['绩效指标', [
  ['效 益 指 标', [
    ['生态效益指标', [['低温、低氧、低剂量科学保粮率', FULL, FULL], ['食品安全指标达标率', FULL, FULL]]],
    ['可持续影响指标', [['粮食储备设备维护及安全性', '高', '高']]],
  ]],
  ['满意度指标', [
    ['服务对象满意度指标', [
      ['因粮食市场波动引起的粮食安全事件发生数', '0起', '0起'],
      ['市民满意度调查2', P('90%'), FULL],
    ]],
  ]],
]];

function build() {
  const s = new SheetBuilder('绩效目标自评表');
  s.across(s.row(['2020年度县级专项资金绩效目标自评表'], { bold: true }), 0, LAST);
  const top = s.fields([
    '专项资金名称',
    ['县级储备粮', 2],
    '负责人及电话',
    ['旷建成、向建军', LAST],
  ]);
  // prettier-ignore
  s.fields(['县级主管部门', ['衡山县商务和粮食局', 2], '实施单位', ['粮食调控储备与产业发展股', LAST]]);
  // prettier-ignore
  titledBlock(s, ['项目资金(万元)', [null, 2], '全年预算数(A)', '全年执行数(B)', '执行率(B/A)'], [
    ['年度资金总额', 194.9, 194.9, FULL],
    ['其中:中央、省、市补助县级资金', 194.9, 194.9, FULL],
    ['其他资金'],
  ], { bold: true });
  // prettier-ignore
  titledBlock(s, ['年度总体目标', ['年初设定目标', 3], ['全年实际完成情况', LAST]], [
    ['保持和稳定地方粮食储备机制', '地方储备粮食规模达标'],
  ]);
  // prettier-ignore
  titledGrid(s, [PAGE1[0], '一级指标', '二级指标', '三级指标', '年度指标值', '全年完成值', '未完成原因和改进措施'], PAGE1[1]);
  // After the page break the left label stands on the page's first row.
  levelGrid(s, [PAGE2]);
  const said = s.fields(['说明', ['无', LAST]]);
  s.border(top, said);
  // prettier-ignore
  s.across(s.row(['注:1、其他资金包括和中央、省、市补助、地方财政资金共同投入到同一项目的自']), 0, LAST);
  return s.build([12, 12, 14, 36, 12, 12, 20]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://taowenge.com/p-72820237.html',
  sheets: [build()],
};
