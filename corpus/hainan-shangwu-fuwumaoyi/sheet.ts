/**
 * 海南省商务厅 — 服务贸易项目绩效自评表: a project sheet with 计划投资额 / 实际到位资金 and their 其中
 * breakdown side by side, then a scoring sheet with a 分值 column at every level (一级 | 分值 |
 * 二级 | 分值 | 三级 | 分值 | 得分). The source stops at the 项目效益 block.
 */
import { levelGrid, type Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder } from '../../examples/sheets/sheet-builder.js';
import type { WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 7; // columns A–H

/** 一级指标 and its 分值 › 二级指标 and its 分值 › leaves: 三级指标, 分值, 得分. */
type Leaf = readonly [string, number, number];

// prettier-ignore
const GRID: Grid<Leaf> = [
  ['项目决策', 20, [
    ['项目目标', 4, [['目标内容', 4, 4]]],
    ['决策过程', 8, [['决策依据', 3, 3], ['决策程序', 5, 5]]],
    ['资金分配', 8, [['分配办法', 2, 2], ['分配结果', 6, 6]]],
  ]],
  ['项目管理', 25, [
    ['资金到位', 5, [['到位率', 3, 3], ['到位时效', 2, 2]]],
    ['资金管理', 10, [['资金使用', 7, 7], ['财务管理', 3, 3]]],
    ['组织实施', 10, [['组织机构', 1, 1], ['管理制度', 9, 9]]],
  ]],
  ['项目绩效', 55, [
    ['项目产出', 15, [['产出数量', 5, 5], ['产出质量', 4, 4], ['产出时效', 3, 3], ['产出成本', 3, 3]]],
  ]],
];

function build() {
  const s = new SheetBuilder('Sheet1');
  s.across(s.row(['服务贸易项目绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['一、项目基本情况'], { bold: true }), 0, LAST);
  const unit = s.fields([
    '项目实施单位',
    ['省商务厅服务贸易和商贸服务业处', 3],
    '主管部门',
    ['省商务厅', LAST],
  ]);
  s.fields(['项目负责人', ['李鹏', 3], '联系电话', [null, LAST]]);
  s.fields(['地址', ['海口市国兴大道省政府办公楼2楼', 3], '邮编', [570204, LAST]]);
  s.fields(['项目类型', ['经常性项目(√)一次性项目()', LAST]]);
  // prettier-ignore
  s.fields([['计划投资额\n(万元)', 1], 570, ['实际到位资金\n(万元)', 4], 398.88, '实际使用情况(万元)', 395.86]);
  const parts: readonly (readonly [string, number, number])[] = [
    ['中央财政', 0, 0],
    ['省财政', 570, 398.88],
    ['市县财政', 0, 0],
    ['其他', 0, 0],
  ];
  const first = s.nextRow;
  parts.forEach(([label, plan, got], i) =>
    s.row([i === 0 ? '其中:' : null, label, plan, i === 0 ? '其中:' : null, label, got]),
  );
  s.down(0, first, s.nextRow - 1).down(3, first, s.nextRow - 1);
  s.border(unit, s.nextRow - 1);

  s.across(s.row(['二、绩效评价指标评分'], { bold: true }), 0, LAST);
  // prettier-ignore
  const head = s.row(['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'], { bold: true });
  levelGrid(s, GRID);
  s.border(head, s.nextRow - 1);
  return s.build([14, 10, 14, 12, 14, 10, 16, 10]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://m.bdocx.com/doc/30238812.html',
  sheets: [build()],
};
