/**
 * 稷山县医疗保障局 2020 — 项目支出绩效自评表 (national template) of 建档立卡个人缴费县级配套资金:
 * level-1 caps in the labels, an execution rate of 99.1% scored 9 of 10 while the 总分 94 only adds
 * up with the full 9.91, and two indicators that lost points with no reason given.
 */
import { projectForm } from '../../examples/sheets/project-form.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { amount, SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** A leaf: 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因. */
type Leaf = readonly [string, SpecCell, SpecCell, number, number, string?];

const P = (t: string) => typed(t);
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标(50分)', [
    ['数量指标', [['指标1:全县参合人数', 8755, 8676, 15, 13, '建档立卡中有新增死亡人员,导致有偏差']]],
    ['质量指标', [['指标1:资金是否全部纳入医保统筹', P('100%'), P('100%'), 15, 15]]],
    ['时效指标', [['指标1:资金是否全部及时纳入', P('100%'), P('100%'), 10, 10]]],
    ['成本指标', [['指标1:配套资金每人每年', '75元', '75元', 10, 10]]],
  ]],
  ['效益指标(30分)', [
    ['社会效益', [['指标1:是否解决建档立卡人员看病难贵问题', P('95%'), P('95%'), 30, 27]]],
  ]],
  ['满意度指标(10分)', [
    ['服务对象满意度指标', [['指标1:是否满意', P('95%'), P('95%'), 10, 9]]],
  ]],
];

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.across(s.row(['稷山县项目支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2020年度)']), 0, LAST);

  const top = projectForm(s, {
    name: '建档立卡个人缴费县级配套资金',
    owner: '稷山县医疗保障局',
    unit: '稷山县医疗保险服务中心',
    // prettier-ignore
    funds: [
      ['年度资金总额', null, amount(65.66), amount(65.07), 10, P('99%'), 9],
      ['其中：当年财政拨款', null, amount(65.66), amount(65.07), '—', P('99%'), '—'],
      ['上年结转资金', null, null, null, '—', null, '—'],
      ['其他资金', null, null, null, '—', null, '—'],
    ],
    goal: [
      '提高医疗保障水平,推进因病致贫问题的根本性解决',
      '提高医疗保障水平,推进了因病致贫问题的基本性解决',
    ],
    grid: GRID,
  });
  const total = s.fields([['总分', 5], 100, 94], { bold: true });
  s.border(top, total);
  return s.build([10, 14, 14, 30, 12, 12, 8, 8, 26]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html',
  sheets: [build()],
};
