import type { AmountRow, FieldRef } from '../model.js';
import { normalizeText } from '../text/normalize.js';
import { num } from '../text/format.js';
import { numberOf, round, tolerance } from '../values/reading.js';
import type { Profile } from '../profile/profile.js';
import type { Rule } from './rule.js';
import { amountRowName } from './names.js';

const AMOUNT_ROLES = [
  ['initial', '年初预算数'],
  ['adjusted', '全年预算数'],
  ['budget', '预算数'],
  ['executed', '执行数'],
] as const;
type AmountRole = (typeof AMOUNT_ROLES)[number][0];

/** A money total is the Σ of its parts: 资金来源 / 资金结构 rows, 支出合计 = 基本 + 项目. */
export const budgetSumMismatch: Rule = {
  id: 'budget-sum-mismatch',
  severity: 'error',
  title: '预算分项合计不符',
  description:
    'a total ≠ Σ its parts: 资金来源/资金结构 rows, 支出合计 = 基本 + 项目, a 其中 part above its total, a total left 0 or blank (上年结转 may stand beside a 合计)',
  budget({ table }, ctx) {
    if (!table.total) return;
    for (const group of table.groups) {
      for (const [role, title] of AMOUNT_ROLES) {
        const totalField = table.total[role];
        const parts = group
          .map((r) => r[role])
          .filter((f): f is FieldRef => f?.reading.kind === 'number');
        if (!totalField || parts.length === 0) continue;
        const t = numberOf(totalField.reading) ?? 0;
        const sum = parts.reduce((s, f) => s + (numberOf(f.reading) ?? 0), 0);
        const tol = Math.max(
          tolerance(totalField.reading),
          ...parts.map((p) => tolerance(p.reading)),
        );
        if (group.length === 1) {
          if (sum <= t + tol) continue;
        } else if (Math.abs(sum - t) <= tol) continue;
        else if (matchesWithoutCarryOver(group, role, t, tol, ctx.profile)) continue;
        const totalName = amountRowName(table.total);
        // A blank total is not a total of 0: the message says what the sheet shows.
        const blank = totalField.reading.kind !== 'number';
        const stated = blank
          ? `「${totalName}」的${title}未填写`
          : `「${totalName}」的${title}为 ${num(t)}`;
        ctx.report(
          totalField.address,
          group.length === 1
            ? blank
              ? `${stated}，而其中「${amountRowName(group[0]!)}」为 ${num(sum)}。`
              : `${stated}，小于其中「${amountRowName(group[0]!)}」的 ${num(sum)}。`
            : `${stated}，但${groupName(group)}各项合计为 ${num(sum)}${blank ? '' : `（相差 ${num(Math.abs(sum - t))}）`}。`,
          round(sum, 2),
          totalField.reading.kind === 'number' ? t : null,
        );
      }
    }
  },
  columnSum({ sum, view }, ctx) {
    for (const row of sum.dataRows) {
      const total = view.field(row, sum.totalCol);
      const parts = sum.partCols.map((c) => view.field(row, c));
      const numbers = parts.map((p) => numberOf(p.reading));
      if (numbers.every((n) => n === null)) continue;
      const t = numberOf(total.reading);
      const s = numbers.reduce<number>((acc, n) => acc + (n ?? 0), 0);
      const tol = Math.max(tolerance(total.reading), ...parts.map((p) => tolerance(p.reading)));
      const rowLabel = view.firstText(row)?.text ?? `第 ${row + 1} 行`;
      if (sum.subset) {
        if (s <= (t ?? 0) + tol) continue;
        ctx.report(
          parts[0]!.address,
          `「${rowLabel}」其中「${sum.partLabels[0]}」${num(s)} 大于「${sum.totalLabel}」${num(t ?? 0)}；其中项不能超过总数。`,
          t,
          s,
        );
        continue;
      }
      if (t !== null && Math.abs(s - t) <= tol) continue;
      const counted = sum.partLabels.map((l) => !isCarryOver(l, ctx.profile));
      const withoutCarryOver = numbers.reduce<number>(
        (acc, n, i) => acc + (counted[i] ? (n ?? 0) : 0),
        0,
      );
      if (t !== null && counted.includes(false) && Math.abs(withoutCarryOver - t) <= tol) continue;
      ctx.report(
        total.address,
        t === null
          ? `「${rowLabel}」的「${sum.totalLabel}」未填写，但其中${sum.partLabels.join('、')}合计为 ${num(s)}。`
          : `「${rowLabel}」的「${sum.totalLabel}」为 ${num(t)}，但${sum.partLabels.join('、')}合计为 ${num(s)}（相差 ${num(Math.abs(s - t))}）。`,
        round(s, 2),
        t,
      );
    }
  },
};

function isCarryOver(label: string, profile: Profile): boolean {
  const text = normalizeText(label);
  return profile.carryOverLabels.some((l) => text.includes(l));
}

/** 上年结转 is often reported beside, not inside, a 合计 (seed 001's 收入合计). */
function matchesWithoutCarryOver(
  group: readonly AmountRow[],
  role: AmountRole,
  total: number,
  tol: number,
  profile: Profile,
): boolean {
  const counted = group.filter((r) => !isCarryOver(amountRowName(r), profile));
  if (counted.length === group.length) return false;
  const sum = counted.reduce(
    (s, r) => s + (numberOf(r[role]?.reading ?? { kind: 'empty' }) ?? 0),
    0,
  );
  return Math.abs(sum - total) <= tol;
}

/** "1、资金来源：（1）财政性资金" → "「资金来源」". */
function groupName(group: readonly AmountRow[]): string {
  const first = normalizeText(amountRowName(group[0]!));
  const match = /^\d+[、.]([^:：(]+)[:：]/.exec(first) ?? /^(其中)/.exec(first);
  return match ? `「${match[1]}」` : '其中';
}
