import { num } from '../text/format.js';
import { numberOf, round, tolerance } from '../values/reading.js';
import type { Rule } from './rule.js';
import { totalRowName } from './names.js';

/** 三级指标得分最高不能超过该指标分值上限 (seed 000, 注1). */
export const scoreOverCap: Rule = {
  id: 'score-over-cap',
  severity: 'error',
  title: '得分超过分值',
  description:
    'a leaf, block or total score above its cap (三级指标得分最高不能超过该指标分值上限); the total counts the cap',
  leaf(leaf, ctx) {
    const field = leaf.scoreField;
    if (!field || leaf.stated === null || leaf.cap === null) return;
    if (leaf.stated <= leaf.cap + tolerance(field.reading)) return;
    ctx.report(
      field.address,
      `「${leaf.name}」得分 ${num(leaf.stated)} 超过分值 ${num(leaf.cap)}（超出 ${num(leaf.stated - leaf.cap)}）；三级指标得分最高不能超过该指标分值，合计时按 ${num(leaf.cap)} 分计。`,
      leaf.cap,
      leaf.stated,
    );
  },
  block({ block, scoreSum, capsComplete }, ctx) {
    // Only where the block's cap is the one that bounds its leaves (they state none).
    const stated = block.statedCap;
    if (!stated || capsComplete || scoreSum <= stated.value + tolerance(stated.field.reading))
      return;
    ctx.report(
      stated.field.address,
      `「${block.label}」下各项得分合计 ${num(scoreSum)} 超过其分值 ${num(stated.value)}（超出 ${num(scoreSum - stated.value)}）；合计时按 ${num(stated.value)} 分计。`,
      stated.value,
      round(scoreSum),
    );
  },
  totalRow({ row, isWhole }, ctx) {
    const cap = row.cap ? numberOf(row.cap.reading) : null;
    const stated = row.score ? numberOf(row.score.reading) : null;
    if (!row.score || cap === null || stated === null) return;
    if (stated <= cap + tolerance(row.score.reading)) return;
    ctx.report(
      row.score.address,
      `${totalRowName(row, isWhole)}得分 ${num(stated)} 超过其分值 ${num(cap)}（超出 ${num(stated - cap)}）；得分不能超过分值。`,
      cap,
      stated,
    );
  },
};
