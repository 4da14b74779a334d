/**
 * The Excel adapter: the only code that calls Office.js. The pane and the ribbon use
 * `createExcelActions({ Excel, Office })`; the demo page and the tests pass the fake from
 * ./fake/ instead.
 */
export { createExcelActions, type AdapterOptions } from './excelActions.js';
export { MINIMUM_REQUIREMENT, UNSUPPORTED_HOST_MESSAGE } from './capabilities.js';
export { NOTE_TAG } from './annotations.js';
export { MARK_COLOR } from '../engine/index.js';
export type { ExcelHost } from './host.js';
