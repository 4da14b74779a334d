/**
 * 中江县水利局 2022 — 绩效目标自评表 of a 衔接资金 project (水标尺制作安装), Sichuan template with
 * 分值 LEFT of the target (三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分), level-1 caps in the
 * labels ("产出指标(70分)"), a "……" placeholder row and a 总分 row stating 100 / 100 although
 * the leaves (100) and the execution cap (10) hold 110 points.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** A leaf: 三级指标, 分值, 年度指标值, 全年实际值, 得分; or the "……" placeholder row alone. */
type Leaf = readonly [string, number, SpecCell, SpecCell, number] | readonly ['……'];

// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标(70分)', [
    ['数量指标', [
      ['安装坡面水标尺', 10, '≥266米', '≥266米', 10],
      ['水标尺宽度', 10, '≥50厘米', '≥50厘米', 10],
    ]],
    ['质量指标', [['项目(工程)验收合格率', 20, typed('100%'), typed('100%'), 20]]],
    ['时效指标', [
      ['及时(按期)开工率', 10, '≥90%', '≥90%', 10],
      ['及时(按期)完工率', 10, '≥90%', '≥90%', 10],
    ]],
    ['成本指标', [['项目计划总投资', 10, '20万元', '20万元', 10]]],
  ]],
  ['效益指标(20分)', [
    ['经济效益指标', []],
    ['社会效益指标', [
      ['受益脱贫(含监测对象)户人口数', 10, '≥1000人', '≥1000人', 10],
      ['群众生产生活条件改善状况', 10, '显著提升', '显著提升', 10],
    ]],
  ]],
  ['满意度指标(10分)', [
    ['服务对象满意度指标', [['受益脱贫(含监测对象)户满意度', 10, '≥95%', '≥95%', 10], ['……']]],
  ]],
];

const NOTE =
  '注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分,各部门根据各项指标重要程度确定三级指标的分值,得分最高不能超过该指标分值上限,分别按照该指标对应分值区间100-80%(含80%)、80-60%(含60%)、60-0%合理确定得分,3.定量指标若为正向';

function build() {
  const s = new SheetBuilder('绩效目标自评表');
  s.across(s.row(['绩效目标自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2022年度)']), 0, LAST);

  const top = s.fields([
    '项目名称',
    ['中江县农业水价综合改革精准补贴和节水奖励项目小型水库水标尺制作安装', 4],
    ['项目负责人及电话', 6],
    ['谢凯13990260322(办公)', LAST],
  ]);
  s.fields(['主管部门', ['中江县水利局', 4], ['实施单位', 6], ['中江县水利局', LAST]]);
  // prettier-ignore
  titledBlock(s, ['资金情况(万元)', [null, 2], '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', ['得分', LAST]], [
    ['年度资金总额:', 20, 20, 10, typed('100.00%'), 10],
    ['其中:本年财政拨款', 20, 20],
    ['其他资金'],
  ], { bold: true });
  // prettier-ignore
  titledBlock(s, ['年度总体目标', ['年初设定目标', 4], ['年度总体目标完成情况综述', LAST]], [[
    '对农村地区供水计量设施设备进行改进,对项目区农业用水计量,为项目区农业生产夯实基础,',
    '对项目区农业用水计量,为项目区农业生产夯实基础,',
  ]]);
  // prettier-ignore
  titledGrid(s, ['绩效指标', '一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分', '未完成原因及拟采取的改进措施'], GRID);
  const sum = s.fields([['总分', 3], 100, null, null, 100], { bold: true });
  s.border(top, sum);
  s.across(s.row([NOTE]), 0, LAST);
  return s.build([12, 14, 14, 28, 8, 12, 12, 8, 24]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://chacewang.com/newsdetail/news242266.html',
  sheets: [build()],
};
