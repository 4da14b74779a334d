import { normalizeText } from '../text/normalize.js';
import { num, pct } from '../text/format.js';
import { tolerance } from '../values/reading.js';
import type { Rule } from './rule.js';

/** A row that lost points must explain why in its reason column (seed 000, 注2). */
export const reasonMissing: Rule = {
  id: 'reason-missing',
  severity: 'warning',
  title: '扣分未说明原因',
  description:
    'points lost and the reason cell empty or boilerplate (无, 暂无, /, 0); where the profile asks (四川), an execution rate under its threshold without a reason, or a reason over its length',
  budget({ table, evaluation }, ctx) {
    // Some regions want a reason when execution falls short (四川: under 90 %, ≤ 100 字).
    const rule = ctx.profile.reasons.executionBelow;
    const row = table.total;
    const rate = evaluation.execution?.rate;
    const field = row?.reason;
    if (!rule || !row || !field || rate === undefined || rate === null) return;
    const r = field.reading;
    const text = r.kind === 'text' ? r.text.trim() : '';
    if (rate >= rule.rate) return;
    if (!text || ctx.profile.reasonBoilerplate.includes(normalizeText(text))) {
      ctx.report(
        field.address,
        `预算执行率 ${pct(rate)} 低于 ${pct(rule.rate, 0)}，按「${ctx.profile.name}」须说明原因（${rule.maxChars} 字以内），表中${text ? `只写了「${text}」` : '未填写'}。`,
        '执行率偏低的原因',
        text || null,
      );
    } else if ([...text].length > rule.maxChars) {
      ctx.report(
        field.address,
        `执行率原因写了 ${[...text].length} 字，「${ctx.profile.name}」要求 ${rule.maxChars} 字以内。`,
        `${rule.maxChars} 字以内`,
        [...text].length,
      );
    }
  },
  leaf(leaf, ctx) {
    const field = leaf.scoreField;
    if (!field || !leaf.judged) return;
    const cap = leaf.cap!;
    const stated = leaf.stated!;
    if (stated >= cap - tolerance(field.reading)) return;
    const reason = leaf.indicator.reason;
    if (!reason) return;
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
