/**
 * 临沧市临翔区林业和草原局 2023 — 项目支出绩效自评表 (national template) of 2023年马鹿坑国有林场
 * 新建野生动物收容所建设项目: 31.69 of 32.4 spent, the rate written 97.80% (97.81% rounded) and
 * scored 9 of 10 on both the 年度资金总额 row and its 其中 row. The source stops at the 满意度 row.
 */
import { projectForm } from '../../examples/sheets/project-form.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** 三级指标 alone (cut in the source) or with 年度指标值, 实际完成值, 分值, 得分, 偏差原因. */
type Leaf = readonly [string, SpecCell?, SpecCell?, number?, number?, string?];

// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标', [
    ['数量指标', [['野生动物收容所', '≥200平方米', '204.46平方米', 10, 10, '无']]],
    ['数量指标', [['钢结构圈养围栏', '≥120米', '121.5米', 10, 10, '无']]],
    ['时效指标', [['项目完工时限', '2023年12月', '2023年10月', 15, 15, '无']]],
    ['质量指标', [['项目竣工验收率', typed('100%'), typed('100%'), 15, 15, '无']]],
  ]],
  ['效益指标', [
    ['经济效益指标', [['务工人员年人均增收', '≥8400元', '8400元', 10, 10, '无']]],
    ['社会效益指标', [['提供务工岗位', '≥5个', '5个', 10, 10, '无']]],
    ['可持续影响指标', [['项目建成后可持续影响年限', '≥15年', '15年', 10, 10, '无']]],
  ]],
  ['满意度指标', [['服务对象满意度指标', [['受益农户满意度']]]]],
];

const NAME = '2023年马鹿坑国有林场新建野生动物收容所建设项目';
const DEPT = '临沧市临翔区林业和草原局';
const GOAL =
  '支持欠发达国有林场基础设施建设,补齐必要的配套基础设施建设短板,有效保护管理好马鹿坑国有林场的野生动物资源,及时有效救助各类受到伤害的野生动物,新建马鹿坑国有林场临时野生动物收容所1间200平方米,钢结构圈养围栏120米,能同时收容近百头(只)野生动物。';
const DONE =
  '完成马鹿坑国有林场临时野生动物收容所1间200平方米,钢结构圈养围栏120米,能同时收容近百头(只)野生动物。';

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.across(s.row(['项目支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['( 2023年度)']), 0, LAST);

  const rate = typed('97.80%');
  const top = projectForm(
    s,
    {
      name: NAME,
      owner: DEPT,
      unit: DEPT,
      funds: [
        ['年度资金总额', null, 32.4, 31.69, 10, rate, 9],
        ['其中:当年财政拨款', null, 32.4, 31.69, 10, rate, 9],
      ],
      goal: [GOAL, DONE],
      grid: GRID,
    },
    { fundTitle: '项目资金 (万元)' },
  );
  s.border(top, s.nextRow - 1);
  return s.build([10, 12, 14, 26, 14, 14, 8, 8, 22]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.ynlx.gov.cn/info/2431/148733.htm',
  sheets: [build()],
};
