/**
 * 徐闻县住房和城乡建设局 — 部门整体支出绩效评价评分表 (湛江 template): a three-row header
 * (评价指标 over 一级/二级/三级指标, each over 名称 | 权重(%)), then 指标说明 | 评分标准 | 扣分说明
 * | 得分, the 扣分说明 column holding the reason for each lost point. The source stops inside the
 * fourth leaf (自评材料报送及公开一致性), before its score.
 */
import { levelGrid, type Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 9; // columns A–J

/** 三级指标 名称, 权重(%), 指标说明, 评分标准, 扣分说明, 得分. */
type Leaf = readonly [string, number, string, string, SpecCell, number];

// prettier-ignore
const GRID: Grid<Leaf> = [
  ['前期准备工作', 20, [
    ['自评工作情况', 18, [
      ['组织建立情况', 3,
        '主要考核是否成立自评工作小组(小组人数不符合要求的视为未成立小组):自评工作评价小组一般3人以上,由主管领导、财务人员和其他人员组成,需提供有关文件作为佐证材料。',
        '1.成立自评工作小组且人数和结构符合规定的,得3分;\n2.成立自评工作小组,但人数或结构不符合规定的,得1分;\n3.未成立自评工作小组的,不得分。',
        null, 3],
      ['自评材料报送及时性', 5, '主要考核单位是否在规定时间内完成自评材料报送工作。',
        '在规定时间内完成自评材料报送工作得5分,未在规定时间内完成报送工作计0分。', null, 5],
      ['自评材料报送质量', 5,
        '主要考核自评材料是否真实;表格填写内容是否齐全,是否缺漏或不对应;自评报告的内容是否全面详实;自评评分表自评得分是否客观、真实;佐证材料是否与项目(工作)存在联系,是否能证明项目(工作)立项、实施管理、完成等情况,对项目(工作)相关情况的证明力是否充分。',
        '1.表格内容填写真实、齐全,得1分;\n2.自评报告内容真实、详细,得1分;\n3.自评评分表自评得分客观、真实,得2分;自评得分与核查得分每误差5分,扣0.5分,以此类推,扣完为止;\n4.佐证材料材料规范、完整,关联性强的,得1分;',
        '佐证材料缺乏完整性', 4],
    ]],
  ]],
];

function build() {
  const s = new SheetBuilder('部门整体支出绩效评价评分表');
  s.across(s.row(['部门整体支出绩效评价评分表'], { bold: true }), 0, LAST);
  const unit = s.fields([['单位:徐闻县住房和城乡建设局', LAST]]);
  const head = s.row(
    ['评价指标', null, null, null, null, null, '指标说明', '评分标准', '扣分说明', '得分'],
    {
      bold: true,
    },
  );
  s.across(head, 0, 5);
  s.row(['一级指标', null, '二级指标', null, '三级指标'], { bold: true });
  s.across(head + 1, 0, 1)
    .across(head + 1, 2, 3)
    .across(head + 1, 4, 5);
  s.row(['名称', '权重(%)', '名称', '权重(%)', '名称', '权重(%)'], { bold: true });
  for (let c = 6; c <= LAST; c++) s.down(c, head, head + 2);
  levelGrid(s, GRID);
  s.border(unit, s.nextRow - 1);
  return s.build([12, 8, 12, 8, 16, 8, 44, 44, 16, 8]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://www.xuwen.gov.cn/zfxxgk/zjsxwxzfhcxjsj/content/post_1526108.html',
  sheets: [build()],
};
