/**
 * 鄂州市行政审批局 2021 — 项目支出绩效自评表 (national template) of 市民中心运行维护费. The
 * 年度资金总额 row states the whole table's 分值 100 and 得分 98 beside its amounts and
 * 执行率, while the grid scores 预算执行率 itself (20 points): read as an execution score, the
 * budget row would be counted twice. Amounts are text with their unit ("125.25万"), and every
 * 二级 block keeps the template's empty rows. The source stops in the 社会效益 block.
 */
import { projectForm } from '../../examples/sheets/project-form.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施 (empty in a template row). */
type Leaf = readonly [SpecCell, SpecCell, SpecCell, SpecCell, SpecCell, SpecCell];

const P = (t: string) => typed(t);
const EMPTY: Leaf = [null, null, null, null, null, null];
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标', [
    ['数量指标', [
      ['预算执行率', P('100%'), P('83.5%'), 20, 18, null],
      ['预算资金拨款率', P('100%'), P('100%'), 10, 10, null],
      EMPTY,
    ]],
    ['质量指标', [
      ['政务服务工作办结率', P('100%'), P('100%'), 10, 10, null],
      ['大厅业务日常考核结果', P('100%'), P('100%'), 10, 10, null],
      EMPTY,
    ]],
    ['时效指标', [EMPTY, EMPTY, EMPTY]],
    ['成本指标', [['市民中心运行维护费', '150万', '150万', 10, 10, null], EMPTY, EMPTY]],
  ]],
  ['效益指标', [
    ['经济效益指标', [['大厅运行正常率', P('100%'), P('100%'), 10, 10, null], EMPTY, EMPTY]],
  ]],
];

const PLAN =
  '为更好的建设行政服务大厅窗口建设和全市行政服务工作的组织协调、业务指导及督办检查;市政务服务大厅及周边设施日常维修升级改造费用。';
const DONE = '本年度财政拨款为150万元:执行数为125.25万元,完成预算的83.50%。';

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.across(s.row(['项目支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['( 2021 年度)']), 0, LAST);

  const top = projectForm(
    s,
    {
      name: '市民中心运行维护费',
      owner: null,
      unit: null,
      funds: [
        ['年度资金总额', '150万', '150万', '125.25万', 100, P('83.5%'), 98],
        ['其中:当年财政拨款', '150万', '150万', '125.25万', '—', null, '—'],
        ['上年结转资金', 0, 0, 0, '—', null, '—'],
        ['其他资金', 0, 0, 0, '—', null, '—'],
      ],
      goal: [PLAN, DONE],
      grid: GRID,
    },
    { fundTitle: '项目资金 (万元)' },
  );
  s.border(top, s.nextRow - 1);
  return s.build([10, 14, 14, 30, 14, 14, 8, 8, 24]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://zwfwzx.ezhou.gov.cn/zwgk/fdzdgknr/sgjfxx/202211/t20221108_506320.html',
  sheets: [build()],
};
