/**
 * 稷山县翟店镇卫生院 2021 — 稷山县项目支出绩效自评表 (national template) of 国家基本公共卫生服务:
 * a 年度资金总额 row with 全年预算数 0 against 全年执行数 207.4538 (执行率 stated 100%, 得分
 * 10), then 25 数量 indicators with targets and actuals as text with units, many of them scored
 * below their caps. The source stops at the first 质量指标 row; the level labels of the first
 * block and the grid's left-hand title are beyond the cut.
 */
import { titledBlock } from '../../examples/sheets/blocks.js';
import { levelGrid } from '../../examples/sheets/grid.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** 三级指标 (null: the name is not in the text), 年度指标值, 实际完成值, 分值, 得分. */
type Leaf = readonly [string | null, SpecCell, SpecCell, number, number];

const P = (t: string) => typed(t);
// prettier-ignore
const LEAVES: readonly Leaf[] = [
  ['指标1:居民健康档案', '38508人', '37442人', 3, 3],
  ['指标2:发放健康教育资料', '不少于12种', '14种', 1, 1],
  [null, '不少于6种', '28种', 1, 1],
  [null, '116次', '150次', 1, 1],
  ['指标5:举办健康教育知识讲座', '6次', '150次', 1, 1],
  ['指标6:举办健康教育宣传咨询活动', '12次', '96次', 1, 1],
  ['指标7:建立预防接种证', '221人', '221人', 2, 2],
  ['指标8:适龄儿童疫苗接种率', P('100.00%'), P('97.30%'), 2, 1.9],
  ['指标9:0-6岁儿童健康管理数', '2089人', '2089人', 2, 2],
  ['指标10:0-6岁儿童眼保健操覆盖数', '2089人', '2089人', 2, 2],
  ['指标11:新生入访视数', '214人', '214人', 2, 2],
  ['指标12:孕产妇7天访视数', '214人', '203人', 2, 1.8],
  ['指标13:孕产妇42天访视数', '214人', '203人', 2, 1.8],
  ['指标14:早孕建册数', '120人', '69人', 2, 1],
  ['指标15:老年人体检数', '5662人', '4044人', 2, 1.4],
  ['指标16:高血压规范管理数', '3807人', '3224人', 2, 1.9],
  ['指标17:高血压随访控制数', '3807人', '3220人', 2, 1.8],
  ['指标18:糖尿病规范管理数', '863人', '695人', 2, 1.8],
  ['指标19:糖尿病随访控制数', '863人', '683人', 2, 1.7],
  ['指标20:严重精神障碍患者管理数', '212人', '209人', 2, 1.8],
  ['指标21:肺结核健康规范管理数', '8例', '8例', 2, 2],
  ['指标22:老年人中医药规范管理数', '5662人', '4044人', 2, 1.4],
  ['指标23:0-36月龄中医药规范管理数', '1228人', '770人', 2, 1.8],
  ['指标24:传染病及突发公共卫生事件报告数', '14例', '14例', 2, 2],
  ['指标25:家庭医生签约率', '24694人', '22584人', 2, 1.7],
];

const GOAL = '国家基本公共卫生服务';

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.across(s.row(['稷山县项目支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['(2021年度)']), 0, LAST);

  const top = s.fields(['项目名称', [GOAL, LAST]]);
  s.fields(['主管部门', ['稷山县卫生健康和体育局', 4], '实施单位', ['稷山县翟店镇卫生院', LAST]]);
  // prettier-ignore
  titledBlock(s, ['项目资金\n(万元)', [null, 2], '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], [
    ['年度资金总额', 0, 0, 207.4538, 10, P('100%'), 10],
    ['其中:当年财政拨款', null, null, 207.4538, '—', P('100%'), '—'],
    ['上年结转资金'],
    ['其他资金'],
  ], { bold: true });
  // No 预期目标 / 实际完成情况 heading in the text: the goal row follows the funds directly.
  s.fields(['年度\n总体\n目标', [GOAL, 4], [GOAL, LAST]]);
  // The grid's header: its left-hand title (绩效指标) and any reason column are not in the text.
  s.row(
    [null, '一级\n指标', '二级指标', '三级指标', '年度\n指标值', '实际\n完成值', '分值', '得分'],
    {
      bold: true,
    },
  );
  // The 一级 / 二级 labels of these rows (产出指标 / 数量指标 by the template) are beyond the cut.
  levelGrid(s, LEAVES, { at: 3 });
  s.border(top, s.nextRow - 1);
  return s.build([10, 12, 12, 34, 14, 14, 8, 8, 20]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://keke.chddh.cn/archives/p4q58rogpx4emom7ewb9.html',
  sheets: [build()],
};
