/**
 * How sure recognition is that it read a table right, from evidence a reader would use:
 * the header words found, how many score cells hold numbers, Σ 分值 against full marks, and
 * the computed total against the one the table states. A wrong reading written into a
 * user's workbook costs more than a table left for the user to confirm, so any strong
 * evidence against a reading makes it unsure.
 */
import type { Confidence } from './report.js';
import { num } from './text/format.js';

export interface TableEvidence {
  readonly leaves: number;
  /** Leaves whose score cell holds a number, and those with a score cell at all. */
  readonly numericScores: number;
  readonly scoreCells: number;
  readonly hasCapColumn: boolean;
  readonly hasScoreColumn: boolean;
  /** Σ of the plain numbers in the 指标值 column (null when it holds none). */
  readonly targetSum: number | null;
  /** A column without a header holding figures on most leaf rows (its letter), or null. */
  readonly unlabeledFigures: string | null;
  /** Σ caps including the execution cap; null when nothing has a cap. */
  readonly capSum: number | null;
  readonly fullMarks: number;
  readonly computedTotal: number | null;
  readonly statedTotal: number | null;
}

/** Below this share of numeric scores the "score" column is probably something else. */
const MIN_NUMERIC_SCORE_SHARE = 0.6;

export function judgeTable(e: TableEvidence): Confidence {
  const against: string[] = [];
  const support: string[] = [];
  if (!e.hasCapColumn && !e.hasScoreColumn) {
    // Published without points: targets and actuals are read, nothing is scored or written,
    // unless the "targets" add up to full marks and are probably the points themselves.
    if (e.unlabeledFigures !== null)
      against.push(
        `表中没有「分值」「得分」列，而 ${e.unlabeledFigures} 列各行有数字却没有表头，无法判断是分值还是得分`,
      );
    else if (e.targetSum !== null && Math.abs(e.targetSum - e.fullMarks) < 0.5)
      against.push(
        `表中没有「分值」「得分」列，而「指标值」列的数字合计为 ${num(e.targetSum)}，可能是分值`,
      );
    else support.push('表中没有「分值」「得分」列：只核对指标值与实际完成值，不计分');
  }
  if (e.scoreCells > 0) {
    const share = e.numericScores / e.scoreCells;
    const line = `${e.scoreCells} 个得分单元格中 ${e.numericScores} 个是数字`;
    (share < MIN_NUMERIC_SCORE_SHARE ? against : support).push(line);
  }
  if (e.capSum !== null) {
    const line = `各项分值合计 ${num(e.capSum)}，满分 ${num(e.fullMarks)}`;
    if (Math.abs(e.capSum - e.fullMarks) < 1e-6) support.push(line);
    else if (e.capSum > e.fullMarks * 1.2) against.push(`${line}：可能把合计行当成了指标`);
  }
  if (e.statedTotal !== null && e.computedTotal !== null) {
    const diff = Math.abs(e.statedTotal - e.computedTotal);
    const line = `计算总分 ${num(e.computedTotal)}，表中填写 ${num(e.statedTotal)}`;
    if (diff <= 0.01) support.push(line);
    else if (e.statedTotal > 0 && diff / e.statedTotal > 0.3)
      against.push(`${line}：相差过大，可能读错了列或行`);
  }
  return against.length > 0
    ? { level: 'unsure', reasons: [...against, ...support] }
    : { level: 'sure', reasons: support };
}

/** The least sure of several (a sheet's tables). */
export function leastSure(all: readonly Confidence[]): Confidence {
  return all.find((c) => c.level === 'unsure') ?? all[0] ?? { level: 'sure', reasons: [] };
}
