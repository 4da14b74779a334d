/**
 * 永德县明朗中学 2022 — 项目支出绩效自评表 (云南 公开14表) of 义务教育营养改善计划专项资金:
 * amounts in 元, a two-row indicator header with 年度指标值 split into 指标性质 / 指标值 / 度量单位,
 * and the grade 优 written in the 总分 row. Transcribed as published: 资金到位及时率 met (100% of
 * ≧100) but scored 7 of 10 with no reason, 政策知晓率 9 of 10 with no reason.
 */
import { titledBlock } from '../../examples/sheets/blocks.js';
import { levelGrid, type Grid } from '../../examples/sheets/grid.js';
import { amount, SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 9; // columns A–J

/** A leaf: 三级指标, 指标性质, 指标值, 度量单位, 实际完成值, 分值, 得分. */
type Leaf = readonly [string, SpecCell, SpecCell, SpecCell, SpecCell, number, number];

const P = (t: string) => typed(t);
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标', [
    ['数量指标', [['学生受资助人数', '≧', 735, '人次', 735, 10, 10]]],
    ['质量指标', [['营养改善计划覆盖率', '≧', 100, '%', P('100%'), 10, 10]]],
    ['时效指标', [['资金到位及时率', '≧', 100, '%', P('100%'), 10, 7]]],
    ['成本指标', [['生均补助标准达标率', '═', 100, '%', P('100%'), 10, 10]]],
  ]],
  ['效益指标', [
    ['经济效益指标', [['减轻贫困学生家庭经济负担', null, '有效', null, '有效', 10, 10]]],
    ['社会效益指标', [['政策知晓率', '═', 100, '%', P('98%'), 10, 9]]],
    ['生态效益指标', []],
    ['可持续影响指标', [['促进学校教育事业健康发展', '≧', 100, '%', P('100%'), 10, 10]]],
  ]],
  ['满意度指标', [
    ['服务对象满意度指标等', [
      ['学生满意度', '≧', 95, '%', P('100%'), 10, 10],
      ['家长满意度', '≧', 95, '%', P('100%'), 10, 10],
    ]],
  ]],
];

const GOAL = '确保每一个学生都能享受到国家政策福利,改善学生体质';
const YUAN = (v: number) => amount(v);

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.across(s.row(['2022年度项目支出绩效自评表'], { bold: true }), 0, LAST);
  s.fields([['部门:临沧市永德县明朗中学', 4], null, null, null, null, '公开14表']);

  // prettier-ignore
  const top = s.fields([['项目名称', 1], ['义务教育营养改善计划专项资金', LAST]]);
  s.fields([['主管部门', 1], ['永德县教育体育局', 5], '实施单位', ['永德县明朗中学', LAST]]);
  // prettier-ignore
  titledBlock(s, [['项目资金（元）', 1], [null, 3], '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], [
    ['年度资金总额', null, YUAN(387664.62), YUAN(387664.62), 10, P('100%'), 10],
    ['其中：当年财政拨款', null, YUAN(387664.62), YUAN(387664.62), '—', null, '—'],
    ['上年结转资金', null, null, null, '—', null, '—'],
    ['其他资金', '—', '—', '—', '—', null, '—'],
  ], { bold: true });
  // prettier-ignore
  titledBlock(s, [['年度总体目标', 1], ['预期目标', 5], ['实际完成情况', LAST]], [[GOAL, GOAL]]);

  // prettier-ignore
  const head1 = s.fields([['绩效指标', 2], ['年度指标值', 5], '实际完成值', '分值', '得分', '偏差原因分析及改进措施'], { bold: true });
  // prettier-ignore
  const head2 = s.row(['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'], { bold: true });
  for (const c of [6, 7, 8, 9]) s.down(c, head1, head2);
  levelGrid(s, GRID);
  // prettier-ignore
  s.fields([['其他需要说明事项', 2], ['无', LAST]]);
  const total = s.fields([['总分', 6], 100, 96, '优'], { bold: true });
  s.border(top, total);
  return s.build([12, 14, 24, 9, 12, 12, 14, 8, 8, 22]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.yongde.gov.cn/info/3003/116104.htm',
  sheets: [build()],
};
