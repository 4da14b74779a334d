/**
 * 永德县明朗中学 2022 — 项目支出绩效自评表 (公开14表), Yunnan form in 元: a two-row header where
 * 年度指标值 splits into 指标性质 / 指标值 / 度量单位, and the 总分 row that also holds
 * 其他需要说明事项 and the grade ("总分 | 100 | 96 | 优"). Two points lost without a reason.
 */
import { amount, SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 9; // columns A–J

/** 三级指标, 指标性质, 指标值, 度量单位, 实际完成值, 分值, 得分 (null row = level-2 name only). */
type Leaf = readonly [string, SpecCell, SpecCell, SpecCell, SpecCell, number, number] | null;

// prettier-ignore
const GRID: readonly (readonly [string, readonly (readonly [string, readonly Leaf[]])[]])[] = [
  ['产出指标', [
    ['数量指标', [['学生受资助人数', '≧', 735, '人次', 735, 10, 10]]],
    ['质量指标', [['营养改善计划覆盖率', '≧', 100, '%', typed('100%'), 10, 10]]],
    ['时效指标', [['资金到位及时率', '≧', 100, '%', typed('100%'), 10, 7]]],
    ['成本指标', [['生均补助标准达标率', '═', 100, '%', typed('100%'), 10, 10]]],
  ]],
  ['效益指标', [
    ['经济效益\n指标', [['减轻贫困学生家庭经济负担', null, '有效', null, '有效', 10, 10]]],
    ['社会效益\n指标', [['政策知晓率', '═', 100, '%', typed('98%'), 10, 9]]],
    ['生态效益\n指标', [null]],
    ['可持续影响\n指标', [['促进学校教育事业健康发展', '≧', 100, '%', typed('100%'), 10, 10]]],
  ]],
  ['满意度指标', [
    ['服务对象满意度指标等', [
      ['学生满意度', '≧', 95, '%', typed('100%'), 10, 10],
      ['家长满意度', '≧', 95, '%', typed('100%'), 10, 10],
    ]],
  ]],
];

const GOAL = '确保每一个学生都能享受到国家政策福利,改善学生体质';
const YUAN = '0.00';

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.across(s.row(['2022年度项目支出绩效自评表'], { bold: true }), 0, LAST);
  const dept = s.row([
    '部门:临沧市永德县明朗中学',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    '公开14表',
  ]);
  s.across(dept, 0, 4).across(dept, 8, LAST);

  const top = s.row(['项目名称', null, '义务教育营养改善计划专项资金']);
  s.across(top, 0, 1).across(top, 2, LAST);
  const owner = s.row([
    '主管部门',
    null,
    '永德县教育体育局',
    null,
    null,
    '实施单位',
    null,
    '永德县明朗中学',
  ]);
  s.across(owner, 0, 1).across(owner, 2, 4).across(owner, 5, 6).across(owner, 7, LAST);

  // prettier-ignore
  const fund = s.row(['项目资金\n(元)', null, null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], { bold: true });
  // prettier-ignore
  const lines: readonly (readonly SpecCell[])[] = [
    ['年度资金总额', null, amount(387664.62, YUAN), amount(387664.62, YUAN), 10, typed('100%'), 10],
    ['其中:当年财政\n拨款', null, amount(387664.62, YUAN), amount(387664.62, YUAN), '—', null, '—'],
    ['上年结转\n资金', null, null, null, '—', null, '—'],
    ['其他资金', '—', '—', '—', '—', null, '—'],
  ];
  s.across(fund, 8, LAST);
  for (const cells of lines) s.across(s.row([null, null, ...cells]), 8, LAST);
  s.merge(fund, 0, s.nextRow - 1, 1);

  const goalHead = s.row(['年度\n总体\n目标', null, '预期目标', null, null, null, '实际完成情况']);
  s.across(goalHead, 2, 5).across(goalHead, 6, LAST);
  const goal = s.row([null, null, GOAL, null, null, null, GOAL]);
  s.across(goal, 2, 5).across(goal, 6, LAST);
  s.merge(goalHead, 0, goal, 1);

  // prettier-ignore
  const head1 = s.row(['绩效指标', null, null, '年度指标值', null, null, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'], { bold: true });
  // prettier-ignore
  const head2 = s.row(['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'], { bold: true });
  s.across(head1, 0, 2).across(head1, 3, 5);
  for (const c of [6, 7, 8, 9]) s.down(c, head1, head2);

  for (const [level1, blocks] of GRID) {
    const l1Start = s.nextRow;
    blocks.forEach(([level2, leaves], i) => {
      const l2Start = s.nextRow;
      leaves.forEach((leaf, j) => {
        const lead: SpecCell[] = [i === 0 && j === 0 ? level1 : null, j === 0 ? level2 : null];
        s.row(leaf ? [...lead, ...leaf] : lead);
      });
      s.down(1, l2Start, s.nextRow - 1);
    });
    s.down(0, l1Start, s.nextRow - 1);
  }
  const sum = s.row(['其他需要说明事项', null, '无', null, null, null, '总分', 100, 96, '优'], {
    bold: true,
  });
  s.across(sum, 0, 1).across(sum, 2, 5);
  s.border(top, sum);
  return s.build([12, 14, 24, 8, 12, 8, 12, 8, 8, 20]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.yongde.gov.cn/info/3003/116104.htm',
  sheets: [build()],
};
