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
