/**
 * What checking one file produced: the analyses of the sheets read, the copy written, or
 * why the file could not be read or written. Both report formats, the summary and the exit
 * code read it; it crosses from worker threads as plain data.
 */
import type { SheetAnalysis } from '../engine/index.js';
import type { WorkbookErrorCode, WorkbookFormat } from '../file/index.js';

export interface FileFailure {
  /** `internal` is a bug in Ziping (e.g. the engine threw), reported rather than crashing the run. */
  readonly code: WorkbookErrorCode | 'internal';
  /** Chinese, naming the file. */
  readonly message: string;
}

export interface FileResult {
  readonly file: string;
  /** What the file was read as; null when it could not be read. */
  readonly format: WorkbookFormat | null;
  /** One per sheet read, in workbook order; empty when the file could not be read. */
  readonly analyses: readonly SheetAnalysis[];
  /** Path of the copy written with --write, or null. */
  readonly written: string | null;
  readonly failure: FileFailure | null;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_FAILURE = 2;
export const EXIT_NO_TABLE = 3;

/**
 * 0 no error-level finding, 1 an error-level finding, 2 the file could not be read or
 * written, 3 no 自评表 recognised on any sheet.
 */
export function exitCodeOf(result: FileResult): number {
  if (result.failure) return EXIT_FAILURE;
  if (!hasRecognisedSheet(result)) return EXIT_NO_TABLE;
  const hasError = result.analyses.some(
    (a) => a.status === 'recognised' && a.findings.some((f) => f.severity === 'error'),
  );
  return hasError ? EXIT_FINDINGS : EXIT_OK;
}

export function hasRecognisedSheet(result: FileResult): boolean {
  return result.analyses.some((a) => a.status === 'recognised');
}

/** How bad each code is for a batch: a file not read is worst, then one not recognised, then errors. */
const EXIT_RANK: Readonly<Record<number, number>> = {
  [EXIT_OK]: 0,
  [EXIT_FINDINGS]: 1,
  [EXIT_NO_TABLE]: 2,
  [EXIT_FAILURE]: 3,
};

/** The exit code of a batch: the worst file's. */
export function worstExitCode(codes: readonly number[]): number {
  return codes.reduce(
    (worst, code) => ((EXIT_RANK[code] ?? 3) > (EXIT_RANK[worst] ?? 3) ? code : worst),
    EXIT_OK,
  );
}
