/** Small display helpers shared by the pane's components. */

export { rangeToA1 } from '../engine/index.js';

/** A score as accountants write it: at most two decimals, no trailing zeros. */
export function formatScore(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export { columnLetter } from '../engine/index.js';
