/** What a label or a word in a cell says: a grade, a label without its note. */
import type { Grade } from '../report.js';
import { normalizeText } from '../text/normalize.js';

const TICKS = /[☑✓√■☒✔▣]\s*(优秀?|良好?|中等?|合格|差|较差|不合格)/;
const GRADE_WORDS: Readonly<Record<string, Grade>> = {
  优: '优',
  优秀: '优',
  良: '良',
  良好: '良',
  中: '中',
  中等: '中',
  合格: '中',
  差: '差',
  较差: '差',
  不合格: '差',
};

/** The grade a cell states: "优", "良好", or the ticked box of "☑优 …☐良 …"; null if none. */
export function gradeOf(text: string): Grade | null {
  const t = normalizeText(text);
  const ticked = TICKS.exec(t);
  if (ticked) return GRADE_WORDS[ticked[1]!] ?? null;
  return GRADE_WORDS[t] ?? null;
}

/** "总分(100分)" → "总分": a label's parenthesised note (its cap, its unit) and trailing colon. */
export function withoutNote(label: string): string {
  const last = label.charCodeAt(label.length - 1);
  // Most labels end in neither: they come back untouched, without a regular expression.
  if (last !== 0x29 /* ) */ && last !== 0x3a /* : */) return label;
  return label.replace(/\([^)]*\)$/, '').replace(/:$/, '');
}

/**
 * "产出指标(50分)", "过程(30)", "满意度指标（10 分）", "数量指标15分", and "效益指标30分)" as
 * pages garble it: a cap stated in a label (≤ 100), or null. "数量指标(1)" is a number, not a cap.
 */
const CAP_IN_LABEL = /\((\d{1,3}(?:\.\d+)?)分?\)|(\d{1,3}(?:\.\d+)?)分\)?$/;

export function capInLabel(label: string): number | null {
  const match = CAP_IN_LABEL.exec(label);
  if (!match) return null;
  const value = Number(match[1] ?? match[2]);
  // A bare "(1)", "(2)" numbers the blocks; a bare figure is a cap only from 5 up ("过程(30)").
  const bare = match[1] !== undefined && !match[0].includes('分');
  return value <= 100 && !(bare && value < 5) ? value : null;
}
