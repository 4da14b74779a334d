import { num } from '../text/format.js';
import type { Rule } from './rule.js';

/** Deductions stop at 0 (扣完为止). */
export const scoreNegative: Rule = {
  id: 'score-negative',
  severity: 'error',
  title: '得分为负数',
  description: 'a score below 0 (扣完为止); the total counts it as 0',
  leaf(leaf, ctx) {
    const field = leaf.scoreField;
    if (!field || leaf.stated === null || leaf.stated >= 0) return;
    ctx.report(
      field.address,
      `「${leaf.name}」得分为 ${num(leaf.stated)}，低于 0；扣分应扣完为止（最低 0 分）。`,
      0,
      leaf.stated,
    );
  },
};
