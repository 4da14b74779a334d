/**
 * 保山市退役军人事务局 2022 — 项目支出绩效自评表 of 春节走访慰问经费, the "20+80" template:
 * 预算执行情况(20分) with "得分(20分*执行率)", 年度绩效目标(80分) with level-1 caps only in the
 * labels and a single 得分 column (no 分值), blank rows inside the blocks, and 总分 / 自评等级
 * stated beside their labels under the grid.
 */
import { amount, SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 6; // columns A–G

/** A leaf: 三级指标, 年初目标值(A), 实际完成值(B), 得分; null = a blank row. */
type Leaf = readonly [string, SpecCell, SpecCell, number] | null;
type Level2 = readonly [string, readonly Leaf[]];

const P = (t: string) => typed(t);
const COUNT =
  '慰问伤残军人50人;革命烈士遗属50人;因公牺牲和病故军人家属、在乡老复员军人等重点优抚对象50人;烈士家庭6户;市直企业军转干部101人;驻保部队8家;边海防官兵320人。';
// prettier-ignore
const GRID: readonly (readonly [string, readonly Level2[]])[] = [
  ['产出指标(60分)', [
    ['数量指标', [[COUNT, P('100%'), P('100%'), 20]]],
    ['质量指标', [['补助经费足额拨付率', P('100%'), P('100%'), 20]]],
    ['时效指标', [['春节前完成走访慰问', '按时限完成', P('100%'), 20], null]],
  ]],
  ['效益指标(10分)', [
    ['社会效益指标', [['全市重点优抚对象、企业军转干部总体保持稳定,年内无群体性事件发生', '小于5次', '无上访', 10], null]],
  ]],
  ['满意度指标(10分)', [
    ['服务对象满意度指标', [['重点优抚对象、企业军转干部、驻保部队、边海防官兵满意率', P('100%'), P('100%'), 10], null]],
  ]],
];

const NOTE =
  '备注:1.预算执行情况口径:预算数为调整后财政资金总额(包括上年结余结转),执行数为资金使用单位财政资金实际支出数。\n2.定量指标完成数汇总原则:绝对值直接累加计算,相对值按照资金额度加权';

function build() {
  const s = new SheetBuilder('项目支出绩效自评表');
  s.row(['附件1']);
  s.across(s.row(['2022年度项目支出绩效自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['单位名称:保山市退役军人事务局 填报日期:2023年4月6日']), 0, LAST);

  const top = s.row(['项目名称', '春节走访慰问经费']);
  s.across(top, 1, LAST);
  const owner = s.row([
    '主管部门',
    '保山市退役军人事务局',
    null,
    '项目实施单位',
    '保山市退役军人事务局',
  ]);
  s.across(owner, 1, 2).across(owner, 4, LAST);
  const kind = s.row(['项目类别', '1、部门预算项目 R 2、市直专项 □ 3、市对下转移支付项目 □']);
  s.across(kind, 1, LAST);
  const attr = s.row(['项目属性', '1、持续性项目 R 2、新增性项目 □']);
  s.across(attr, 1, LAST);

  // prettier-ignore
  const fundHead = s.row(['预算执行情况(万元)\n(20分)', null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分\n(20分*执行率)'], { bold: true });
  s.across(fundHead, 5, LAST);
  const fund = s.row([null, '年度财政资金总额', amount(34.64), amount(34.64), P('100%'), 20]);
  s.across(fund, 5, LAST);
  s.down(0, fundHead, fund);

  // prettier-ignore
  const head = s.row(['年度绩效目标\n(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'], { bold: true });
  for (const [level1, blocks] of GRID) {
    const l1Start = s.nextRow;
    blocks.forEach(([level2, leaves], i) => {
      const l2Start = s.nextRow;
      leaves.forEach((leaf, j) => {
        const lead: SpecCell[] = [
          null,
          i === 0 && j === 0 ? level1 : null,
          j === 0 ? level2 : null,
        ];
        s.row(leaf ? [...lead, ...leaf] : lead);
      });
      s.down(2, l2Start, s.nextRow - 1);
    });
    s.down(1, l1Start, s.nextRow - 1);
  }
  s.down(0, head, s.nextRow - 1);

  const total = s.row(['总分(100分)', 100, null, '自评等级', '优'], { bold: true });
  s.across(total, 1, 2).across(total, 4, LAST);
  const why = s.row(['偏差大或\n目标未完成\n原因分析', '无']);
  s.across(why, 1, LAST);
  const fix = s.row(['改进措施及\n结果应用方案', '无']);
  s.across(fix, 1, LAST);
  s.border(top, fix);
  s.across(s.row([NOTE]), 0, LAST);
  return s.build([16, 16, 16, 40, 14, 14, 10]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://alkalih2o.com/info/7798/9446904.htm',
  sheets: [build()],
};
