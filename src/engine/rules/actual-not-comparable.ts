import { describeReading, showQuantity, showTarget } from '../score/leaf.js';
import type { Rule } from './rule.js';

/** A quantitative target needs a figure to compare: "完整" or an empty cell cannot be scored. */
export const actualNotComparable: Rule = {
  id: 'actual-not-comparable',
  severity: 'warning',
  title: '实际完成值无法与指标值比较',
  description: 'a quantitative target whose actual value is empty or not a number ("完整")',
  leaf(leaf, ctx) {
    const q = leaf.quantitative;
    if (q?.kind !== 'not-comparable') return;
    const field = leaf.actualField;
    if (!field) return;
    const reading = field.reading;
    const target = showTarget(q);
    // The finding's expected value is the target as a figure; the message says how it was read.
    ctx.report(
      field.address,
      reading.kind === 'empty'
        ? `「${leaf.name}」是定量指标（${target}），但实际完成值为空，无法计分。`
        : `「${leaf.name}」是定量指标（${target}），实际完成值「${describeReading(reading)}」不是可比较的数值。请填写实际数值。`,
      showQuantity(q.target, q.op),
      reading.kind === 'empty' ? null : describeReading(reading),
    );
  },
};
