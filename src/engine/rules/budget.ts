/**
 * Money tables: 预算执行率 = 执行数 ÷ 全年预算数 (the adjusted budget, not 年初预算数), its score
 * = min(执行率, 100%) × 分值, parts that must add up to their total, spending over budget.
 */
import type { AmountRow, AmountTable, FieldRef } from '../model.js';
import { normalizeText } from '../text/normalize.js';
import { num, pct } from '../text/format.js';
import { numberOf, round, tolerance } from '../values/reading.js';
import type { RuleContext } from './context.js';
import { checkRate } from './rates.js';

export interface ExecutionScore {
  readonly cap: number;
  readonly score: number;
}

const AMOUNT_ROLES = [
  ['initial', '年初预算数'],
  ['adjusted', '全年预算数'],
  ['budget', '预算数'],
  ['executed', '执行数'],
] as const;

/** Checks every money table; returns the execution-rate score that enters the sheet total. */
export function checkAmountTables(
  tables: readonly AmountTable[],
  ctx: RuleContext,
): ExecutionScore | null {
  let execution: ExecutionScore | null = null;
  for (const table of tables) {
    const rows = [...(table.total ? [table.total] : []), ...table.groups.flat()];
    for (const row of rows) checkRow(row, ctx);
    if (table.total) {
      for (const group of table.groups) checkGroup(table.total, group, ctx);
      execution ??= executionScore(table.total, ctx);
    }
  }
  checkTasksAgainstBudget(tables, ctx);
  return execution;
}

function labelOf(row: AmountRow): string {
  const v = row.label.cell.value;
  return typeof v === 'string' ? v.trim() : `第 ${row.row + 1} 行`;
}

/** 全年预算数 when the table has it, else 预算数, else 年初预算数. */
function denominator(row: AmountRow): FieldRef | null {
  for (const f of [row.adjusted, row.budget, row.initial])
    if (f && f.reading.kind === 'number') return f;
  return null;
}

function checkRow(row: AmountRow, ctx: RuleContext): void {
  const budget = denominator(row);
  const executed = row.executed;
  const b = budget ? numberOf(budget.reading) : null;
  const e = executed ? numberOf(executed.reading) : null;
  if (b === null || e === null || !executed || !budget) return;
  if (e > b + tolerance(executed.reading)) {
    ctx.report(
      'execution-over-budget',
      executed.address,
      `「${labelOf(row)}」执行数 ${num(e)} 超过预算数 ${num(b)}（超出 ${num(e - b)}，执行率 ${pct(b > 0 ? e / b : 0)}）；请确认是否有预算调整未反映在表中。`,
      b,
      e,
    );
  }
  if (!row.rate || b <= 0) return;
  checkRate(
    ctx,
    row.rate,
    e / b,
    'execution-rate',
    (expected, found) =>
      `「${labelOf(row)}」预算执行率应为 执行数÷预算数 = ${num(e)}÷${num(b)} = ${expected}，表中为 ${found}。`,
  );
}

function checkGroup(total: AmountRow, group: readonly AmountRow[], ctx: RuleContext): void {
  const name = groupName(group);
  for (const [role, title] of AMOUNT_ROLES) {
    const totalField = total[role];
    const parts = group
      .map((r) => r[role])
      .filter((f): f is FieldRef => f?.reading.kind === 'number');
    if (!totalField || parts.length === 0) continue;
    const t = numberOf(totalField.reading) ?? 0;
    const sum = parts.reduce((s, f) => s + (numberOf(f.reading) ?? 0), 0);
    const tol = Math.max(tolerance(totalField.reading), ...parts.map((p) => tolerance(p.reading)));
    if (group.length === 1) {
      if (sum <= t + tol) continue;
    } else if (Math.abs(sum - t) <= tol) continue;
    else if (matchesWithoutCarryOver(group, role, t, tol, ctx)) continue;
    ctx.report(
      'budget-sum-mismatch',
      totalField.address,
      group.length === 1
        ? `「${labelOf(total)}」的${title}为 ${num(t)}，小于其中「${labelOf(group[0]!)}」的 ${num(sum)}。`
        : `「${labelOf(total)}」的${title}为 ${num(t)}，但${name}各项合计为 ${num(sum)}（相差 ${num(Math.abs(sum - t))}）。`,
      round(sum, 2),
      totalField.reading.kind === 'number' ? t : null,
    );
  }
}

/** 上年结转 is often reported beside, not inside, a 合计 (seed 001's 收入合计). */
function matchesWithoutCarryOver(
  group: readonly AmountRow[],
  role: (typeof AMOUNT_ROLES)[number][0],
  total: number,
  tol: number,
  ctx: RuleContext,
): boolean {
  const counted = group.filter(
    (r) => !ctx.profile.carryOverLabels.some((l) => normalizeText(labelOf(r)).includes(l)),
  );
  if (counted.length === group.length) return false;
  const sum = counted.reduce(
    (s, r) => s + (numberOf(r[role]?.reading ?? { kind: 'empty' }) ?? 0),
    0,
  );
  return Math.abs(sum - total) <= tol;
}

/** "1、资金来源：（1）财政性资金" → "资金来源". */
function groupName(group: readonly AmountRow[]): string {
  const first = normalizeText(labelOf(group[0]!));
  const match = /^\d+[、.]([^:：(]+)[:：]/.exec(first) ?? /^(其中)/.exec(first);
  return match ? `「${match[1]}」` : '其中';
}

function executionScore(total: AmountRow, ctx: RuleContext): ExecutionScore | null {
  const cap = total.cap ? numberOf(total.cap.reading) : null;
  const budget = denominator(total);
  const b = budget ? numberOf(budget.reading) : null;
  const e = total.executed ? numberOf(total.executed.reading) : null;
  if (cap === null || b === null || e === null || b <= 0) return null;
  const rate = e / b;
  const score = Math.min(rate, 1) * cap;
  const field = total.score;
  if (field) {
    const stated = numberOf(field.reading);
    if (stated !== null && Math.abs(stated - score) > tolerance(field.reading)) {
      ctx.report(
        'score-rule-deviation',
        field.address,
        `预算执行率得分应为 min(执行率, 100%)×分值 = ${pct(Math.min(rate, 1))}×${num(cap)} = ${num(score)} 分，表中为 ${num(stated)} 分；总分按 ${num(score)} 分计。`,
        round(score),
        stated,
        round(score),
      );
    }
    if (stated === null || Math.abs(stated - score) > tolerance(field.reading)) {
      ctx.compute(field, round(score), 'execution-score');
    }
  }
  return { cap, score };
}

/** 年度主要任务 budgets should add up to the department's 年初预算数 (seed 000: 470.46 vs 470.64). */
function checkTasksAgainstBudget(tables: readonly AmountTable[], ctx: RuleContext): void {
  const main = tables.find(
    (t) => t.total && (t.total.initial ?? t.total.budget)?.reading.kind === 'number',
  );
  const target = main?.total ? (main.total.initial ?? main.total.budget) : null;
  if (!main || !target) return;
  const t = numberOf(target.reading) ?? 0;
  for (const table of tables) {
    if (table.total) continue;
    const rows = table.groups.flat();
    const fields = rows
      .map((r) => r.budget ?? r.initial)
      .filter((f): f is FieldRef => f?.reading.kind === 'number');
    if (fields.length < 2) continue;
    const sum = fields.reduce((s, f) => s + (numberOf(f.reading) ?? 0), 0);
    if (Math.abs(sum - t) <= tolerance(target.reading)) continue;
    ctx.report(
      'task-budget-mismatch',
      target.address,
      `「${table.title || '任务'}」所列 ${fields.length} 项预算合计为 ${num(sum)}，与「${labelOf(main.total!)}」的 ${num(t)} 不一致（相差 ${num(Math.abs(sum - t))}）；请核对是否有任务漏列或数字录入错误。`,
      round(sum, 2),
      t,
    );
  }
}
