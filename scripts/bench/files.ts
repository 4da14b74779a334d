/**
 * The file and CLI figures of issue 7, each `ziping check` a real process running the
 * compiled CLI (dist/, as users run it), timed on the wall clock with its peak memory:
 *
 * - a 自评表 beside a 200,000-row data sheet: check against a bare ExcelJS load of the same
 *   file (goal ≤ 0.6×, ≤ 350 MB), and --write against the check (goal ≤ 1.5×);
 * - 500 seed-sized workbooks (the five examples, 100 copies each) with --jobs 2 (goal ≤ 4 s).
 *
 * The big workbook is built here with ExcelJS's streaming writer, never committed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { toA1, type Grid } from '../../src/engine/grid.js';
import { exampleGrid } from '../../test/support/grids.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const CLI = path.join(root, 'dist', 'cli', 'main.js');
const PEAK = path.join(here, 'peakMemory.mjs');
/** The Node options bin/ziping.js gives itself in its #! line, so the CLI runs as users run it. */
const CLI_NODE_OPTIONS =
  /^#!.*?\bnode\b(.*)$/m
    .exec(readFileSync(path.join(root, 'bin', 'ziping.js'), 'utf8'))?.[1]
    ?.trim()
    .split(/\s+/)
    .filter(Boolean) ?? [];

/** What issue 7 measured with the ExcelJS-based adapter, and its goals. */
export const BASELINE = {
  checkMs: 8000,
  checkMb: 760,
  writeMs: 19_500,
  writeMb: 1900,
  batchMs: 8200,
};
export const GOALS = { checkOverLoad: 0.6, checkMb: 350, writeOverCheck: 1.5, batchMs: 4000 };

export interface Measured {
  readonly ms: number;
  readonly mb: number;
  /** CPU time of all the process's threads: what the run costs whatever else the machine does. */
  readonly cpuMs: number;
  readonly code: number | null;
}

/** Runs `node [options] --import peakMemory script ...args`: wall time and peak memory. */
function measure(script: string, args: readonly string[]): Measured {
  const options = script === CLI ? CLI_NODE_OPTIONS : [];
  const start = performance.now();
  const run = spawnSync(process.execPath, [...options, '--import', PEAK, script, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - start;
  const usage = /peak-rss-kb (\d+) cpu-us (\d+)/.exec(run.stderr);
  if (!usage || (run.status !== null && run.status > 3)) throw new Error(run.stderr.slice(-2000));
  return { ms, mb: Number(usage[1]) / 1024, cpuMs: Number(usage[2]) / 1000, code: run.status };
}

function fastestOf(times: number, run: () => Measured): Measured {
  const runs = Array.from({ length: times }, run);
  return runs.reduce((best, r) => (r.ms < best.ms ? r : best));
}

/** Seed 000's 自评表, then a data sheet of `rows` expense lines (dates, amounts, texts). */
export async function writeBigWorkbook(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  writeGrid(workbook.addWorksheet('自评表'), exampleGrid('shangjie-2021.xlsx'));
  const data = workbook.addWorksheet('支出明细');
  data.addRow(['日期', '科目编码', '摘要', '金额', '数量', '单价', '科室', '核对']).commit();
  const offices = ['办公室', '财务科', '应急科', '安监科', '法规科'];
  for (let i = 0; i < rows; i++) {
    const row = data.addRow([
      new Date(Date.UTC(2021, i % 12, 1 + (i % 28))),
      `3020${i % 50}`,
      `支付第${i + 1}笔款项`,
      Math.round(i * 13.37) / 100,
      i % 17,
      1.5 + (i % 7),
      offices[i % offices.length],
      i % 3 === 0 ? '已核对' : null,
    ]);
    row.getCell(1).numFmt = 'yyyy-mm-dd';
    row.getCell(4).numFmt = '#,##0.00';
    row.commit();
  }
  data.commit();
  await workbook.commit();
}

function writeGrid(sheet: ExcelJS.Worksheet, grid: Grid): void {
  grid.cells.forEach((cells, r) => {
    const row = sheet.getRow(grid.origin.row + r + 1);
    cells.forEach((cell, c) => {
      if (cell.value === null) return;
      const target = row.getCell(grid.origin.col + c + 1);
      target.value =
        typeof cell.value === 'object'
          ? ({ error: cell.value.error } as ExcelJS.CellErrorValue)
          : cell.value;
      if (cell.format) target.numFmt = cell.format;
    });
  });
  // Merged before any row is committed: the streaming writer cannot reach a committed row.
  for (const m of grid.merges)
    sheet.mergeCells(`${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`);
  sheet.commit();
}

export interface BigFigures {
  readonly kb: number;
  readonly load: Measured;
  readonly check: Measured;
  readonly write: Measured;
}

export async function measureBigWorkbook(rows: number, runs: number): Promise<BigFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ziping-bench-big-'));
  try {
    const file = path.join(dir, '自评表-含明细.xlsx');
    await writeBigWorkbook(file, rows);
    const copy = path.join(dir, '自评表-含明细-已检查.xlsx');
    // The baseline takes half a minute; once is enough, the ratios are read against its CPU time too.
    const load = measure(path.join(here, 'loadWithExcelJs.mjs'), [file]);
    const check = fastestOf(runs, () => measure(CLI, ['check', file]));
    const write = fastestOf(runs, () =>
      measure(CLI, ['check', file, '--write', copy, '--overwrite']),
    );
    return { kb: Math.round(statSync(file).size / 1024), load, check, write };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function measureBatch(
  copies: number,
  jobs: number,
  runs: number,
): Measured & { files: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ziping-bench-batch-'));
  try {
    const examples = path.join(root, 'examples');
    for (const name of readdirSync(examples).filter((f) => f.endsWith('.xlsx')))
      for (let i = 1; i <= copies; i++)
        copyFileSync(
          path.join(examples, name),
          path.join(dir, `${path.basename(name, '.xlsx')}-${i}.xlsx`),
        );
    const files = readdirSync(dir).map((f) => path.join(dir, f));
    const measured = fastestOf(runs, () =>
      measure(CLI, ['check', ...files, '--jobs', String(jobs), '--format', 'json']),
    );
    return { ...measured, files: files.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
