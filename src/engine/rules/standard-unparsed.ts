import type { Rule } from './rule.js';

/**
 * A 评分标准 text the tool cannot read as a rule is listed once, with the text itself, so the
 * reader knows that row was not checked against it — never guessed at.
 */
const SCORING_WORDS = /分|扣|计分|得分|满分/;

export const standardUnparsed: Rule = {
  id: 'standard-unparsed',
  severity: 'info',
  title: '评分标准未能解读',
  description:
    'a 评分标准 text that speaks of points but the tool cannot read as a scoring rule (酌情扣分 …): listed once per text, the row not checked against it; an explanation of the indicator that gives no points is not listed',
  evaluation(ev, ctx) {
    // Only a grid with a 评分标准 column has texts to list: others are passed at once.
    if (ev.evaluation.grid?.mapping.columns.standard === undefined) return;
    const seen = new Set<string>();
    for (let i = 0; i < ev.leafCount; i++) {
      if (i === ev.executionIndex) continue;
      const leaf = ev.leaf(i);
      const standard = leaf.standard;
      const field = leaf.indicator.standard;
      if (standard?.kind !== 'unparsed' || !field || seen.has(standard.text)) continue;
      // An explanation of the indicator (指标解释) is no scoring rule: only a text that speaks
      // of points is one the reader expects checked.
      if (!SCORING_WORDS.test(standard.text)) continue;
      seen.add(standard.text);
      const shown = standard.text.length > 60 ? `${standard.text.slice(0, 60)}…` : standard.text;
      ctx.report(
        field.address,
        `未能把「${leaf.name}」的评分标准「${shown}」解读为计分规则，该项未按其核对。`,
        null,
        standard.text,
      );
    }
  },
};
