/**
 * 贵港市港南区八塘街道 2018 — 耕地地力保护补贴项目专项支出绩效评分细则: a short scoring sheet
 * (目标名称 / rule / 分值 / score) with no level columns and no budget block, the score column
 * without a header. The source stops at the ninth row.
 */
import { SheetBuilder } from '../../examples/sheets/sheet-builder.js';
import type { WorkbookSpec } from '../../examples/sheets/spec.js';

const LAST = 3; // columns A–D

// prettier-ignore
const ROWS: readonly (readonly [string, string, number, number])[] = [
  ['充分性', '制定有耕地地力保护补贴项目实施方案,得3分,否则不得分。', 3, 3],
  ['合理性', '耕地地力保护补贴项目按程序报批,申请安排项目经费符合自治区耕地地力保护补贴资金管理,得3分。', 3, 3],
  ['宣传培训工作', '通过板报宣传耕地地力保护补贴项目,对村级工作人员进行培训,组织人员到乡镇村开展宣传工作的,得2分,未开展这项工作的不得分。', 2, 2],
  ['信息传达', '收到上级批复文件后在15个工作日内通知各村的,得2分,有一项未达要求扣1分,最多扣2分。', 2, 2],
  ['建立农户一折通账户', '建立农户一折通账户的,得3分,发现一户未纳入的此分值扣完;按照上级批复文件将补贴资金发放到农户的,得4分,未完成的按实际比例计分。', 7, 7],
  ['补贴公示情况', '实行耕地地力保护补贴村级公示制,公示补贴面积、补贴标准、补贴金额等,公示时间不得少于7天,得5分;未达要求的,不得分。', 5, 5],
  ['实施情况', '按时报送补贴面积的得4分,有一次未达要求的扣1分,最多扣4分;按时下发补贴资金得4分,有一次未达要求的扣1分,最多扣4分;', 8, 8],
  ['完成情况', '全部完成发放补贴面积得5分,未完成不得分;\n全部完成补贴资金下发得5分,未完成不得分。', 10, 10],
];

function build() {
  const s = new SheetBuilder('Sheet1');
  // prettier-ignore
  s.across(s.row(['港南区八塘街道2018年耕地地力保护补贴项目专项支出绩效评分细则'], { bold: true }), 0, LAST);
  // prettier-ignore
  s.across(s.row(['评价单位:港南区八塘街道办事处 评价项目:2018年耕地地力保护补贴 评价人员:']), 0, LAST);
  const head = s.row(['目标名称', null, '分值', null], { bold: true });
  s.across(head, 0, 1);
  for (const cells of ROWS) s.row([...cells]);
  s.border(head, s.nextRow - 1);
  return s.build([16, 60, 8, 8]);
}

export const workbook: WorkbookSpec = {
  file: 'table.xlsx',
  seed: 'https://keke.chddh.cn/archives/48n5zg2zk8d9n27q6rjv.html',
  sheets: [build()],
};
