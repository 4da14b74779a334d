import { num } from '../text/format.js';
import { tolerance } from '../values/reading.js';
import type { Rule } from './rule.js';

/**
 * A reviewer's score (复核分, 财政审核评分, 市级评分) that differs from the self-score: listed
 * per indicator, neither score replacing the other.
 */
export const reviewerDifference: Rule = {
  id: 'reviewer-difference',
  severity: 'info',
  title: '复核分与自评分不同',
  description:
    'a reviewer column (复核分, 财政审核评分, 市级评分) gives an indicator another score than the self-score; both totals are kept apart',
  leaf(leaf, ctx) {
    const field = leaf.indicator.reviewer;
    const r = field?.reading;
    if (!field || r?.kind !== 'number' || leaf.stated === null) return;
    if (Math.abs(r.value - leaf.stated) <= tolerance(r)) return;
    ctx.report(
      field.address,
      `「${leaf.name}」复核分 ${num(r.value)}，自评分 ${num(leaf.stated)}（${r.value < leaf.stated ? '核减' : '核增'} ${num(Math.abs(r.value - leaf.stated))} 分）。`,
      leaf.stated,
      r.value,
    );
  },
};
