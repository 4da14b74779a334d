/**
 * What checking one file produced: the analyses of the sheets read, the copy written, or
 * why the file could not be read or written. Both report formats and the exit code read it.
 */
import type { SheetAnalysis } from '../engine/report.js';
import type { WorkbookErrorCode } from '../file/errors.js';

export interface FileFailure {
  /** `internal` is a bug in Ziping (e.g. the engine threw), reported rather than crashing the run. */
  readonly code: WorkbookErrorCode | 'internal';
  /** Chinese, naming the file. */
  readonly message: string;
}

export interface FileResult {
  readonly file: string;
  /** One per sheet read, in workbook order; empty when the file could not be read. */
  readonly analyses: readonly SheetAnalysis[];
  /** Path of the copy written with --write, or null. */
  readonly written: string | null;
  readonly failure: FileFailure | null;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;

/** 0 no error-level finding, 1 an error-level finding, 2 the file could not be read or written. */
export function exitCodeOf(result: FileResult): number {
  if (result.failure) return EXIT_FAILURE;
  const hasError = result.analyses.some(
    (a) => a.status === 'recognised' && a.findings.some((f) => f.severity === 'error'),
  );
  return hasError ? EXIT_FINDINGS : EXIT_OK;
}
