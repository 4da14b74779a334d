/**
 * The engine's public facade: a grid in, a recognised sheet with scores, findings and a
 * write plan out. Pure: no Office.js, no file I/O.
 */
import type { Grid } from './grid.js';
import type { MappingOverride, SheetAnalysis } from './report.js';

export interface AnalyzeOptions {
  /** Write computed totals/rates/grade into the plan (true), or only marks (false). Default true. */
  readonly writeValues?: boolean;
  /** The user's correction of the recognised mapping. */
  readonly mapping?: MappingOverride;
}

export function analyzeSheet(grid: Grid, _options: AnalyzeOptions = {}): SheetAnalysis {
  return { status: 'unrecognised', sheet: grid.sheet, reason: '尚未实现' };
}

export type * from './grid.js';
export type * from './report.js';
export { cellAt, fromA1, toA1, isExcelError, EMPTY_CELL } from './grid.js';
