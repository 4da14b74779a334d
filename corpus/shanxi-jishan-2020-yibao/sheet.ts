/**
 * 稷山县医疗保障局 2020 — 项目支出绩效自评表 (national template) of 建档立卡个人缴费县级配套资金:
 * level-1 caps in the labels, an execution rate of 99.1% scored 9 of 10 while the 总分 94 only adds
 * up with the full 9.91, and two indicators that lost points with no reason given.
 */
import { amount, SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** A leaf: 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因. */
type Leaf = readonly [string, SpecCell, SpecCell, number, number, string?];
type Level2 = readonly [string, readonly Leaf[]];

const P = (t: string) => typed(t);
// prettier-ignore
const GRID: readonly (readonly [string, readonly Level2[]])[] = [
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

  const top = s.row(['项目名称', '建档立卡个人缴费县级配套资金']);
  s.across(top, 1, LAST);
  const owner = s.row([
    '主管部门',
    '稷山县医疗保障局',
    null,
    null,
    null,
    '实施单位',
    '稷山县医疗保险服务中心',
  ]);
  s.across(owner, 1, 4).across(owner, 6, LAST);

  // prettier-ignore
  const fundHead = s.row(['项目资金（万元）', null, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], { bold: true });
  s.across(fundHead, 1, 2);
  // prettier-ignore
  const fundRows: SpecCell[][] = [
    ['年度资金总额', null, null, amount(65.66), amount(65.07), 10, P('99%'), 9],
    ['其中：当年财政拨款', null, null, amount(65.66), amount(65.07), '—', P('99%'), '—'],
    ['上年结转资金', null, null, null, null, '—', null, '—'],
    ['其他资金', null, null, null, null, '—', null, '—'],
  ];
  for (const cells of fundRows) s.across(s.row([null, ...cells]), 1, 2);
  s.down(0, fundHead, s.nextRow - 1);

  const goalHead = s.row(['年度总体目标', '预期目标', null, null, null, '实际完成情况']);
  s.across(goalHead, 1, 4).across(goalHead, 5, LAST);
  const goal = s.row([
    null,
    '提高医疗保障水平,推进因病致贫问题的根本性解决',
    null,
    null,
    null,
    '提高医疗保障水平,推进了因病致贫问题的基本性解决',
  ]);
  s.across(goal, 1, 4).across(goal, 5, LAST);
  s.down(0, goalHead, goal);

  // prettier-ignore
  const head = s.row(['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'], { bold: true });
  for (const [level1, blocks] of GRID) {
    const l1Start = s.nextRow;
    blocks.forEach(([level2, leaves], i) => {
      const l2Start = s.nextRow;
      leaves.forEach(([l3, target, actual, cap, score, reason], j) =>
        s.row([
          null,
          i === 0 && j === 0 ? level1 : null,
          j === 0 ? level2 : null,
          l3,
          target,
          actual,
          cap,
          score,
          reason ?? null,
        ]),
      );
      s.down(2, l2Start, s.nextRow - 1);
    });
    s.down(1, l1Start, s.nextRow - 1);
  }
  s.down(0, head, s.nextRow - 1);
  const total = s.row(['总分', null, null, null, null, null, 100, 94], { bold: true });
  s.across(total, 0, 5);
  s.border(top, total);
  return s.build([10, 14, 14, 30, 12, 12, 8, 8, 26]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html',
  sheets: [build()],
};
