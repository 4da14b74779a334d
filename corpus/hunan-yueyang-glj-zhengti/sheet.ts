/**
 * 岳阳 部门整体支出绩效评价评分表 (glj.yueyang.gov.cn): a rubric 一级 | 二级 | 三级 | 评分标准 | 分值 |
 * 自评得分 | 扣分原因和其他说明 with level caps inside spaced labels ("投 入\n(15分)", "预算配置\n(15分)"),
 * the 评分标准 text standing left of the 分值, no execution score of its own. The source stops
 * inside 预算管理 (预决算信息公开性和完善性, before its 分值).
 */
import { levelGrid, type Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder } from '../../examples/sheets/sheet-builder.js';
import type { WorkbookSpec } from '../../examples/sheets/spec.js';

/** 三级指标, 评分标准, 分值, 自评得分, 扣分原因和其他说明 (every one empty). */
type Leaf = readonly [string, string, number, number, null];

// prettier-ignore
const GRID: Grid<Leaf> = [
  ['投 入\n(15分)', [
    ['预算配置\n(15分)', [
      ['财政供养人员\n控制率',
        '以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。', 5, 5, null],
      ['“三公经费”\n变动率',
        '“三公经费”变动率≦0,计5分;\n“三公经费”>0,每超过一个百分点扣0.5分,扣完为止。', 5, 5, null],
      ['重点支出\n安排率',
        '重点支出安排率≥90%,计5分;80%(含)-90%,计4分;70%(含)-80%,计3分;60%(含)-70%,计2分;低于60%不得分。', 5, 5, null],
    ]],
  ]],
  ['过 程\n(40分)', [
    ['预算执行\n(15分)', [
      ['预算调整率',
        '预算调整率=0,计3分;0-10%(含),计2分;10-20%(含),计1分;20-30%(含),计0.5分;大于30%不得分。', 3, 3, null],
      ['支付进度',
        '春节前下达全部专项资金的50%;6月底前所有专项资金指标全部下达完。\n每出现一个专项未按进度完成资金下达扣0.5分,扣完为止。', 3, 3, null],
      ['资金结余', '无结余,3分;有结余,但不超过上年结转,2分;结余超过上年结转,不得分。', 3, 3, null],
      ['“三公经费”\n控制率',
        '以100%为标准。三公经费控制率≦100%,计6分;\n每超过一个百分点扣1分,扣完为止。', 6, 6, null],
    ]],
    ['预算管理\n(15分)', [
      ['管理制度\n健全性',
        '①已制定或具有预算资金管理办法,内部财务管理制度、会计核算制度等管理制度,1分;\n②相关管理制度合法、合规、完整,1分;\n③相关管理制度得到有效执行,1分。', 3, 3, null],
      ['资金使用\n合规性',
        '①支出符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定;\n②资金拨付有完整的审批程序和手续;\n③项目支出按规定经过评估论证;\n④支出符合部门预算批复的用途;\n⑤资金使用无截留、挤占、挪用、虚列支出等情况。\n以上情况每出现一例不符合要求的扣1分,扣完为止。', 3, 3, null],
    ]],
  ]],
];

function build() {
  const s = new SheetBuilder('部门整体支出绩效评价评分表');
  // prettier-ignore
  const head = s.row(['一级指标', '二级指标', '三级指标', '评分标准', '分值', '自评得分', '扣分原因和其他说明'], { bold: true });
  levelGrid(s, GRID);
  s.border(head, s.nextRow - 1);
  return s.build([10, 12, 16, 60, 8, 10, 20]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://glj.yueyang.gov.cn/6173/6181/content_1705915.html',
  sheets: [build()],
};
