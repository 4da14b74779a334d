import { gradeOf } from '../recognize/labels.js';
import { gradeFor } from '../score/grade.js';
import { num } from '../text/format.js';
import { round } from '../values/reading.js';
import type { Rule } from './rule.js';

/** 评价等级 follows the unrounded total: 优 [90,100], 良 [80,90), 中 [60,80), 差 [0,60) by default. */
export const gradeMismatch: Rule = {
  id: 'grade-mismatch',
  severity: 'error',
  title: '评价等级与总分不符',
  description:
    'the stated grade (优/良/中/差, or 优秀/良好/合格/不合格 by meaning) ≠ the grade of the unrounded total',
  evaluation(ev, ctx) {
    const stated = ev.evaluation.statedGrade;
    const grade = ev.grade;
    if (!stated || !grade) return;
    const text = stated.stated.kind === 'text' ? stated.stated.text.trim() : '';
    if (!text) return;
    const found = gradeOf(text);
    if (found === grade) return;
    const total = ev.total?.score ?? null;
    const band = ctx.profile.gradeBands.find((b) => b.grade === grade)!;
    const basis = total === null ? '表中填写的总分' : `总分 ${num(total)}`;
    // 89.996 shows as 90.00 but is 良: say so, or the reader will think the rule is wrong.
    const shown = total === null ? grade : gradeFor(round(total), ctx.profile);
    const rounding =
      total !== null && shown !== grade
        ? `（总分显示为 ${round(total).toFixed(2)}，但等级按未舍入的 ${num(total, 6)} 分确定）`
        : '';
    ctx.report(
      stated.value.address,
      found
        ? `${basis}对应等级「${grade}」（${num(band.min)} 分及以上），表中为「${text}」${rounding}。`
        : `评价等级「${text}」无法识别；${basis}对应等级「${grade}」。`,
      grade,
      found ?? text,
    );
  },
};
