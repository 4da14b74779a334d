/**
 * How a rate column writes a figure that carries no % of its own: "90" under 执行率(%) is 90 %,
 * and so is a bare 90 among others like it; "0.9" or "1.6" among 0.95 and 1 is a fraction
 * (1.6 = 160 %). Judged once per column, from its header and its figures, never per cell.
 */
import type { RateScale } from '../model.js';
import type { SheetView } from './sheetView.js';

/** A plain figure above this can only be a percentage number (no rate is 150-fold). */
const FRACTION_LIMIT = 1.5;

export function rateScale(
  view: SheetView,
  headerRows: { first: number; last: number },
  col: number,
  rows: Iterable<number>,
  /** Where the header stands when not above the figures (a label left of its figure). */
  headerCol = col,
): RateScale {
  for (let r = headerRows.first; r <= headerRows.last; r++)
    if (/%|百分比/.test(view.mergedText(r, headerCol))) return 'percent';
  let fractions = 0;
  let percents = 0;
  for (const row of rows) {
    const reading = view.reading(row, col);
    if (reading.kind !== 'number' || reading.percent) continue;
    if (reading.value > FRACTION_LIMIT) percents++;
    else if (reading.value > 0) fractions++;
  }
  return percents > fractions ? 'percent' : 'fraction';
}
