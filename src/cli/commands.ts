/**
 * One function per command. Output goes through the injected `io`, so tests run commands
 * in-process and read what a terminal would show.
 */
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PROFILES, type Profile } from '../engine/index.js';
// The file adapter itself is loaded only where files are read or written (checkFile.ts, a
// worker, --summary): a process whose worker threads check the files never needs it.
import { isLockFile } from '../file/fileFormat.js';
import type { FileTask } from './checkFile.js';
import { EXIT_FAILURE, EXIT_OK, exitCodeOf, worstExitCode, type FileResult } from './fileResult.js';
import { formatJsonReport } from './jsonReport.js';
import { planOutputs } from './outputPaths.js';
import { formatProfilesText, toJsonProfiles } from './profileList.js';
import { createProgress } from './progress.js';
import { inProcess, workerPool, type FileRunner } from './runners.js';
import { formatCsv, SUMMARY_HEADER, SUMMARY_WIDTHS, summaryRows } from './summary.js';
import { formatTextReport, formatTextSummary } from './textReport.js';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** stderr is a terminal: show a progress bar instead of one line per file. */
  readonly stderrIsTerminal?: boolean;
}

export type ReportFormat = 'text' | 'json';

export interface CheckOptions {
  readonly files: readonly string[];
  /** Only these sheets; every sheet when empty. */
  readonly sheets: readonly string[];
  readonly format: ReportFormat;
  /** The --write target (file, folder or {name} pattern), or null. */
  readonly write: string | null;
  /** Replace existing copies (--overwrite). */
  readonly overwrite: boolean;
  /** The --summary file (.xlsx or .csv), or null. */
  readonly summary: string | null;
  /** Files checked at once (--jobs). */
  readonly jobs: number;
  /** The rules every sheet is checked by (--profile); detected per sheet when null. */
  readonly profile: Profile | null;
}

/** `ziping profiles`: every registered profile with its source. */
export function profiles(format: ReportFormat, io: CliIo): number {
  io.stdout(
    format === 'json'
      ? `${JSON.stringify(toJsonProfiles(PROFILES))}\n`
      : formatProfilesText(PROFILES),
  );
  return EXIT_OK;
}

/** `ziping check`: the exit code is the worst over all files (see `worstExitCode`). */
export async function check(
  options: CheckOptions,
  io: CliIo,
  runner?: FileRunner,
): Promise<number> {
  const files = options.files.filter((file) => !isLockFile(file));
  for (const file of options.files)
    if (isLockFile(file))
      io.stderr(`跳过「${file}」：这是 Excel 或 WPS 打开工作簿时生成的临时锁文件，不是工作簿。\n`);
  if (files.length === 0) {
    io.stderr('没有可检查的工作簿。\n');
    return EXIT_FAILURE;
  }
  let outputs: ReadonlyMap<string, string> = new Map();
  if (options.write !== null) {
    const plan = planOutputs(files, options.write, await isDirectory(options.write));
    const problem = plan.ok ? await outputOverwritingInput(plan.outputs, files) : plan.message;
    if (problem !== null) {
      io.stderr(`${problem}\n`);
      return EXIT_FAILURE;
    }
    if (plan.ok) outputs = plan.outputs;
  }
  if (
    options.summary !== null &&
    files.some((f) => path.resolve(f) === path.resolve(options.summary ?? ''))
  ) {
    io.stderr(`--summary 的文件「${options.summary}」是本次要检查的文件，不会替换它。\n`);
    return EXIT_FAILURE;
  }

  const tasks: FileTask[] = files.map((file) => ({
    file,
    sheets: options.sheets,
    target: outputs.get(file) ?? null,
    overwrite: options.overwrite,
    profile: options.profile,
  }));
  const results: FileResult[] = [];
  const many = files.length > 1;
  const progress = createProgress(files.length, io.stderr, io.stderrIsTerminal ?? false);
  // Results may finish out of order (worker threads); print them in input order.
  const finished = new Map<number, FileResult>();
  const emit = (index: number, result: FileResult) => {
    finished.set(index, result);
    for (let next = results.length; finished.has(next); next = results.length) {
      const ready = finished.get(next) as FileResult;
      finished.delete(next);
      if (many) progress.before(next, ready.file);
      if (ready.failure) io.stderr(`${ready.failure.message}\n`);
      io.stdout(
        options.format === 'json' ? `${formatJsonReport(ready)}\n` : formatTextReport(ready),
      );
      if (many) progress.after(next, ready.file);
      results.push(ready);
    }
  };
  const run =
    runner ?? (options.jobs > 1 && tasks.length > 1 ? workerPool(options.jobs) : inProcess);
  await run(tasks, emit);
  progress.done();
  if (many && options.format === 'text') io.stdout(formatTextSummary(results));
  const codes = results.map(exitCodeOf);
  if (options.summary !== null) {
    const written = await writeSummary(options.summary, results);
    if (written !== null) {
      io.stderr(`${written}\n`);
      codes.push(EXIT_FAILURE);
    } else if (options.format === 'text') io.stdout(`已写出汇总表「${options.summary}」。\n`);
  }
  return worstExitCode(codes);
}

/** Null when written; the Chinese reason otherwise. */
async function writeSummary(file: string, results: readonly FileResult[]): Promise<string | null> {
  const rows = summaryRows(results);
  try {
    if (/\.csv$/i.test(file)) await writeFile(file, formatCsv([SUMMARY_HEADER, ...rows]));
    else {
      const { writeSummaryWorkbook } = await import('../file/index.js');
      await writeSummaryWorkbook(file, SUMMARY_HEADER, SUMMARY_WIDTHS, rows);
    }
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? `文件夹「${path.dirname(file)}」不存在`
        : code === 'EACCES' || code === 'EPERM'
          ? '没有写入权限'
          : String(error);
    return `无法写出汇总表「${file}」：${why}。`;
  }
}

/**
 * An output that is another name (a link) for one of the inputs: planOutputs compares
 * paths; this compares the files on disk.
 */
async function outputOverwritingInput(
  outputs: ReadonlyMap<string, string>,
  inputs: readonly string[],
): Promise<string | null> {
  const identity = async (file: string) => {
    const s = await stat(file).catch(() => null);
    return s ? `${s.dev}:${s.ino}` : null;
  };
  const inputIds = new Map<string, string>();
  for (const input of inputs) {
    const id = await identity(input);
    if (id !== null) inputIds.set(id, input);
  }
  for (const [input, output] of outputs) {
    const id = await identity(output);
    const other = id === null ? undefined : inputIds.get(id);
    if (other !== undefined && other !== input)
      return `「${input}」的副本会写到「${output}」，而它就是本次要检查的「${other}」，不会替换它；请换一个 --write 模式。`;
  }
  return null;
}

async function isDirectory(target: string): Promise<boolean> {
  return (await stat(target).catch(() => null))?.isDirectory() ?? false;
}
