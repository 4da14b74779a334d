import { explainQuantitative } from '../score/leaf.js';
import { num } from '../text/format.js';
import type { Rule } from './rule.js';

/** An empty leaf score that the quantitative rule can fill (the write plan fills it). */
export const scoreSuggested: Rule = {
  id: 'score-suggested',
  severity: 'info',
  title: '可补填的得分',
  description: 'an empty leaf score the quantitative rule can fill (the write plan fills it)',
  leaf(leaf, ctx) {
    const q = leaf.quantitative;
    const field = leaf.scoreField;
    const value = leaf.suggestion();
    if (q?.kind !== 'score' || !field || field.reading.kind !== 'empty' || value === null) return;
    ctx.report(
      field.address,
      `「${leaf.name}」得分为空；按定量计分规则可得 ${num(q.value)} 分（${explainQuantitative(q)}）。`,
      value,
      null,
      value,
    );
  },
};
