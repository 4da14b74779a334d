/**
 * 寿县 2023 — 部门整体支出绩效评价自评表 (unit cell left empty): a rubric whose two text columns
 * (指标解释, 指标说明及评分标准) stand between the 指标分值 and the 自评得分, level caps inside the
 * labels ("规划\n(15分)"). The source stops inside row 6 (预算执行率).
 */
import { levelGrid, type Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder } from '../../examples/sheets/sheet-builder.js';
import type { WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 7; // columns A–H

/** 序号, 三级指标, 指标分值, 指标解释, 指标说明及评分标准, 自评得分. */
type Leaf = readonly [number, string, number, string, string, number];

// prettier-ignore
const GRID: Grid<Leaf> = [
  ['规划\n(15分)', [
    ['基础信息\n(3分)', [
      [1, '基础信息\n完整性', 3,
        '部门及所属二级单位预算基础信息是否符合相关规定,信息资料是否真实、完整,用以评价该单位基础信息对预算编制数据的支撑情况(按年初预算基础信息表考核)。',
        '1、基础数据信息是否真实(1分);\n2、基础数据信息是否完整(1分);\n3、基础数据信息是否准确(1分)。', 3],
    ]],
    ['工作计划\n(6分)', [
      [2, '年度工作\n计划完整性', 3, '部门及所属二级单位年度工作计划制定是否完整可行。', '年度工作计划是否完整可行(3分)', 3],
      [3, '年度工作\n计划明确性', 3, '部门及所属二级单位年度工作计划制定是否明确可操作。', '年度工作计划是否明确可操作(3分)', 3],
    ]],
    ['绩效目标\n(6分)', [
      [4, '年度绩效\n目标合理性', 4, '单位是否设置年度绩效目标,绩效目标设定是否符合单位实际,是否合理。',
        '1、设置年度绩效目标(2分,其中单位整体绩效目标1分,项目绩效目标1分,若单位无项目,得2分)\n2、绩效目标设置依据充分(1分)\n3、绩效目标合理,符合实际,可操作(1分)\n4、未设置绩效目标,该栏不得分', 4],
      [5, '年度绩效\n目标明确性', 2, '是否制定明确、细化、量化的绩效目标。', '绩效目标明确,且细化、量化(2分);', 2],
    ]],
  ]],
];

function build() {
  const s = new SheetBuilder('部门整体支出绩效评价自评表');
  s.across(s.row(['2023年度部门整体支出绩效评价自评表'], { bold: true }), 0, LAST);
  const unit = s.fields(['单位', [null, LAST]]);
  // prettier-ignore
  s.row(['序号', '一级\n指标', '二级\n指标', '三级\n指标', '指标分值', '指标解释', '指标说明及评分标准', '自评得分'], { bold: true });
  levelGrid(s, GRID, { at: 1, leading: 1 });
  s.border(unit, s.nextRow - 1);
  return s.build([6, 10, 12, 14, 8, 40, 44, 8]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.shouxian.gov.cn/public/118322758/1259995520.html',
  sheets: [build()],
};
