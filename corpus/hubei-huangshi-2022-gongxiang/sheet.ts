/**
 * 黄石市图书馆 2022 — 共享工程项目自评表, the 湖北 "20+80" form: 预算执行情况(20分) with
 * "得分(20分*执行率)", 年度绩效目标1(80分) with caps only in the level-1 labels, one 得分 per
 * level-2 block merged over its rows, and a 社会效益 block with no 得分 at all. The source stops
 * at the 满意度 row.
 */
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 6; // columns A–G

/** 三级指标, 年初目标值(A), 实际完成值(B). */
type Row = readonly [string, SpecCell?, SpecCell?];
/** A level-2 block: its name, its rows, and the one 得分 of the block (null: none). */
type Level2 = readonly [string, readonly Row[], number | null];

const DATA = '独有数据资源查询,查询范围可扩展到省图';
// prettier-ignore
const GRID: readonly (readonly [string, readonly Level2[]])[] = [
  ['产出指标(40分)', [
    ['数量指标', [['一个存储备份器', '25TB', '25TB'], ['WIFI布点全覆盖', '100%覆盖', '100%覆盖']], 10],
    ['质量指标', [['以最新资源面市', '资源采购期以当年为主', '资源采购期以当年为主']], 10],
    ['时效指标', [['可保证读者使用时长', '全天候可用', '全天候'], ['2022年全年', '≥360天', '≥360天']], 10],
    ['成本指标', [['以低价位高质量为采购原则', '5万', '5万']], 10],
  ]],
  ['效益指标(30分)', [
    ['经济效益', [['社会公益服务无经济效益', '公益性事业', '公益性事业']], 10],
    ['社会效益', [['使读者更方便快捷查找检阅', DATA, DATA], ['促进黄石文化经济发展,丰富市民文化活动']], null],
    ['环境效益', [['数字图书馆环境优良无污染', '良好', '良好'], ['WIFI全覆盖,绿色环保', '良好', '良好']], 10],
    ['可持续影响指标', [['≥360天服务读者', '≥360天', '≥360天']], 10],
  ]],
  ['满意度指标(10分)', [
    ['读者', [['在网络上设置读者满意度调查']], null],
  ]],
];

function build() {
  const s = new SheetBuilder('项目自评表');
  s.row(['附表2']);
  s.across(s.row(['2022年度共享工程项目自评表'], { bold: true }), 0, LAST);
  s.across(s.row(['项目单位(盖章):黄石市图书馆 主要领导签字:']), 0, LAST);
  s.across(s.row(['填报日期:2023.6.28']), 0, LAST);

  const top = s.row(['项目名称', '共享工程']);
  s.across(top, 1, LAST);
  const owner = s.row(['主管部门', '黄石市文化和旅游局', null, '项目实施单位', '黄石市图书馆']);
  s.across(owner, 1, 2).across(owner, 4, LAST);
  for (const [label, text] of [
    ['项目类别', '1、部门预算项目 ☑ 2、市直专项'],
    ['项目属性', '1、持续性项目 ☑ 2、新增性项目 □'],
    ['项目类型', '1、常年性项目 ☑ 2、延续性项目 □ 3、一次性项目 □'],
  ])
    s.across(s.row([label, text]), 1, LAST);

  // prettier-ignore
  const fundHead = s.row(['预算执行情况(万元)\n(20分)', null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分\n(20分*执行率)'], { bold: true });
  s.across(fundHead, 5, LAST);
  const fund = s.row([null, '年度财政资金总额', 5, 5, typed('100%'), 20]);
  s.across(fund, 5, LAST);
  s.down(0, fundHead, fund);

  // prettier-ignore
  const head = s.row(['年度绩效目标1\n(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'], { bold: true });
  for (const [level1, blocks] of GRID) {
    const l1Start = s.nextRow;
    blocks.forEach(([level2, rows, points], i) => {
      const l2Start = s.nextRow;
      rows.forEach(([l3, target, actual], j) =>
        s.row([
          null,
          i === 0 && j === 0 ? level1 : null,
          j === 0 ? level2 : null,
          l3,
          target ?? null,
          actual ?? null,
          j === 0 ? points : null,
        ]),
      );
      s.down(2, l2Start, s.nextRow - 1).down(6, l2Start, s.nextRow - 1);
    });
    s.down(1, l1Start, s.nextRow - 1);
  }
  s.down(0, head, s.nextRow - 1);
  s.border(top, s.nextRow - 1);
  return s.build([16, 16, 14, 30, 22, 22, 10]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://www.hsslib.org.cn/info/72903.jspx',
  sheets: [build()],
};
