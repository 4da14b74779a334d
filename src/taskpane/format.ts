/** Small display helpers shared by the pane's components. */
import { fromA1, toA1 } from '../engine/grid.js';
import type { CellRange } from '../engine/grid.js';

/** A score as accountants write it: at most two decimals, no trailing zeros. */
export function formatScore(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** "A" for column 0: how Excel's column headers name a 0-based column. */
export function columnLetter(col: number): string {
  return toA1(0, col).replace(/\d+$/, '');
}

export function rangeToA1(range: CellRange): string {
  return `${toA1(range.top, range.left)}:${toA1(range.bottom, range.right)}`;
}

/** Parses "A5:I60" (either corner first); null when it is not a range. */
export function parseRange(text: string): CellRange | null {
  const parts = text.trim().toUpperCase().split(':');
  if (parts.length !== 2) return null;
  try {
    const a = fromA1(parts[0] ?? '');
    const b = fromA1(parts[1] ?? '');
    return {
      top: Math.min(a.row, b.row),
      left: Math.min(a.col, b.col),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.col, b.col),
    };
  } catch {
    return null;
  }
}
