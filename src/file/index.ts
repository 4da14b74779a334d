/** The file adapter: .xlsx on disk ⇄ the engine's grids and write plans, via ExcelJS. */
export { readWorkbook, loadWorkbook, type ReadWorkbook, type ReadOptions } from './readWorkbook.js';
export { worksheetToGrid } from './worksheetGrid.js';
export { applyPlan, MARK_FILL_ARGB, NOTE_HEADING, type AppliedPlan } from './applyPlan.js';
export { saveCopy } from './saveCopy.js';
export { WorkbookError, isWorkbookError, type WorkbookErrorCode } from './errors.js';
