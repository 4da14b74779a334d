/**
 * 银川市第六中学 2021 — 银川市本级部门项目支出绩效自评表 of 初中公用经费: 自评得分 98 and an empty
 * 财政审核评分 in the header, 分值 left of the target, caps in the level-1 and level-2 labels,
 * 预算执行率 as a grid row (100% scored 9). The leaves present add to 85 at most 95 with the
 * missing 满意度 row, against the stated 98. The source stops at the 满意度 row.
 */
import { titledBlock } from '../../examples/sheets/blocks.js';
import { levelGrid, type Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 7; // columns A–H

/** 三级指标, 参考分值, 指标值(A), 全年实际值(B), 得分 — or 三级指标 alone for a placeholder row. */
type Leaf = readonly [string, SpecCell?, SpecCell?, SpecCell?, SpecCell?];

// prettier-ignore
const GRID: Grid<Leaf> = [
  ['项目决策(10分)', [
    ['项目目标', [['完整性', 4, '一', '目标明确、内容细化、目标量化', 4]]],
    ['项目立项', [
      ['相关性', 2, '一', '按照学校管理标准对学校进行管理', 2],
      ['可行性', 2, null, '实际工作需求', 2],
      ['适当性', 2, null, '有资金测第标准', 2],
    ]],
  ]],
  ['项目管理(25分)', [
    ['投入管理', [['预算执行率', 10, '一', typed('100%'), 9]]],
    ['财务管理', [['财务管理制度有效性', 7, '一', '财务制度健全,严格执行制度,会计核算规范', 7]]],
    ['项目实施', [
      ['绩效监控有效性', 2, '一', '持续有效', 2],
      ['管理制度有效性', 6, '-', '严格执行相关管理制度', 6],
    ]],
  ]],
  ['项目产出(30分)', [
    ['数量指标(10分)', [['保障人数', 10, '2370人', '2370人', 10], ['指标2:']]],
    ['质量指标(5分)', [['公用经费标准', 5, '符合相关文件要求', '符合相关文件要求', 5], ['指标2:']]],
    ['时效指标(5分)', [['公用经费完成时间', 5, '2021年12月完成', '2021年12月完成', 4], ['指标2:']]],
    ['成本指标(10分)', [
      ['办公所需成本', 4, '15万元', '15万元', 4],
      ['维修(维护)所需成本', 3, '35万元', '35万元', 3],
      ['绿化、水电费等成本', 3, 'M.8万元', '14.8万元', 3],
    ]],
  ]],
  ['项目效益(35分)', [
    ['经济效益指标', [['指标1:'], ['指标2:']]],
    ['社会效益指标', [['效果显著', 15, '改善学校的办学条件', '改善学校的办学条件', 13]]],
    ['生态效益指标', [['指标L'], ['指标2:']]],
    ['可持续影响指标', [
      ['使学生和老师行个更好的学习和工作环境,做到', 10, '社会认可的办学环境.', '社会认可的办学环境.', 8],
      ['指标2:'],
    ]],
  ]],
];

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.across(s.row(['银川市本级部门项目支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2021年)']), 0, LAST);

  const top = s.fields(['项目名称', ['初中公用经费', 3], '主管部门', ['银川市教育局', LAST]]);
  s.fields(['实施单位', ['银川市第六中学', 3], '自评得分', 98, '财政审核评分', null]);
  // prettier-ignore
  titledBlock(s, ['项目资金(万元)', null, '年初预算数', '调整预算数(A)', '全年执行数(B)', '执行率(B/A)'], [
    ['年度资金总额', 64.8, 64.8, 64.8, typed('100%')],
  ], { bold: true });
  // prettier-ignore
  titledBlock(s, ['年度总体目标', ['年初设定目标', 3], ['年度总体目标完成情况', LAST]], [['保障学校正常工作运行']]);
  // prettier-ignore
  s.row(['一级指标', '二级指标', '三级指标', '参考分值', '指标值(A)', '全年实际值(B)', '得分', '未完成原因分析及改进措施'], { bold: true });
  levelGrid(s, GRID);
  s.border(top, s.nextRow - 1);
  return s.build([14, 16, 30, 8, 18, 18, 8, 20]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://m.yzwku.com/doc/476505.html',
  sheets: [build()],
};
