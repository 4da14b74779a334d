/**
 * 棠溪镇人民政府 2022 — 项目支出绩效自评表 (national template) of 村级补助及运转经费: the 年度资金总额
 * row left 0 / 0 / 0 (执行率 0, 得分 0) while its 其中:本年财政拨款 row holds 202.64 / 132.912 /
 * 132.912. Level-1 caps in the labels. The source stops inside 效益指标(30分).
 */
import { projectForm } from '../../examples/sheets/project-form.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** 三级指标, 年度指标值, 实际完成值, 分值, 得分. */
type Leaf = readonly [string, SpecCell, SpecCell, number, number];

const MET = '达成预期指标';
const OWNER = '219-池州市贵池区棠溪镇人民政府';
// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标(50分)', [
    ['数量指标', [
      ['补助村(社区)数量', '=8个', 8, 8, 8],
      ['保障村干部人数', '=42个', 42, 8, 8],
    ]],
    ['质量指标', [
      ['补助资格合规性', '合规', MET, 8, 8],
      ['经费审批流程规范性', '严格执行相关制度规定', MET, 8, 8],
    ]],
    ['时效指标', [['补助经费到位及时性', '及时', MET, 8, 8]]],
    ['成本指标', [['项目总成本', '≤202.6万元', 132.9, 10, 10]]],
  ]],
  ['效益指标(30分)', [
    ['经济效益指标', [['对保障村(社区)两委机构正常运行的影响程度', '效果明显', MET, 10, 10]]],
    ['社会效益指标', [['提高村(社区)干部工作积极性的影响程度', '效果明显', MET, 10, 10]]],
  ]],
];

const PLAN =
  '本项目共申请预算资金2026400元,其中村级组织运转400000元,村民组长,党小组长基本报酬252000元,村民监督委员会 工资28000元,村级事务补助960000元,村级工作目标奖励100000元。 .. ..............................................................................................................................';
const DONE =
  '本项目共完成预算资金1329120.67元,其中村级组织运转439120.67元,村民组长,党小组长基本报酬152000元,村民监督委员会 工资28000元,村级事务补助660000元,村级工作目标奖励50000元。';

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.row(['附件:']);
  s.across(s.row(['项目支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2022年度)']), 0, LAST);

  const top = projectForm(s, {
    name: '村级补助及运转经费',
    owner: OWNER,
    unit: '219001-池州市贵池区棠溪镇人民政府',
    funds: [
      ['年度资金总额:', 0, 0, 0, 10, 0, 0],
      ['其中:本年财政拨款', 202.64, 132.912, 132.912],
      ['上年结转资金'],
      ['其他资金'],
    ],
    goal: [PLAN, DONE],
    grid: GRID,
  });
  s.border(top, s.nextRow - 1);
  return s.build([10, 14, 14, 34, 18, 14, 8, 8, 24]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://www.anthempetcare.com/upload_cz/download?id=502367&siteId=2',
  sheets: [build()],
};
