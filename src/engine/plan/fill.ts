/**
 * Cell fills as the plan speaks of them: the user's own, which Ziping must give back exactly, and
 * Ziping's mark colours. A fill is all five of Excel's fill properties, because "no fill" and
 * "white fill" share a colour and differ only in `pattern` (white hides the gridlines).
 */
import type { Severity } from '../report.js';

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
 * Excel's own palette: the "Bad" and "Neutral" cell-style fills and the 20 % tint of Accent 1.
 * Light enough to read the value through.
 */
export const MARK_COLOR: Readonly<Record<Severity, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

/**
 * The text colour of the same styles ("Bad" and "Neutral" fonts, Accent 1 dark): what the pane
 * uses for a severity's icon and label, so amber in the pane is the amber of the grid.
 */
export const MARK_INK: Readonly<Record<Severity, string>> = {
  error: '#9C0006',
  warning: '#9C5700',
  info: '#1F4E79',
};

export function solidFill(color: string): CellFill {
  return { ...NO_FILL, color: color.toUpperCase(), pattern: 'Solid' };
}

export function markFill(severity: Severity): CellFill {
  return solidFill(MARK_COLOR[severity]);
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

/** Gradients cannot be set back through a fill's properties, so such a cell keeps its fill and gets only a note. */
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
