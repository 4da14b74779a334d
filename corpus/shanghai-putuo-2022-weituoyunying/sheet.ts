/**
 * 上海市普陀区体育事业管理中心 2022 — 财政项目支出绩效自评表 of 普陀体育中心与委托运营方结算费用:
 * the national 项目支出 template with amounts in 元 (250000.00, "215,457.6"), the 其中 rows'
 * 分值/执行率/得分 one merged "—", and a 总分 row. Transcribed as published: the 执行率 is
 * printed 86.19 % although 215457.6 ÷ 250000 = 86.18 %.
 */
import { projectForm } from '../../examples/sheets/project-form.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { amount, score, SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** A leaf: 三级指标, 年度指标值, 实际完成值, 分值, 得分. */
type Leaf = readonly [string, SpecCell, SpecCell, number, number];

const P = (t: string) => typed(t);
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标', [
    ['数量指标', [['与委托运营方结算完成率', '=100%', P('100%'), 10, 10]]],
    ['质量指标', [['合同结算条款完成率', '=100%', P('100%'), 20, 20]]],
    ['时效指标', [['费用结算及时性', '及时', '及时', 20, 20]]],
  ]],
  ['效益指标', [
    ['社会效益指标', [['与委托运营方合同完成率', '=100%', P('100%'), 30, 30]]],
  ]],
  ['满意度指标', [
    ['服务对象满意度指标', [['场馆开放满意度', '>=90%', P('100%'), 10, 10]]],
  ]],
];

const YUAN = (v: number) => amount(v);

function build() {
  const s = new SheetBuilder('财政项目支出绩效自评表');
  s.across(s.row(['财政项目支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2022年度)']), 0, LAST);

  const top = projectForm(
    s,
    {
      name: '普陀体育中心与委托运营方结算费用',
      owner: '上海市普陀区体育局',
      unit: '上海市普陀区体育事业管理中心',
      // prettier-ignore
      funds: [
        ['年度资金总额', YUAN(250000), YUAN(250000), { v: 215457.6, fmt: '#,##0.0' }, 10, P('86.19%'), score(8.62)],
        ['其中:当年财政拨款', YUAN(250000), YUAN(250000), 215457.6, '—'],
        ['上年结转资金', null, 0, 0, '—'],
        ['其他资金', null, 0, 0, '—'],
      ],
      goal: [null, '已完成普陀体育中心与委托运营方费用结算。'],
      grid: GRID,
    },
    { fundTitle: '项目资金（元）' },
  );
  // The 其中 rows: 分值, 执行率 and 得分 are one cell holding "—".
  for (const r of [top + 4, top + 5, top + 6]) s.across(r, 6, LAST);
  const total = s.fields([['总分', 5], 100, score(98.62)], { bold: true });
  s.border(top, total);
  return s.build([10, 14, 14, 28, 12, 12, 8, 10, 20]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://pdf.chddh.cn/archives/48n5zg2zkkjxn27q6rjv.html',
  sheets: [build()],
};
