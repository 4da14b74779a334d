/**
 * 郑州市上街区应急管理局 2021 — 附件3 部门整体绩效自评表 (seed 000), laid out as the
 * department's sheet: nine columns A–I, the header block, 年度主要任务, 预算情况, the
 * indicator grid (45 leaf rows) and the notes.
 *
 * Transcribed as published, including its oddities the engine must flag or tolerate:
 * 离退休人员经费变动率 ≤20% / 30% scored 0.5 of 1, 政府采购执行率 with the text "完整" as its
 * actual value, and task budgets adding to 470.46 against a 年初预算数 of 470.64.
 * The grid's caps add to 90 and its scores to 89.5; the 部门预算总额 row carries the other
 * 10 points (自评得分 99.5). The seed has no 合计 row, so none is added here.
 */
import { titledBlock } from './blocks.js';
import { levelGrid, type Grid } from './grid.js';
import { amount, SheetBuilder, typed } from './sheet-builder.js';
import type { WorkbookSpec } from './spec.js';

const WIDTH = 9; // columns A–I: the indicator grid is the widest block

const GOAL =
  '围绕应急管理工作务实前进，应急业务融合发展，防灾减灾能力增强，执法水平稳步提升，积极防范化解重大安全生产和自然灾害风险';

/** 年度主要任务: 任务名称, 主要内容, 预算资金, 其中：财政资金, 完成情况, 执行数, 其中：财政资金, 执行率. */
type Task = [string, string, number, number, string, number, number, string];
// prettier-ignore
const TASKS: Task[] = [
  ['对个人和家庭的补助支出', '支付退休人员工资福利费', 1.98, 1.98, '已完成', 1.98, 1.98, '100.00%'],
  ['一般商品和服务支出', '支付局机关日常运转费', 26.22, 26.22, '已完成', 26.22, 26.22, '100.00%'],
  ['防震减灾工作', '切实履行好防震减灾工作职责，全力推动防震减灾各项工作。', 8.0, 8.0, '已完成', 8.0, 8.0, '100.00%'],
  ['基本工资福利支出', '发放工资福利费', 429.52, 429.52, '已完成', 429.52, 429.52, '100.00%'],
  ['安全生产监管', '完善安全生产监督体系、推进小微企业双重预防体系建设。', 4.74, 4.74, '已完成', 4.74, 4.74, '100.00%'],
];

/** 预算情况: label, 年初预算数, 全年预算数, 预算执行数, 预算执行率, 分值, 得分 (null = blank in the seed). */
type BudgetLine = [string, number | null, number, number, string, number | null, number | null];
// prettier-ignore
const BUDGET: BudgetLine[] = [
  ['部门预算总额', 470.64, 565.22, 565.22, '100%', 10, 10],
  ['1、资金来源：（1）财政性资金', 470.64, 557.53, 557.53, '100%', null, null],
  ['（2）其他资金', null, 7.69, 7.69, '100%', null, null],
  ['2、资金结构：（1）基本支出', 457.9, 479.36, 479.36, '100%', null, null],
  ['（2）项目支出', 12.74, 85.86, 85.86, '100%', null, null],
];

/** A leaf: 三级指标, 指标值, 度量单位, 实际完成值 (as typed), 分值, 得分, 未完成原因分析. */
type Leaf = readonly [string, string, string, string, number, number, string?];

const Q = '定性指标';
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['投入管理指标', [
    ['工作目标管理', [
      ['工作任务科学性', '科学', Q, '科学', 1, 1],
      ['绩效指标合理性', '合理', Q, '合理', 1, 1],
      ['目标管理有效性', '有效', Q, '有效', 1, 1],
      ['目标依据充分性', '充分', Q, '充分', 1, 1],
      ['年度工作目标实现率', '≥95%', '%', '100%', 1, 1],
      ['年度履职目标相关性', '相关', Q, '相关', 1, 1],
      ['牵头单位工作完成率', '完成', Q, '完成', 1, 1],
      ['重点工作计划完成率', '完成', Q, '完成', 1, 1],
      ['总体工作完成率', '完成', Q, '完成', 1, 1],
    ]],
    ['预算和财务管理', [
      ['“三公经费”变动率', '≤20%', '%', '10%', 1, 1],
      ['“三公经费”控制率', '≤80%', '%', '60%', 1, 1],
      ['部门固定资产利用率', '≥100%', '%', '100%', 1, 1],
      ['部门决算编报质量', '良好', Q, '良好', 1, 1],
      ['财务管理制度的完备性', '完备', Q, '完备', 1, 1],
      ['管理制度建设成效', '≥100%', '%', '100%', 1, 1],
      ['管理制度健全性', '比较健全', Q, '比较健全', 1, 1],
      ['国库集中支付合规性', '合规', Q, '合规', 1, 1],
      ['决算真实性', '真实', Q, '真实', 1, 1],
      ['离退休人员经费变动率', '≤20%', '%', '30%', 1, 0.5, '2021年新增加一名退休人员，导致经费变动率上升。'],
      ['厉行节约支出变动率', '≥20%', '%', '20%', 0.5, 0.5],
      ['内控制度有效性', '有效', Q, '有效', 0.5, 0.5],
      ['人均公用经费变动率', '≤20%', '%', '16%', 0.5, 0.5],
      ['收入管理规范性', '规范', Q, '规范', 0.5, 0.5],
      ['项目库管理完整性', '完成', Q, '完成', 0.5, 0.5],
      ['信息化建设成效', '≥100%', '%', '100%', 0.5, 0.5],
      ['银行账户管理规范性', '规范', Q, '规范', 0.5, 0.5],
      ['预决算信息公开性', '按时公开', Q, '按时公开', 0.5, 0.5],
      ['预算编制完整性', '完整', Q, '完整', 0.5, 0.5],
      ['预算调整率', '≤20%', '%', '20%', 0.5, 0.5],
      ['预算执行率', '≥99%', '%', '100%', 0.5, 0.5],
      ['在职人员经费变动率', '≤20%', '%', '4%', 0.5, 0.5],
      ['政府采购执行率', '≥100%', '%', '完整', 0.5, 0.5],
      ['支出管理规范性', '规范', Q, '规范', 0.5, 0.5],
      ['专项资金细化率', '≥95%', '%', '100%', 0.5, 0.5],
      ['资产管理规范性', '规范', Q, '规范', 0.5, 0.5],
      ['资金使用合规性', '合规', Q, '合规', 0.5, 0.5],
      ['总体成本节约率', '≥20%', '%', '20%', 0.5, 0.5],
    ]],
    ['绩效管理', [
      ['部门绩效评价完成率', '≥100%', '%', '100%', 0.5, 0.5],
      ['绩效监控完成率', '≥99%', '%', '99%', 0.5, 0.5],
      ['绩效自评完成率', '≥100%', '%', '100%', 0.5, 0.5],
      ['评价结果应用率', '≥95%', '%', '95%', 0.5, 0.5],
    ]],
  ]],
  ['可持续性', [
    ['人才支撑', [['培训计划执行率', '≥100%', '%', '100%', 10, 10]]],
  ]],
  ['产出指标', [
    ['履职目标和主要任务完成情况', [['履职目标和主要任务完成情况', '完成率', '%', '100%', 30, 30]]],
  ]],
  ['效益指标', [
    ['履职效益', [['社会效益', '良好', Q, '良好', 10, 10]]],
    ['满意度', [['受惠人群', '≥100%', '%', '100%', 10, 10]]],
  ]],
];

const NOTES = [
  '注：1. 自评采取打分评价的形式，满分为100分，各部门、各单位可根据指标的重要程度自主确定各项三级指标的权重分值，各项指标得分加总得出部门整体绩效自评的总分。原则上一级指标分值统一设置为：预算执行率10分、投入管理指标30分、可持续性指标10分，产出指标30分、效益指标20分。如有特殊情况，除预算执行率外，其他指标权重可作适当调整，但总分应为100分。各项三级指标得分最高不能超过该指标分值上限。',
  '2. 未完成原因分析：说明偏离目标、不能完成目标的原因及拟采取的措施。',
  '3. 定性指标根据指标完成情况分为达成预期指标、部分达成预期指标并具有一定效果、未达成预期指标且效果较差三档，分别按照该指标对应分值区间100%-80%（含）、80%-60%（含）、60%-0%合理确定分值。定量指标完成指标值的，计该指标所赋全部分值；未完成的，按照完成值与指标值的比例计分。',
  '4. 自评结果实行百分制和四级分类，分别是：90-100分为优、80-89分为良、60-79分为中、0-59分为差。',
].join('\n');

function build() {
  const s = new SheetBuilder('部门整体绩效自评表');
  const last = WIDTH - 1;
  const blank = (n: number): null[] => Array<null>(n).fill(null);

  // Title rows, merged across the table as printed.
  s.across(s.row(['附件3']), 0, last);
  s.across(s.row(['部门整体绩效自评表'], { bold: true }), 0, last);
  s.across(s.row(['（2021年度）']), 0, last);
  s.fields([
    ['填表人及联系方式：', 4],
    ['单位：万元', last],
  ]);

  // Header block: labels and values in their own cells, 自评得分/自评结果 beside their values.
  const top = s.row([
    '部门（单位）名称',
    null,
    '上街区应急管理局',
    null,
    null,
    null,
    '自评得分',
    99.5,
  ]);
  s.row([...blank(6), '自评结果', '优']);
  s.merge(top, 0, top + 1, 1)
    .merge(top, 2, top + 1, 5)
    .across(top, 7, 8)
    .across(top + 1, 7, 8);
  s.fields(['年度总体目标', [GOAL, 4], '年度总体目标完成情况', [GOAL, 8]]);

  // 年度主要任务, its label merged down the left over header and tasks.
  const tasks = TASKS.map(([name, content, budget, fiscal, done, spent, spentFiscal, rate]) => [
    name,
    content,
    amount(budget),
    amount(fiscal),
    done,
    amount(spent),
    amount(spentFiscal),
    typed(rate),
  ]);
  // prettier-ignore
  titledBlock(s, ['年度主要任务', '任务名称', '主要内容', '预算资金', '其中：财政资金', '任务完成情况', '预算执行数', '其中：财政资金', '预算执行率'], tasks, { bold: true });

  // 预算情况: row labels span two columns; only 部门预算总额 carries 分值/得分.
  const budget = BUDGET.map(([label, initial, full, spent, rate, cap, got]) => [
    label,
    initial === null ? null : amount(initial),
    amount(full),
    amount(spent),
    typed(rate),
    cap,
    got,
  ]);
  // prettier-ignore
  titledBlock(s, ['预算情况', [null, 2], '年初预算数', '全年预算数', '预算执行数', '预算执行率', '分值', '得分'], budget, { bold: true });

  // The indicator grid: level 1/2 labels merged vertically, value only in the top cell.
  // prettier-ignore
  s.row(['一级指标', '二级指标', '三级指标', '指标值', '度量单位', '实际完成值', '分值', '得分', '未完成原因分析'], { bold: true });
  levelGrid(s, GRID, {
    cells: ([name, target, unit, actual, cap, got, reason]) => [
      name,
      target,
      unit,
      typed(actual),
      cap,
      got,
      reason ?? null,
    ],
  });
  const gridEnd = s.nextRow - 1;

  s.across(s.row([NOTES]), 0, last);

  s.border(top, gridEnd);
  return s.build([14, 16, 26, 12, 12, 14, 8, 8, 30]);
}

export const shangjie2021: WorkbookSpec = {
  file: 'shangjie-2021.xlsx',
  seed: '000_0f550cf30aba9bfd.txt',
  sheets: [build()],
};
