/**
 * 四川 普惠金融发展专项资金 — a 转移支付 区域绩效自评表 with amounts as text ("208万元"), 权重 as
 * percentages (20%, 10%, 5%) beside scores in points (20, 10, 5) and an 得分合计 row of 100.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 7; // columns A–H

/** 三级指标, 指标值, 完成值, 权重, 得分. */
type Leaf = readonly [string, SpecCell, SpecCell, SpecCell, number];

const P = (t: string) => typed(t);
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标', [
    ['数量指标', [['创业担保贷款发放额增长率', '≥10%', P('115.25%'), P('20%'), 20]]],
    ['质量指标', [
      ['创业担保贷款回收率', '≥90%', P('98.70%'), P('20%'), 20],
      ['资金足额拨付率', P('100%'), P('100%'), P('10%'), 10],
      ['地方配套到位率', P('100%'), P('100%'), P('10%'), 10],
    ]],
  ]],
  ['效益指标', [
    ['经济效益指标', [['创业担保基金放大倍数', '≥2倍', '10倍', P('10%'), 10]]],
    ['社会效益指标', [['金融机构网点覆盖率', '≥60%', P('85%'), P('10%'), 10]]],
  ]],
  ['满意度指标', [
    ['服务对象满意度指标', [
      ['申请定向费用补贴金融机构满意度', '≥80%', '≥80%', P('10%'), 10],
      ['申报创业担保贷款贴息个人满意度', '≥80%', P('100%'), P('5%'), 5],
      ['申报创业担保贷款贴息小微企业的满意度', '≥80%', P('100%'), P('5%'), 5],
    ]],
  ]],
];

const GOALS =
  '目标1:支持农村金融组织体系建设,扩大农村金融服务覆盖面,目标2:支持重点群体和符合条件的小微企业融资发展,目标3:支持地方因地制宜打造各具特色的普惠金融发展示范区,增强金融普惠性,推动普惠金融高质量发展,';
const DONE =
  '完成情况1:支持农村金融组织体系建设,扩大农村金融服务覆盖面,2:支持重点群体和符合条件的小微企业融资发展,3:支持地方因地制宜打造各具特色的普惠金融发展示范区,增强金融普惠性,推动普惠金融高质量发展,';

function build() {
  const s = new SheetBuilder('Sheet1');
  // prettier-ignore
  const top = s.fields(['专项名称', ['普惠金融发展专项资金', 3], ['省级主管部门', 5], ['四川省财政厅', LAST]]);

  // 资金情况: 年度金额 and its sources on the left, 资金使用情况 on the right, amounts as text.
  // prettier-ignore
  const fund = titledBlock(s, ['资金情况(万元)', ['年度金额(提前下达):', 2], '208万元', '资金使用情况(万元)', ['合计:', 6], '109.8万元'], [
    ['中央财政', '165万元', null, '中央财政', '84.5万元'],
    ['省级财政', '43万元', null, '省级财政', '25.3万元'],
  ]);
  s.down(4, fund, s.nextRow - 1);
  s.fields(['年度总体目标', [GOALS, 4], [DONE, LAST]]);
  // prettier-ignore
  titledGrid(s, ['绩效目标完成情况', '一级指标', '二级指标', '三级指标', '指标值', '完成值', '权重', '得分'], GRID);
  const total = s.fields([['得分合计', LAST - 1], 100], { bold: true });
  s.border(top, total);
  return s.build([14, 12, 16, 30, 10, 10, 8, 10]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.chacewang.com/newsdetail/news368066.html',
  sheets: [build()],
};
