/**
 * The sheet's stated total and grade, wherever they stand: "自评得分 | 99.5" in a header
 * block, "绩效自评综合得分 | 92" in a form, "评价等级 | ☑优 …☐良 …" as tick boxes.
 */
import type { Grade } from '../report.js';
import type { LabelledValue } from '../model.js';
import { normalizeText } from '../text/normalize.js';
import type { SheetView } from './sheetView.js';
import { SUMMARY_GRADE_LABELS, SUMMARY_TOTAL_LABELS } from './vocabulary.js';

/** How far right of its label a value may stand (merged label cells leave gaps). */
const MAX_GAP = 4;
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

export interface Summary {
  readonly total: LabelledValue | null;
  readonly grade: LabelledValue | null;
}

/** @param claimedRows rows that belong to a recognised table (its own 合计/总分 rows). */
export function findSummary(view: SheetView, claimedRows: ReadonlySet<number>): Summary {
  let total: LabelledValue | null = null;
  let grade: LabelledValue | null = null;
  for (let row = view.top; row <= view.bottom && !(total && grade); row++) {
    if (claimedRows.has(row)) continue;
    for (let c = view.left; c <= view.right; c++) {
      const label = view.text(row, c).replace(/[:：]$/, '');
      if (!label) continue;
      if (!total && SUMMARY_TOTAL_LABELS.includes(label)) {
        const value = valueRightOf(view, row, c, (r, col) => view.reading(r, col).kind !== 'text');
        if (value !== null) total = { label: view.field(row, c), value: view.field(row, value) };
      } else if (!grade && SUMMARY_GRADE_LABELS.includes(label)) {
        const value = valueRightOf(view, row, c, () => true);
        if (value !== null) grade = { label: view.field(row, c), value: view.field(row, value) };
      }
    }
  }
  return { total, grade };
}

/** The grade a cell states: "优", "良好", or the ticked box of "☑优 …☐良 …"; null if none. */
export function gradeOf(text: string): Grade | null {
  const t = normalizeText(text);
  const ticked = TICKS.exec(t);
  if (ticked) return GRADE_WORDS[ticked[1]!] ?? null;
  return GRADE_WORDS[t] ?? null;
}

function valueRightOf(
  view: SheetView,
  row: number,
  col: number,
  accepts: (row: number, col: number) => boolean,
): number | null {
  const span = view.spanAt(row, col);
  const from = (span?.right ?? col) + 1;
  for (let c = from; c <= Math.min(view.right, from + MAX_GAP); c++) {
    if (view.isCovered(row, c)) continue;
    if (view.reading(row, c).kind === 'empty') continue;
    return accepts(row, c) ? c : null;
  }
  // An empty value cell right beside the label is still the place the value belongs.
  return from <= view.right && !view.isCovered(row, from) ? from : null;
}
