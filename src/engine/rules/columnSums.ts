/** "支出合计 = 基本支出 + 项目支出", "其中：财政资金 ≤ 预算资金": header totals, row by row. */
import type { ColumnSum } from '../model.js';
import type { SheetView } from '../recognize/sheetView.js';
import { num } from '../text/format.js';
import { numberOf, round, tolerance } from '../values/reading.js';
import type { RuleContext } from './context.js';

export function checkColumnSums(
  sums: readonly ColumnSum[],
  view: SheetView,
  ctx: RuleContext,
): void {
  for (const sum of sums) for (const row of sum.dataRows) checkRow(sum, row, view, ctx);
}

function checkRow(sum: ColumnSum, row: number, view: SheetView, ctx: RuleContext): void {
  const total = view.field(row, sum.totalCol);
  const parts = sum.partCols.map((c) => view.field(row, c));
  const numbers = parts.map((p) => numberOf(p.reading));
  if (numbers.every((n) => n === null)) return;
  const t = numberOf(total.reading);
  const s = numbers.reduce<number>((acc, n) => acc + (n ?? 0), 0);
  const tol = Math.max(tolerance(total.reading), ...parts.map((p) => tolerance(p.reading)));
  const rowLabel = view.firstText(row)?.text ?? `第 ${row + 1} 行`;
  if (sum.subset) {
    if (s <= (t ?? 0) + tol) return;
    ctx.report(
      'budget-sum-mismatch',
      parts[0]!.address,
      `「${rowLabel}」其中「${sum.partLabels[0]}」${num(s)} 大于「${sum.totalLabel}」${num(t ?? 0)}；其中项不能超过总数。`,
      t,
      s,
    );
    return;
  }
  if (t !== null && Math.abs(s - t) <= tol) return;
  const counted = sum.partLabels.map(
    (l) => !ctx.profile.carryOverLabels.some((c) => l.includes(c)),
  );
  const withoutCarryOver = numbers.reduce<number>(
    (acc, n, i) => acc + (counted[i] ? (n ?? 0) : 0),
    0,
  );
  if (t !== null && counted.includes(false) && Math.abs(withoutCarryOver - t) <= tol) return;
  ctx.report(
    'budget-sum-mismatch',
    total.address,
    t === null
      ? `「${rowLabel}」的「${sum.totalLabel}」未填写，但其中${sum.partLabels.join('、')}合计为 ${num(s)}。`
      : `「${rowLabel}」的「${sum.totalLabel}」为 ${num(t)}，但${sum.partLabels.join('、')}合计为 ${num(s)}（相差 ${num(Math.abs(s - t))}）。`,
    round(s, 2),
    t,
  );
}
