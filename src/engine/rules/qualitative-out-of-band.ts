import type { QualitativeOutcome } from '../profile/profile.js';
import { outcomeOf } from '../score/qualitative.js';
import { num, pct } from '../text/format.js';
import { tolerance } from '../values/reading.js';
import type { Rule } from './rule.js';

const OUTCOME_WORDS: Readonly<Record<QualitativeOutcome, string>> = {
  achieved: '达成预期',
  partial: '部分达成',
  failed: '未达成',
};

/**
 * 定性 scores fall in tiers by outcome: achieved 100–80 % of 分值 (含80%), partly achieved
 * 80–60 %, not achieved 60–0 % (seed 000, 注3); the profile sets the tiers and the words.
 */
export const qualitativeOutOfBand: Rule = {
  id: 'qualitative-out-of-band',
  severity: 'warning',
  title: '定性得分不在档次内',
  description:
    'a qualitative score outside the tier its outcome implies (达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 %)',
  leaf(leaf, ctx) {
    const field = leaf.scoreField;
    if (leaf.target.kind !== 'qualitative' || !field || !leaf.judged) return;
    const actual = leaf.actualField?.reading;
    if (actual?.kind !== 'text' || leaf.cap === null || leaf.cap <= 0) return;
    const outcome = outcomeOf(leaf.target.text, actual.text, ctx.profile);
    if (!outcome) return;
    const cap = leaf.cap;
    const stated = leaf.stated!;
    const band = ctx.profile.qualitativeBands[outcome];
    const slack = tolerance(field.reading) / cap;
    // A tier holds its lower bound, and its upper bound only at the top (达成 100–80 % 含80%,
    // 部分达成 80–60 % 含60%, seed 000 注3): 8 of 10 is 达成, not 部分达成.
    const share = stated / cap;
    const belowTop = outcome === 'achieved' ? share <= band.max + slack : share < band.max - 1e-9;
    if (share >= band.min - slack && belowTop) return;
    ctx.report(
      field.address,
      `「${leaf.name}」为定性指标，实际完成「${actual.text}」属于「${OUTCOME_WORDS[outcome]}」档，应得分值的 ${pct(band.min, 0)}–${pct(band.max, 0)}（${num(cap * band.min)}–${num(cap * band.max)} 分），表中为 ${num(stated)} 分。`,
      `${num(cap * band.min)}–${num(cap * band.max)}`,
      stated,
    );
  },
};
