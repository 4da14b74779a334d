/**
 * 忠县涂井乡 2021 — 中央、市级专项转移支付绩效目标自评表 of a 移民安置区精准帮扶 project: a
 * transfer-payment form with no 分值 or 得分 column, amounts as text with units ("372.29万元"),
 * spaced labels "绩 效 指 标" / "产 出 指 标" / "效 益 指 标". The source stops in 社会效益指标.
 */
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 6; // columns A–G

/** 三级指标, 年度指标值, 全年完成值. */
type Leaf = readonly [string, SpecCell, SpecCell];
type Level2 = readonly [string, readonly Leaf[]];

const P = (t: string) => typed(t);
const ROAD = '降低村民出行和农产品运输成本';
// prettier-ignore
const GRID: readonly (readonly [string, readonly Level2[]])[] = [
  ['产 出 指 标', [
    ['数量指标', [
      ['指标1:新建道路', '524m', '524m'],
      ['指标2:硬化道路', '5719m', '5719m'],
      ['指标3:人行便道硬化', '14.7km', '14.7km'],
    ]],
    ['质量指标', [['指标1:工程完工率', P('100%'), P('100%')], ['指标2:工程验收合格率', P('100%'), P('100%')]]],
    ['时效指标', [['道路交通设施完成时间', '2021年', '2021年']]],
    ['成本指标', [['道路交通设施', '713万元', '713万元']]],
  ]],
  ['效 益 指 标', [
    ['经济效益指标', [['道路交通设施', ROAD, ROAD]]],
  ]],
];

const GOAL = '新建道路 524m;硬化道路5719m;人行便道硬化 14.7km。';

function build() {
  const s = new SheetBuilder('绩效目标自评表');
  s.across(s.row(['中央、市级专项转移支付绩效目标自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2021年度)']), 0, LAST);
  // prettier-ignore
  const top = s.row(['专项(项目)名称', '忠县涂井乡龙滩村农村移民安置区精准帮扶项目', null, null, '负责人及电话', '廖朝伟\n13635397499']);
  s.across(top, 1, 3).across(top, 5, LAST);
  const city = s.row(['市级主管部门', '重庆市水利局']);
  s.across(city, 1, LAST);
  const county = s.row([
    '县级主管部门',
    '忠县水利局',
    null,
    null,
    '实施单位',
    '忠县涂井乡人民政府',
  ]);
  s.across(county, 1, 3).across(county, 5, LAST);

  // prettier-ignore
  const fundHead = s.row(['项目资金(万元)', null, null, '全年预算数(A)', '全年执行数(B)', '执行率(B/A)'], { bold: true });
  s.across(fundHead, 1, 2);
  // prettier-ignore
  const fundRows: SpecCell[][] = [
    ['年度资金总额:', null, '372.29万元', '372.29万元', P('100%')],
    ['其中:中央、市级补助', null, '372.29万元', '372.29万元', P('100%')],
    ['县级资金'],
    ['其他资金'],
  ];
  for (const cells of fundRows) s.across(s.row([null, ...cells]), 1, 2);
  s.down(0, fundHead, s.nextRow - 1);

  const goalHead = s.row(['年度总体目标', '年初设定目标', null, null, '全年实际完成情况']);
  s.across(goalHead, 1, 3).across(goalHead, 4, LAST);
  const goal = s.row([null, GOAL, null, null, GOAL]);
  s.across(goal, 1, 3).across(goal, 4, LAST);
  s.down(0, goalHead, goal);

  // prettier-ignore
  const head = s.row(['绩 效 指 标', '一级指标', null, '三级指标', '年度指标值', '全年完成值', '未完成原因和改进措施'], { bold: true });
  s.across(head, 1, 2);
  for (const [level1, blocks] of GRID) {
    const l1Start = s.nextRow;
    blocks.forEach(([level2, leaves], i) => {
      const l2Start = s.nextRow;
      leaves.forEach((leaf, j) =>
        s.row([null, i === 0 && j === 0 ? level1 : null, j === 0 ? level2 : null, ...leaf]),
      );
      s.down(2, l2Start, s.nextRow - 1);
    });
    s.down(1, l1Start, s.nextRow - 1);
  }
  s.down(0, head, s.nextRow - 1);
  s.border(top, s.nextRow - 1);
  return s.build([12, 12, 14, 24, 20, 20, 18]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://www.zhongxian.gov.cn/jd/zxtjx/zwgk_34997/fdzdgknr_35002/ysjs/jsgk/202304/t20230412_11869955.html',
  sheets: [build()],
};
