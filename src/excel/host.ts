/**
 * The Office globals the adapter uses, passed in rather than read from `window`, so the
 * ribbon and pane give it the real `Excel`/`Office` and the tests and demo page give it the
 * in-memory fake (src/excel/fake/).
 */
import type { RequirementsHost } from './capabilities.js';

export interface ExcelHost {
  readonly Excel: Pick<typeof Excel, 'run'>;
  readonly Office: RequirementsHost;
}
