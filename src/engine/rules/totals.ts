/**
 * 合计/小计 rows and the sheet total: block score = Σ children, total = Σ leaf scores +
 * the execution-rate score, Σ caps = the stated cap (and the table's 满分).
 */
import type { IndicatorTable, LabelledValue, TotalRow } from '../model.js';
import { num } from '../text/format.js';
import { numberOf, round, tolerance } from '../values/reading.js';
import type { RuleContext } from './context.js';
import { sumLeaves, type LeafScores } from './indicators.js';
import { checkRate } from './rates.js';

export interface ComputedTotal {
  readonly score: number;
  readonly cap: number;
}

/**
 * Checks every 合计/小计 row. A single 合计 covering the whole table is the sheet total and
 * includes the execution-rate score; 合计 rows of segments are checked like subtotals.
 */
export function checkTotalRows(
  table: IndicatorTable,
  leaves: LeafScores,
  sheet: ComputedTotal,
  ctx: RuleContext,
): TotalRow | null {
  const wholeRows = table.totals.filter((t) => t.kind === 'total');
  const whole =
    wholeRows.length === 1 && wholeRows[0]!.covers.length === table.indicators.length
      ? wholeRows[0]!
      : null;
  for (const row of table.totals) {
    const sum = row === whole ? sheet : sumLeaves(leaves, row.covers);
    checkTotalRow(row, sum, row === whole, ctx);
  }
  return whole;
}

function checkTotalRow(
  row: TotalRow,
  sum: ComputedTotal,
  isSheetTotal: boolean,
  ctx: RuleContext,
): void {
  const label = String(row.label.cell.value ?? '合计').trim();
  const what = isSheetTotal ? '总分' : `${label}（${row.covers.length} 项指标）`;
  const statedCap = row.cap ? numberOf(row.cap.reading) : null;
  if (row.cap && statedCap !== null && Math.abs(statedCap - sum.cap) > tolerance(row.cap.reading)) {
    ctx.report(
      'cap-sum-mismatch',
      row.cap.address,
      `${what}的分值为 ${num(statedCap)}，但所含指标分值合计为 ${num(sum.cap)}（相差 ${num(Math.abs(sum.cap - statedCap))}）。`,
      round(sum.cap),
      statedCap,
    );
  }
  const score = row.score;
  if (!score) return;
  const stated = numberOf(score.reading);
  if (stated !== null && statedCap !== null && stated > statedCap + tolerance(score.reading)) {
    ctx.report(
      'score-over-cap',
      score.address,
      `${what}得分 ${num(stated)} 超过其分值 ${num(statedCap)}（超出 ${num(stated - statedCap)}）；得分不能超过分值。`,
      statedCap,
      stated,
    );
  }
  if (stated !== null && Math.abs(stated - sum.score) > tolerance(score.reading)) {
    ctx.report(
      isSheetTotal ? 'total-mismatch' : 'subtotal-mismatch',
      score.address,
      `${what}应为各项得分之和 ${num(sum.score)}，表中为 ${num(stated)}（相差 ${num(Math.abs(stated - sum.score))}）。`,
      round(sum.score),
      stated,
    );
  } else if (score.reading.kind !== 'number' && score.reading.kind !== 'empty') {
    ctx.report(
      'score-not-number',
      score.address,
      `${what}「${String(score.cell.value)}」不是数字。`,
      round(sum.score),
      String(score.cell.value),
    );
  }
  ctx.compute(score, round(sum.score), isSheetTotal ? 'total' : 'subtotal');
  // The rate of the computed figures: a wrong stated cap is reported once, above, not twice.
  checkTotalRate(row, sum.score, sum.cap, what, ctx);
}

function checkTotalRate(
  row: TotalRow,
  score: number,
  cap: number,
  what: string,
  ctx: RuleContext,
): void {
  if (!row.scoreRate || cap <= 0) return;
  checkRate(
    ctx,
    row.scoreRate,
    score / cap,
    'score-rate',
    (expected, found) =>
      `${what}得分率应为 ${num(score)}÷${num(cap)} = ${expected}，表中为 ${found}。`,
  );
}

/** A total stated beside a label (自评得分 99.5) against the computed one. */
export function checkStatedTotal(stated: LabelledValue, computed: number, ctx: RuleContext): void {
  const r = stated.value.reading;
  const value = numberOf(r);
  if (value !== null && Math.abs(value - computed) > tolerance(r)) {
    ctx.report(
      'total-mismatch',
      stated.value.address,
      `${String(stated.label.cell.value).trim()} ${num(value)} 与各项得分计算的总分 ${num(computed)} 不一致（相差 ${num(Math.abs(value - computed))}）。`,
      round(computed),
      value,
    );
  }
  ctx.compute(stated.value, round(computed), 'total');
}

/** Σ caps should be the table's 满分 (100) when no total row states it. */
export function checkFullMarks(address: string, cap: number, ctx: RuleContext): void {
  const full = ctx.profile.fullMarks;
  if (Math.abs(cap - full) < 1e-6) return;
  ctx.report(
    'cap-sum-mismatch',
    address,
    `各项指标分值（含预算执行率）合计为 ${num(cap)}，应为满分 ${num(full)}（相差 ${num(Math.abs(cap - full))}）。`,
    full,
    round(cap),
  );
}
