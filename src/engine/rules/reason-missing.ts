import { normalizeText } from '../text/normalize.js';
import { num } from '../text/format.js';
import { tolerance } from '../values/reading.js';
import type { Rule } from './rule.js';

/** A row that lost points must explain why in its reason column (seed 000, 注2). */
export const reasonMissing: Rule = {
  id: 'reason-missing',
  severity: 'warning',
  title: '扣分未说明原因',
  description: 'points lost and the reason cell empty or boilerplate (无, 暂无, /, 0)',
  leaf(leaf, ctx) {
    const field = leaf.scoreField;
    const reason = leaf.indicator.reason;
    if (!field || !reason || !leaf.judged) return;
    const cap = leaf.cap!;
    const stated = leaf.stated!;
    if (stated >= cap - tolerance(field.reading)) return;
    const r = reason.reading;
    const text =
      r.kind === 'text' ? normalizeText(r.text) : r.kind === 'number' ? String(r.value) : '';
    if (text && !ctx.profile.reasonBoilerplate.includes(text)) return;
    ctx.report(
      reason.address,
      `「${leaf.name}」扣了 ${num(cap - stated)} 分（${num(stated)}/${num(cap)}），但${text ? `原因只写了「${text}」` : '未填写原因'}；失分的指标应说明偏离目标的原因及改进措施。`,
      '失分原因',
      text || null,
    );
  },
};
