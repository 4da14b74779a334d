/** 评价等级 from the unrounded total: 优 [90,100], 良 [80,90), 中 [60,80), 差 [0,60) by default. */
import type { LabelledValue } from '../model.js';
import type { Profile } from '../profile/profile.js';
import { gradeOf } from '../recognize/summary.js';
import type { Grade } from '../report.js';
import { num } from '../text/format.js';
import { round } from '../values/reading.js';
import type { RuleContext } from './context.js';

export function gradeFor(total: number, profile: Profile): Grade {
  return (
    profile.gradeBands.find((b) => total >= b.min)?.grade ??
    profile.gradeBands[profile.gradeBands.length - 1]!.grade
  );
}

export function checkGrade(stated: LabelledValue | null, total: number, ctx: RuleContext): Grade {
  const grade = gradeFor(total, ctx.profile);
  if (!stated) return grade;
  const raw = stated.value.cell.value;
  const text = typeof raw === 'string' ? raw.trim() : '';
  const found = text ? gradeOf(text) : null;
  if (text && found !== grade) {
    const band = ctx.profile.gradeBands.find((b) => b.grade === grade)!;
    // 89.996 shows as 90.00 but is 良: say so, or the reader will think the rule is wrong.
    const shown = gradeFor(round(total), ctx.profile);
    const rounding =
      shown !== grade
        ? `（总分显示为 ${round(total).toFixed(2)}，但等级按未舍入的 ${total} 分确定）`
        : '';
    ctx.report(
      'grade-mismatch',
      stated.value.address,
      found
        ? `总分 ${num(total)} 对应等级「${grade}」（${num(band.min)} 分及以上），表中为「${found}」${rounding}。`
        : `评价等级「${text}」无法识别；总分 ${num(total)} 对应等级「${grade}」。`,
      grade,
      found ?? text,
    );
  }
  // A tick-box text (☑优 …☐良) is the user's layout: mark it, never overwrite it.
  if (!text || (found !== null && text.length <= 2)) ctx.compute(stated.value, grade, 'grade');
  return grade;
}
