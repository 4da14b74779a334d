/**
 * 宜兴 — a 基本公共卫生服务 project's performance table (its title is not in the stored text): a
 * two-row header (绩效目标设置情况 over 目标名称 / 目标值 / 评价指标 / 标准值, 绩效目标完成情况 over
 * 目标完成值 / 评价指标值 / 权重分值 / 评分规则 / 得分), indicators listed without level columns
 * under section rows (一、投入目标 …), and the 评分规则 text between the actual figures and the
 * cap and score. The source stops at the tenth indicator's name.
 */
import { SheetBuilder, typed } from '../../examples/sheets/sheet-builder.js';
import type { SpecCell, WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 8; // columns A–I

/** 目标名称, 目标值, 评价指标, 标准值, 目标完成值, 评价指标值, 权重分值, 评分规则, 得分; a string alone is a section row. */
type Row =
  | string
  | readonly [string, SpecCell, SpecCell, SpecCell, SpecCell, SpecCell, number, string, number];

const P = (t: string) => typed(t);
// prettier-ignore
const ROWS: readonly Row[] = [
  '一、投入目标',
  ['1.预算投入资金', 6475, '预算完成率', P('100%'), 6475, P('100%'), 1, '预算完成率超出正负10%不得分', 1],
  ['2.实际到位资金', 6475, '资金到位率', P('100%'), 6475, P('100%'), 1, '实际到位资金/预算投入资金≠100%则不得分', 1],
  ['3.实际支出', 6475, '实际支出率', P('100%'), 6475, P('100%'), 1, '实际支出率≠100%则不得分', 1],
  ['4.专款专用资金', 6475, '专款专用率', P('100%'), 6475, P('100%'), 1, '专款专用率≠100%则不得分', 1],
  '二、管理目标',
  ['1.资金管理情况', '专账核算', '项目资金管理要求', null, '专账核算', '项目资金管理要求', 2, '专账核算资金/实际投入资金*100%≠100%则不得分', 2],
  ['2.财务管理', '支出符合财务管理制度规定', '财务管理规范度', P('100%'), '符合财务管理制度规定', '财务管理规范度', 2, '支出手续不完备酌情扣分,支出不符合项目要求不得分', 1.5],
  ['3.项目管理情况', '(1)成立管理组织;(2)季度督导、半年度考核、年度考核;(3)季度通报', '组织管理规范度', P('100%'), '有组织制度、考核制度、通报', '有', 2, '查阅资料', 2],
  '三、产出目标',
  '1.数量目标',
  ['居民电子健康档案建档数', '941250份', '居民电子健康档案建档率=建立电子健康档案人数/辖区内常住居民数*100%', '≥75%', 1024410, P('81.74%'), 5, '查阅资料,根据评价指标得分,≥70%得3分,≥65%得1分,<65%不得分', 5],
  ['0-6岁儿童健康管理数', '56950人', '儿童健康管理率=年度辖区内接受1次及以上随访的0-6岁儿童数/年度辖区内应管理的0-6岁儿童数*100%', '≥90%', 68890, P('99.83%'), 5, '查阅资料,根据评价指标得分,≥85%得3分,≥80%得1分,<80%不得分', 5],
];

function build() {
  const s = new SheetBuilder('Sheet1');
  const head = s.row(['绩效目标设置情况', null, null, null, '绩效目标完成情况'], { bold: true });
  s.across(head, 0, 3).across(head, 4, LAST);
  // prettier-ignore
  s.row(['目标名称', '目标值', '评价指标', '标准值', '目标完成值', '评价指标值', '权重分值', '评分规则', '得分'], { bold: true });
  for (const row of ROWS) s.row(typeof row === 'string' ? [row] : [...row]);
  s.border(head, s.nextRow - 1);
  return s.build([18, 16, 30, 8, 16, 14, 8, 30, 8]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'http://yixing.gov.cn/doc/2017/04/20/657601.shtml',
  sheets: [build()],
};
