import { round } from '../values/reading.js';
import { describeReading } from '../score/leaf.js';
import type { Rule } from './rule.js';
import { totalRowName } from './names.js';

export const scoreNotNumber: Rule = {
  id: 'score-not-number',
  severity: 'error',
  title: '得分不是数字',
  description:
    'a score cell holds text, an Excel error value or a formula that was never calculated; the total counts it as 0',
  leaf(leaf, ctx) {
    const field = leaf.scoreField;
    const r = field?.reading;
    if (!field || !r || r.kind === 'empty' || r.kind === 'number') return;
    ctx.report(
      field.address,
      `「${leaf.name}」的得分「${describeReading(r)}」不是数字，合计时按 0 分计。`,
      null,
      describeReading(r),
    );
  },
  totalRow({ row, sums, isWhole }, ctx) {
    const r = row.score?.reading;
    if (!row.score || !r || r.kind === 'empty' || r.kind === 'number') return;
    ctx.report(
      row.score.address,
      `${totalRowName(row, isWhole)}「${describeReading(r)}」不是数字。`,
      round(sums.score),
      describeReading(r),
    );
  },
};
