/**
 * One function per command. Output goes through the injected `io`, so tests run commands
 * in-process and read what a terminal would show.
 */
import { stat } from 'node:fs/promises';
import { analyzeSheet } from '../engine/index.js';
import type { SheetAnalysis } from '../engine/report.js';
import { applyPlan } from '../file/applyPlan.js';
import { isWorkbookError } from '../file/errors.js';
import { readWorkbook } from '../file/readWorkbook.js';
import { saveCopy } from '../file/saveCopy.js';
import { EXIT_FAILURE, exitCodeOf, type FileFailure, type FileResult } from './fileResult.js';
import { formatJsonReport } from './jsonReport.js';
import { planOutputs } from './outputPaths.js';
import { formatTextReport, formatTextSummary } from './textReport.js';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export type ReportFormat = 'text' | 'json';

export interface CheckOptions {
  readonly files: readonly string[];
  /** Only these sheets; every sheet when empty. */
  readonly sheets: readonly string[];
  readonly format: ReportFormat;
  /** The --write target (file, folder or {name} pattern), or null. */
  readonly write: string | null;
}

/** `ziping check`: the exit code is the worst over all files (see `exitCodeOf`). */
export async function check(options: CheckOptions, io: CliIo): Promise<number> {
  let outputs: ReadonlyMap<string, string> = new Map();
  if (options.write !== null) {
    const plan = planOutputs(options.files, options.write, await isDirectory(options.write));
    if (!plan.ok) {
      io.stderr(`${plan.message}\n`);
      return EXIT_FAILURE;
    }
    outputs = plan.outputs;
  }

  const results: FileResult[] = [];
  const many = options.files.length > 1;
  for (const [i, file] of options.files.entries()) {
    if (many) io.stderr(`[${i + 1}/${options.files.length}] 检查「${file}」…\n`);
    const result = await checkFile(file, options.sheets, outputs.get(file) ?? null);
    if (result.failure) io.stderr(`${result.failure.message}\n`);
    io.stdout(
      options.format === 'json' ? `${formatJsonReport(result)}\n` : formatTextReport(result),
    );
    results.push(result);
  }
  if (many && options.format === 'text') io.stdout(formatTextSummary(results));
  return Math.max(...results.map(exitCodeOf));
}

/** Reads, analyses and (with a target) writes one file; never throws. */
export async function checkFile(
  file: string,
  sheets: readonly string[],
  target: string | null,
): Promise<FileResult> {
  let analyses: SheetAnalysis[] = [];
  try {
    const { workbook, grids } = await readWorkbook(file, { sheets });
    analyses = grids.map((grid) => analyzeSheet(grid));
    if (target === null) return { file, analyses, written: null, failure: null };
    for (const analysis of analyses) {
      const worksheet = workbook.getWorksheet(analysis.sheet);
      if (analysis.status === 'recognised' && worksheet) applyPlan(worksheet, analysis.plan, file);
    }
    await saveCopy(workbook, target, file);
    return { file, analyses, written: target, failure: null };
  } catch (error) {
    return { file, analyses, written: null, failure: failureOf(file, error) };
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

async function isDirectory(target: string): Promise<boolean> {
  return (await stat(target).catch(() => null))?.isDirectory() ?? false;
}
