/**
 * 西部(重庆)科学城 融媒体中心 2021 — 重庆 部门整体绩效自评表: 自评总分 97.6 in the header block, the
 * execution row with its own 权重 10 and 得分 7.6 (执行率 76%), then a flat list of indicators (no
 * level columns) with 得分系数 / 指标权重 / 指标得分. The source stops after the 19th indicator.
 */
import { titledBlock, titledGrid } from '../../examples/sheets/blocks.js';
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 10; // columns A–K

/** 指标名称, 计量单位, 指标性质, 年初指标值, 调整指标值, 全年完成值, 得分系数, 权重, 得分, 是否核心指标. */
type Row = readonly [
  string,
  SpecCell,
  SpecCell,
  SpecCell,
  SpecCell,
  SpecCell,
  SpecCell,
  number,
  number,
  string,
];

const P = (t: string) => typed(t);
const FULL = P('100%');
// prettier-ignore
const ROWS: readonly Row[] = [
  ['财政供养人员控制率', '%', '定量指标', P('100%'), null, P('92%'), FULL, 2, 2, '否'],
  ['“三公经费变动率', '%', null, null, null, null, FULL, 2, 2, '否'],
  ['基础信息完善', '%', null, P('100%'), null, P('100%'), FULL, 1, 1, '否'],
  ['预算完成率', '%', null, P('70%'), null, P('76%'), FULL, 2, 2, '是'],
  ['预算调整率', '%', null, P('3%'), null, 0, FULL, 2, 2, '否'],
  ['结转结余率', '%', null, P('2%'), null, 0, FULL, 2, 2, '是'],
  ['公用经费控制率', '%', null, P('100%'), null, P('97%'), FULL, 2, 2, '是'],
  ['“三公经费控制率', '%', null, null, null, null, FULL, 2, 2, '否'],
  ['政府采购执行率', '%', null, P('100%'), null, P('72.74%'), FULL, 2, 2, '是'],
  ['管理制度健全性', null, '定性指标', '高', null, '高', FULL, 3, 3, '否'],
  ['资金使用合规性', null, null, '好', null, '好', FULL, 5, 5, '否'],
  ['预决算信息公开性', null, null, '高', null, '高', FULL, 1, 1, '否'],
  ['资产管理安全', null, null, '好', null, '好', FULL, 2, 2, '否'],
  ['固定资产利用率', '%', '定量指标', P('90%'), null, P('100%'), FULL, 2, 2, '否'],
  ['党性教育培训次数', '次', null, '26次', null, '12次', FULL, 5, 5, '是'],
  ['组织宣传活动次数', '次', null, '到0次', null, '43次', FULL, 10, 10, '是'],
  ['制作宣传品数量', '份', null, '第O份', null, '20份', FULL, 5, 5, '否'],
  ['播发稿件数量', 'tot扁', null, '2200篇', null, '2859篇', FULL, 10, 10, '是'],
  ['业务保障能力提升', '%', null, P('90%'), null, P('95%'), FULL, 10, 10, '否'],
];

const GOAL =
  '通过整合各级各类媒体、户外广告载体、宣传宣讲活动等,为建设成渝地区双城经济圈和西部(重庆)重庆科学城营造良好氛围。保障融媒体中心正常人事基础/日常运转,有效承担西部(重庆)科学城新闻宣传管理,思想文化领域建设等工作。';
const DONE =
  '中心2021年较好地完成了履职任务,有效开展了西部(重庆)科学城新闻宣传管理/思想文化领域建设等工作,为建设成渝地区双城经济圈和西部(重庆)重庆科学城营造了良好氛围。';

function build() {
  const s = new SheetBuilder('部门整体绩效自评表');
  s.across(s.row(['部门整体绩效自评表'], { bold: true }), 0, LAST);

  // 主管部门 / 财政处室 (both left empty in the source) and 自评总分 97.6.
  // prettier-ignore
  const top = s.fields(['主管部门', [null, 3], '财政处室', [null, 6], ['自评总分(分)', 8], [97.6, LAST]]);
  s.fields(['部门联系人', ['曾雪莲', 3], '联系电话', [null, LAST]]);
  // prettier-ignore
  titledBlock(s, ['部门预算执行情况', '年初预算数', '全年(调整)预算数', '全年执行数', '执行率(%)', '执行率权重', ['执行率得分(分)', LAST]], [
    [null, null, null, P('76%'), 10, 7.6],
  ], { bold: true });
  // prettier-ignore
  titledBlock(s, ['当年绩效目标', ['年初绩效目标', 3], ['全年(调整)绩效目标', 6], ['全年目标实际完成情况', LAST]], [[GOAL, '无', DONE]]);
  // prettier-ignore
  titledGrid(s, ['绩效指标', '指标名称', '计量单位', '指标性质', '年初指标值', '调整指标值', '全年完成值', '得分系数(%)', '指标权重(分)', '指标得分(分)', '是否核心指标'], ROWS);
  s.border(top, s.nextRow - 1);
  return s.build([10, 18, 8, 10, 10, 10, 10, 10, 10, 10, 10]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://m.yzwku.com/doc/98587.html',
  sheets: [build()],
};
