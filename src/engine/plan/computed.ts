/**
 * The values a sheet should show, from an evaluation's facts: totals and subtotals, 得分率 and
 * 预算执行率, the execution score, the grade, and the score the quantitative rule gives an
 * empty leaf. writePlan.ts keeps those the sheet does not already show.
 */
import type { FieldRef, RateScale } from '../model.js';
import { gradeOf } from '../recognize/labels.js';
import type { Grade, WritePurpose } from '../report.js';
import { denominator } from '../score/execution.js';
import type { EvaluationFacts } from '../score/evaluation.js';
import type { LeafFacts } from '../score/leaf.js';
import { numberOf, round } from '../values/reading.js';

export interface ComputedValue {
  readonly field: FieldRef;
  readonly value: number | string;
  readonly purpose: WritePurpose;
  /** Number format for the written value when the cell has none that fits (e.g. "0.00%"). */
  readonly format?: string;
  /** For a rate: how its column writes figures without a % (what "already shows it" means). */
  readonly scale?: RateScale;
}

const RATE_FORMAT = '0.00%';

type Add = (
  field: FieldRef | null,
  value: number | string,
  purpose: WritePurpose,
  rate?: { format: string; scale: RateScale },
) => void;

function collector(out: ComputedValue[]): Add {
  return (field, value, purpose, rate) => {
    // Text the user typed into a figure's cell is theirs to fix; a finding says what is wrong.
    // A cell inside another's merge ("—" across 分值/执行率/得分 of a 其中 row) shows nothing.
    if (!field || field.covered || (field.reading.kind === 'text' && purpose !== 'grade')) return;
    out.push(rate ? { field, value, purpose, ...rate } : { field, value, purpose });
  };
}

/**
 * A leaf's values: the quantitative rule's score for an empty score, and its 得分率. Called from
 * the scoring walk over the leaves, so each leaf's facts are made once for all; they are
 * written only once someone has scored the table (EvaluationFacts.scored).
 */
export function leafValues(leaf: LeafFacts, out: ComputedValue[]): void {
  const add = collector(out);
  const suggestion = leaf.suggestion();
  if (suggestion !== null && leaf.scoreField?.reading.kind === 'empty')
    add(leaf.scoreField, suggestion, 'suggested-score');
  if (leaf.judged && leaf.cap! > 0)
    add(leaf.indicator.scoreRate, round(leaf.stated! / leaf.cap!, 4), 'score-rate', {
      format: RATE_FORMAT,
      scale: leaf.scoreRateScale,
    });
}

/** The evaluation's other values: rates of its budget rows, its totals, its grade. */
export function tableValues(ev: EvaluationFacts, out: ComputedValue[]): void {
  const add = collector(out);
  for (const { table } of ev.evaluation.budgets.map((table) => ({ table }))) {
    for (const row of [...(table.total ? [table.total] : []), ...table.groups.flat()]) {
      const budget = denominator(row, ev.profile);
      const b = budget ? numberOf(budget.reading) : null;
      const e = row.executed ? numberOf(row.executed.reading) : null;
      if (b !== null && e !== null && b > 0)
        add(row.rate, round(e / b, 4), 'execution-rate', {
          format: RATE_FORMAT,
          scale: table.rateScale,
        });
    }
  }
  // Rates are arithmetic on the sheet's own figures; totals and the grade need a scored table.
  if (!ev.scored) return;
  if (ev.execution) add(ev.execution.scoreField, round(ev.execution.score), 'execution-score');
  for (const { row, sums, isWhole, scoreRateScale } of ev.totalRows) {
    add(row.score, round(sums.score), isWhole ? 'total' : 'subtotal');
    if (sums.cap > 0)
      add(row.scoreRate, round(sums.score / sums.cap, 4), 'score-rate', {
        format: RATE_FORMAT,
        scale: scoreRateScale,
      });
  }
  // A total stated inside a sentence ("自评得分：96分") is marked, never rewritten.
  if (ev.total && ev.evaluation.statedTotal && !ev.evaluation.statedTotal.inline)
    add(ev.evaluation.statedTotal.value, round(ev.total.score), 'total');
  const grade = gradeWrite(ev);
  if (grade) add(ev.evaluation.statedGrade!.value, grade, 'grade');
}

/**
 * The grade to write, in the words the sheet already uses (优秀 stays 优秀; a wrong 良好
 * becomes 优秀, not 优). A tick-box text (☑优 …☐良) is the user's layout: marked, never rewritten.
 */
function gradeWrite(ev: EvaluationFacts): string | null {
  const cell = ev.evaluation.statedGrade?.value;
  if (!cell || !ev.grade || ev.evaluation.statedGrade!.inline) return null;
  const raw = cell.cell.value;
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text) return ev.grade;
  const stated = gradeOf(text);
  if (stated === null || stated === ev.grade) return null;
  const words = GRADE_WORDINGS.find((w) => Object.values(w).includes(text));
  return words ? words[ev.grade] : null;
}

/** The ways tables name the four grades. */
const GRADE_WORDINGS: readonly Readonly<Record<Grade, string>>[] = [
  { 优: '优', 良: '良', 中: '中', 差: '差' },
  { 优: '优秀', 良: '良好', 中: '合格', 差: '不合格' },
  { 优: '优秀', 良: '良好', 中: '中等', 差: '较差' },
];
