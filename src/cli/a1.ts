/** A1 notation for ranges, for reports ("A5:I60"); single cells come from the engine's `toA1`. */
import { toA1, type CellRange } from '../engine/grid.js';

export function rangeToA1(range: CellRange): string {
  const start = toA1(range.top, range.left);
  const end = toA1(range.bottom, range.right);
  return start === end ? start : `${start}:${end}`;
}
