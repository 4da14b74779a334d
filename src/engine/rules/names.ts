/** How messages name the things rules report on. */
import type { AmountRow, TotalRow } from '../model.js';

/** "总分" for the whole table's 合计, "小计（5 项指标）" for a segment. */
export function totalRowName(row: TotalRow, isWhole: boolean): string {
  const label = String(row.label.cell.value ?? '合计').trim();
  return isWhole ? '总分' : `${label}（${row.covers.length} 项指标）`;
}

/** A money row's label as written, or its row number. */
export function amountRowName(row: AmountRow): string {
  const v = row.label.cell.value;
  return typeof v === 'string' ? v.trim() : `第 ${row.row + 1} 行`;
}
