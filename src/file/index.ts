/** The file adapter: workbooks on disk ⇄ the engine's grids and write plans. */
export {
  readWorkbook,
  type ReadWorkbook,
  type ReadOptions,
  type XlsxPackage,
} from './readWorkbook.js';
export {
  applyPlans,
  MARK_FILL_ARGB,
  NOTE_HEADING,
  type AppliedPlan,
  type SheetWrite,
} from './applyPlan.js';
export { writeCheckedCopy } from './checkedCopy.js';
export { saveCopy } from './saveCopy.js';
export { writeSummaryWorkbook } from './summaryWorkbook.js';
export { FORMAT_NAME, isLockFile, type WorkbookFormat } from './fileFormat.js';
export { WorkbookError, isWorkbookError, type WorkbookErrorCode } from './errors.js';
