/**
 * Checking one file: read, analyse every sheet asked for, and with a target write the marked
 * copy. Never throws: whatever goes wrong becomes the result's failure. Runs on the main
 * thread or in a worker (see workerPool.ts).
 */
import { analyzeSheet, type Profile } from '../engine/index.js';
import type { SheetAnalysis } from '../engine/index.js';
// The reader only: the writer is loaded when a copy is asked for (--write), so a worker
// that only checks never loads it.
import { isWorkbookError } from '../file/errors.js';
import type { WorkbookFormat } from '../file/fileFormat.js';
import { readWorkbook } from '../file/readWorkbook.js';
import type { FileFailure, FileResult } from './fileResult.js';

export interface FileTask {
  readonly file: string;
  /** Only these sheets; every sheet when empty. */
  readonly sheets: readonly string[];
  /** Where the marked copy goes, or null. */
  readonly target: string | null;
  /** Replace an existing copy. */
  readonly overwrite: boolean;
  /**
   * The rules every sheet is checked by; detected per sheet when null. Plain data, so it
   * crosses to a worker thread whole.
   */
  readonly profile: Profile | null;
}

export async function checkFile(task: FileTask): Promise<FileResult> {
  const { file, sheets, target, profile } = task;
  let analyses: SheetAnalysis[] = [];
  let format: WorkbookFormat | null = null;
  try {
    const workbook = await readWorkbook(file, { sheets });
    format = workbook.format;
    const options = profile === null ? {} : { profile };
    analyses = workbook.grids.map((grid) => analyzeSheet(grid, options));
    const recognised = analyses.flatMap((a) => (a.status === 'recognised' ? [a] : []));
    // No 自评表 on any sheet: nothing to mark, so no copy (the exit code says so).
    if (target === null || recognised.length === 0)
      return { file, format, analyses, written: null, failure: null };
    const { writeCheckedCopy } = await import('../file/index.js');
    await writeCheckedCopy(
      workbook,
      recognised.map((a) => ({ sheet: a.sheet, plan: a.plan })),
      file,
      target,
      { overwrite: task.overwrite },
    );
    return { file, format, analyses, written: target, failure: null };
  } catch (error) {
    return { file, format, analyses, written: null, failure: failureOf(file, error) };
  }
}

function failureOf(file: string, error: unknown): FileFailure {
  if (isWorkbookError(error)) return { code: error.code, message: error.message };
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    code: 'internal',
    message: `检查「${file}」时自评助手出错（这是程序缺陷，请报告）：${detail}`,
  };
}
