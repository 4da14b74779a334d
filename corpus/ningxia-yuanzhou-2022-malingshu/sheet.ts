/**
 * 原州区农技中心 2022 — 马铃薯冲薯繁育示范推广项目绩效目标自评表 (宁夏 自治区专项 form, funds
 * 中央补助 / 自治区补助 / 市县资金): 项目总得分 "99分" stated beside the year line above the
 * form, 分值 left of the target, caps only in the level-1 labels (产出指标(40分) …), no execution
 * cap. The 指标3 row of 数量指标 carries a target and an actual but no 分值 or 得分. The source
 * stops in the 满意度指标(20分) block, before its indicator's figures.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import type { Grid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** 三级指标, 分值, 年度指标值, 全年实际值, 得分, 未完成原因及改进措施. */
type Leaf = readonly [string, SpecCell?, SpecCell?, SpecCell?, SpecCell?, SpecCell?];

// prettier-ignore
const GRID: Grid<Leaf> = [
  ['产出指标(40分)', [
    ['数量指标', [
      ['指标1免费发放原原种', 8, '550万粒', '550万粒', 8],
      ['指标2企业自行采购', 8, '200万粒', '200万粒', 8],
      ['指标3一级种薯繁育基地', null, '8000亩', '8535.5亩', null],
    ]],
    ['质量指标', [['指标1采购的原原种合格率', 8, '采购的原原种合格率290$', typed('290%'), 8]]],
    ['时效指标', [['指标12021年11月30日前完成资金支付', 8, '11月底完成100%', typed('100%'), 8]]],
    ['成本指标', [['指标1种薯采购价格不高于市场价', 8, '是', '是', 8]]],
  ]],
  ['效益指标(40分)', [
    ['经济效益指标', [['指标1种薯亩均收入较鲜薯亩均收入', 8, '工5%', '工5%', 8]]],
    ['社会效益指标', [
      ['指标1一级种薯推广面积占总面积比例', 8, typed('80%'), '^80%', 8],
      ['指标2群众对脱毒种薯和主食化专用品种的认知度', 8, typed('250%'), '5=50%', 8],
    ]],
    ['生态效益指标', [['指标1病害减少,防治病虫害使用的化学农药量较上年减少', 8, typed('2%'), typed('2%'), 8]]],
    ['可持续影响指标', [[
      '持续完善马铃薯种薯繁育体系,保障脱毒马铃薯种薯供应,促进主食化产业衔接', 8, '是', '基本达到', 7,
      '加强技术指导,加大宣传力度;加大项目支持力度',
    ]]],
  ]],
  // The text stops in this block's only indicator, before its figures ("种薯繁育企业、种植农户调").
  ['满意度指标(20分)', [['服务对象满意度', []]]],
];

const GOAL =
  '一是通过政府招标采购方式,采购马铃薯原原种425万粒,免费向全区农户、种植大户、合作社和企业发放,完成马铃薯原种繁育田850亩;二是企业自行采购马铃薯原原种200万粒,建成原种基地400亩,共计建成原种繁育基地1250亩,平均亩产马铃薯原种2500公斤';

function build() {
  const s = new SheetBuilder('项目绩效目标自评表');
  s.across(s.row(['马铃薯冲薯繁育示范推广项目绩效目标自评表'], { bold: true }), 0, LAST);
  // The year line carries the stated total at its right: "(2022年度) … 项目总得分99分".
  s.fields([['(2022年度)', 6], '项目总得分', '99分']);

  const top = s.fields(['项目名称', ['碟令薯樽轴示施项目', LAST]]);
  // prettier-ignore
  s.fields([['实施单位/项目负责人', 1], ['原州区农技中心/杨勃兴', 4], '自治区主管部门', ['农业农村厅', LAST]]);
  // prettier-ignore
  s.fields([['专项实施期', 1], ['2022年3月-2022年11月', 3], '市县财政部门', ['原州区财政局', 5], '市县主管部门', ['原州区农业农村局', LAST]]);
  // prettier-ignore
  titledBlock(s, ['资金情况(万元)', [null, 3], ['全年预算数(A)', 5], ['全年执行数(B)', 7], '执行率(B/A)'], [
    ['年度资金总额', 300],
    ['其中:中央补助'],
    ['自治区补助', '300万元', '259.45万元', typed('86.5%')],
    ['市县资金'],
  ]);
  s.fields(['年度总体目标', [GOAL, LAST]]);
  // prettier-ignore
  titledGrid(s, ['绩效指标', '一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分', '未完成原因及改进措施'], GRID);
  s.border(top, s.nextRow - 1);
  return s.build([10, 14, 14, 36, 8, 20, 14, 8, 24]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.bigxun.com/view/1651813082920488962',
  sheets: [build()],
};
