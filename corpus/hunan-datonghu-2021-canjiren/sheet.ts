/**
 * 益阳市大通湖区 — 持证残疾人基本状况调查 2021 预算绩效自评: a 湖南 项目支出绩效自评指标计分表 (rubric:
 * 具体指标 / 评价标准), caps only in the level labels ("项 目 决 策 (15分)", "决策 依据 (4分)"), the
 * self-scores in a 自评分 column left of the criteria and the template's 得分 column left empty.
 * The source stops inside the 财务管理 row of 项目管理.
 */
import { levelGrid, type Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder } from '../../examples/sheets/sheet-builder.js';
import type { WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 6; // columns A–G

/** 三级指标 (cap in its label), 自评分, 具体指标, 评价标准; 得分 stays empty. */
type Leaf = readonly [string, number, string, string];

// prettier-ignore
const GRID: Grid<Leaf> = [
  ['项 目 决 策 (15分)', [
    ['决策 过程 (8分)', [
      ['决策 依据 (4分)', 4, '有关法律法规的明确规定;某一经济社会发展规划;某部门年度工作计划;某一实际问题和需求',
        '符合法律法规(1分) 符合经济社会发展规划(1分) 部门年度工作计划(1分) 针对某一实际问题和需求(1分)'],
      ['决策 程序 (4分)', 4, '项目符合申报条件;申报、批复程序符合相关管理办法;项目调整履行了相应手续',
        '符合申报条件(2分) 项目申报、批复程序符合管理办法(1分) 项目调整履行了相应手续(1分)'],
    ]],
    ['资金 分配 (7分)', [
      ['分配 办法 (3分)', 3, '根据需要制定的相关资金管理办法;管理办法中有明确资金分配办法;资金分配因素全面、合理',
        '有相应的资金管理办法(1分) 办法健全、规范(1分) 因素全面合理(1分)'],
      ['分配 结果 (4分)', 4, '资金分配符合相关管理办法;分配结果公平合理', '符合分配办法(2分) 分配公平合理(2分)'],
    ]],
  ]],
  ['项 目 管 理 (25分)', [
    ['资金 到位 (5分)', [
      ['到位率 (3分)', 3, '实际到位/计划到位*100%', '根据项目资金的实际到位率计算得分'],
      ['到位 时效 (2分)', 2, '资金及时到位;若未及时到位,是否影响项目进度',
        '到位及时(2分) 不及时但未影响项目进度(1分) 不及时并影响项目进度(0.5分)'],
    ]],
    ['资金 管理 (10分)', [
      ['资金 使用 (7分)', 7, '支出依据合规,无虚列项目支出情况;无截留挤占挪用情况;无超标准开支情况;无超预算情况',
        '虚列套取扣4-7分 依据不合规扣2分 截留、挤占、挪用扣3-6分 超标准开支扣2-5分 超预算扣2-5分'],
      // 评价标准 cut in the source after "财务".
      ['财务 管理 (3分)', 3, '资金管理、费用支出等制度健全;制度执行严格;会计核算规范', '财务'],
    ]],
  ]],
];

function build() {
  const s = new SheetBuilder('项目支出绩效自评指标计分表');
  s.row(['附件7']);
  s.across(s.row(['2020年项目支出绩效自评指标计分表'], { bold: true }), 0, LAST);
  // prettier-ignore
  const head = s.row(['一级 指标', '二级 指标', '三级 指标', '自评分', '具体指标', '评价标准', '得分'], { bold: true });
  levelGrid(s, GRID);
  s.border(head, s.nextRow - 1);
  return s.build([10, 12, 12, 8, 36, 36, 8]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://dth.yiyang.gov.cn/30176/30223/content_1487589.html',
  sheets: [build()],
};
