/**
 * Cell fills: the user's own, which Ziping must give back exactly, and Ziping's mark colours.
 * A fill is all five `RangeFill` properties (ExcelApi 1.9), because "no fill" and "white fill"
 * share a colour and differ only in `pattern` (white hides the gridlines).
 */
import type { Severity } from '../engine/report.js';

export interface CellFill {
  readonly color: string;
  readonly pattern: string;
  readonly patternColor: string;
  readonly tintAndShade: number;
  readonly patternTintAndShade: number;
}

export const NO_FILL: CellFill = {
  color: '#FFFFFF',
  pattern: 'None',
  patternColor: '#000000',
  tintAndShade: 0,
  patternTintAndShade: 0,
};

/**
 * Excel's own palette, as in the file adapter: the "Bad" and "Neutral" cell-style fills and the
 * 20 % tint of Accent 1. Light enough to read the value through.
 */
export const MARK_COLOR: Readonly<Record<Severity, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

export function solidFill(color: string): CellFill {
  return { ...NO_FILL, color: color.toUpperCase(), pattern: 'Solid' };
}

export function markFill(severity: Severity): CellFill {
  return solidFill(MARK_COLOR[severity]);
}

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

export function sameFill(a: CellFill, b: CellFill): boolean {
  if (a.pattern === 'None' && b.pattern === 'None') return true;
  return (
    a.pattern === b.pattern &&
    a.color.toUpperCase() === b.color.toUpperCase() &&
    a.patternColor.toUpperCase() === b.patternColor.toUpperCase() &&
    a.tintAndShade === b.tintAndShade &&
    a.patternTintAndShade === b.patternTintAndShade
  );
}

/** Gradients cannot be set back through `RangeFill`, so such a cell keeps its fill and gets only a note. */
export function canRestore(fill: CellFill): boolean {
  return fill.pattern !== 'LinearGradient' && fill.pattern !== 'RectangularGradient';
}

/** A stable key for grouping cells that get the same fill into one multi-area range. */
export function fillKey(fill: CellFill): string {
  return fill.pattern === 'None'
    ? 'None'
    : [fill.pattern, fill.color, fill.patternColor, fill.tintAndShade, fill.patternTintAndShade]
        .join('|')
        .toUpperCase();
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
