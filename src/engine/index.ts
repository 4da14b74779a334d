/**
 * The engine's public facade: a grid in, a recognised sheet with scores, findings and a
 * write plan out. Pure: no Office.js, no file I/O.
 */
export { analyzeSheet, type AnalyzeOptions } from './analyze.js';
export { NATIONAL_PROFILE } from './profile/national.js';
export { PROFILES, NATIONAL_BY_KIND, profileById } from './profile/registry.js';
export { detectProfile, type ProfileEvidence, type ProfileDetection } from './profile/detect.js';
export { executionPoints } from './profile/execution.js';
export { sourceLine } from './profile/source.js';
export type { Profile, ProfileSource, TableKind } from './profile/profile.js';
export type * from './grid.js';
export type * from './report.js';
export { cellAt, fromA1, toA1, isExcelError, EMPTY_CELL } from './grid.js';
export { RULES } from './rules/registry.js';
export type { Rule } from './rules/rule.js';
// What the adapters and the pane need beyond the analysis: the decisions about what to
// write, mark, preview, record and undo live in plan/ (adapters only translate them).
export * from './plan/fill.js';
export * from './plan/record.js';
export * from './plan/history.js';
export * from './plan/cellState.js';
export * from './plan/preview.js';
export * from './plan/resolved.js';
export * from './plan/edits.js';
export * from './plan/display.js';
export * from './severity.js';
export { rangeToA1, columnLetter } from './grid.js';
/** A figure as the messages write it: at most two decimals, no trailing zeros. */
export { num as formatScore } from './text/format.js';
