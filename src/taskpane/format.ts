/** Small display helpers shared by the pane's components. */
import { toA1 } from '../engine/grid.js';

export { rangeToA1 } from '../excel/address.js';

/** A score as accountants write it: at most two decimals, no trailing zeros. */
export function formatScore(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** "A" for column 0: how Excel's column headers name a 0-based column. */
export function columnLetter(col: number): string {
  return toA1(0, col).replace(/\d+$/, '');
}
