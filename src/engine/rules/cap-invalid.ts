import { num } from '../text/format.js';
import { describeReading } from '../score/leaf.js';
import type { Rule } from './rule.js';

/**
 * A 分值 must be a number ≥ 0. An invalid one is left out of every sum alike (Σ 分值, the
 * total's cap and the leaf's clamp), so the sheet's figures stay consistent with each other.
 */
export const capInvalid: Rule = {
  id: 'cap-invalid',
  severity: 'error',
  title: '分值无效',
  description:
    'a 分值 that is negative, text or an Excel error value; it is left out of Σ 分值 and the leaf is not capped',
  leaf(leaf, ctx) {
    const field = leaf.capField;
    if (!field || !leaf.capInvalid) return;
    const r = field.reading;
    ctx.report(
      field.address,
      r.kind === 'number'
        ? `「${leaf.name}」的分值为 ${num(r.value)}，分值不能为负数；该项不计入分值合计。`
        : `「${leaf.name}」的分值「${describeReading(r)}」不是数字，无法核对得分；该项不计入分值合计。`,
      null,
      r.kind === 'number' ? r.value : describeReading(r),
    );
  },
};
