/**
 * Cell fills through Office.js: reading every fill property of a cell (ExcelApi 1.9) and queuing
 * one onto a range. What a fill is and which colours Ziping paints is the plan's
 * (src/engine/plan/fill.ts).
 */
import { NO_FILL, type CellFill } from '../engine/index.js';

/** What `getCellProperties({ format: { fill } })` gave, with Excel's blanks filled in. */
export function toCellFill(loaded: Excel.CellPropertiesFill | undefined): CellFill {
  return {
    color: (loaded?.color ?? NO_FILL.color).toUpperCase(),
    pattern: loaded?.pattern ?? NO_FILL.pattern,
    patternColor: (loaded?.patternColor ?? NO_FILL.patternColor).toUpperCase(),
    tintAndShade: loaded?.tintAndShade ?? 0,
    patternTintAndShade: loaded?.patternTintAndShade ?? 0,
  };
}

/** Queues `fill` onto a range's (or areas') `format.fill`. */
export function queueFill(target: Excel.RangeFill, fill: CellFill): void {
  if (fill.pattern === 'None') {
    target.clear(); // ExcelApi 1.1
    return;
  }
  // Colour first: setting it makes the fill solid, and the pattern that follows wins.
  target.color = fill.color; // ExcelApi 1.1
  target.pattern = fill.pattern as Excel.FillPattern; // ExcelApi 1.9, as the next three
  target.patternColor = fill.patternColor;
  target.tintAndShade = fill.tintAndShade;
  target.patternTintAndShade = fill.patternTintAndShade;
}
