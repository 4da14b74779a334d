/**
 * npm run bench [-- --sizes 1000,10000,100000 --cli-sizes 1000,10000 --runs 5]
 *
 * Times the engine on synthetic 自评表 of growing size (in memory), then `ziping check`
 * end to end in-process (read + analyse + report) against ExcelJS merely loading the same
 * .xlsx. Prints figures against the goals of issue 2; asserts nothing (timings belong to the
 * machine, not to the tests).
 *
 * The file comparison stops at 10,000 rows by default: ExcelJS handles merged areas in
 * quadratic time (each new merge is checked against every earlier one, when writing and
 * when loading), so a 100,000-row sheet with its ~22,000 merged level cells takes minutes
 * to write and to load. Ask for it with --cli-sizes 100000.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { check } from '../src/cli/commands.js';
import { analyzeSheet } from '../src/engine/index.js';
import { writeGridsAsXlsx } from '../test/support/gridWorkbook.js';
import { buildSyntheticSheet } from '../test/support/syntheticSheet.js';

const GOAL_100K_MS = 1000;
const GOAL_SCALING = 12; // 10× the rows costs at most 12× the time
const GOAL_CLI_OVER_LOAD = 1.3;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    'cli-sizes': { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '5' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const cliSizes = values['cli-sizes'].split(',').map(Number);
const runs = Math.max(1, Number(values.runs));

/** Fastest wall time of `times` calls, after one untimed warm-up call. */
async function time(fn: () => unknown, times = runs): Promise<number> {
  await fn();
  const [taken] = await samples([fn], times);
  return fastest(taken as number[]);
}

/** `times` rounds, each calling every function once in turn, so none always runs on a warmer heap. */
async function samples(fns: readonly (() => unknown)[], times: number): Promise<number[][]> {
  const taken: number[][] = fns.map(() => []);
  for (let i = 0; i < times; i++) {
    for (const [j, fn] of fns.entries()) {
      const start = performance.now();
      await fn();
      taken[j]?.push(performance.now() - start);
    }
  }
  return taken;
}

/**
 * The fastest run: on a shared machine other processes and the collector's timing only ever
 * add time, so the minimum is the steadiest estimate of what the code itself costs.
 */
function fastest(values: readonly number[]): number {
  return Math.min(...values);
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const verdict = (ok: boolean) => (ok ? '达标 ✓' : '未达标 ✗');
const pad = (s: string, n: number) => s.padStart(n);

console.log(
  `自评助手 benchmark — Node ${process.version}, ${runs} timed run(s) per figure (fastest)\n`,
);

// 1. The engine alone, on grids built in memory.
console.log('引擎 engine: analyzeSheet on synthetic indicator tables');
const engineMs = new Map<number, number>();
for (const size of sizes) {
  const { grid } = buildSyntheticSheet(size);
  const analysis = analyzeSheet(grid);
  const taken = await time(() => analyzeSheet(grid));
  engineMs.set(size, taken);
  const seen =
    analysis.status === 'recognised'
      ? `${analysis.indicators} indicators, total ${analysis.total?.score?.toFixed(2) ?? '—'}, ${analysis.findings.length} findings`
      : `NOT RECOGNISED: ${analysis.reason}`;
  console.log(`  ${pad(size.toLocaleString('en'), 8)} rows  ${pad(ms(taken), 10)}   (${seen})`);
}
for (let i = 1; i < sizes.length; i++) {
  const [small, large] = [sizes[i - 1] as number, sizes[i] as number];
  const ratio = (engineMs.get(large) as number) / (engineMs.get(small) as number);
  const rows = large / small;
  const goal = (GOAL_SCALING * rows) / 10;
  console.log(
    `  ${small.toLocaleString('en')} → ${large.toLocaleString('en')} rows: ×${ratio.toFixed(1)} time for ×${rows} rows (goal ≤ ×${goal}) ${verdict(ratio <= goal)}`,
  );
}
const at100k = engineMs.get(100_000);
if (at100k !== undefined)
  console.log(
    `  100,000 rows in ${ms(at100k)} (goal < ${GOAL_100K_MS} ms) ${verdict(at100k < GOAL_100K_MS)}`,
  );

// 2. The CLI end to end against ExcelJS merely loading the file.
console.log('\n命令行 CLI: ziping check in-process (read + analyse + text report) vs ExcelJS load');
const dir = mkdtempSync(path.join(tmpdir(), 'ziping-bench-'));
const silent = { stdout: () => {}, stderr: () => {} };
try {
  for (const size of cliSizes) {
    const file = path.join(dir, `synthetic-${size}.xlsx`);
    const writeStart = performance.now();
    await writeGridsAsXlsx([buildSyntheticSheet(size).grid], file);
    const written = performance.now() - writeStart;
    const load = () => new ExcelJS.Workbook().xlsx.readFile(file);
    const cli = () =>
      check(
        {
          files: [file],
          sheets: [],
          format: 'text',
          write: null,
          overwrite: false,
          summary: null,
          jobs: 1,
        },
        silent,
      );
    // Beyond 10,000 rows a load takes many seconds (see the merges note above); one round
    // is enough there.
    const rounds = size > 10_000 ? 1 : runs;
    const [loads, checks] = (await samples([load, cli], rounds)).map(fastest);
    const [bare, cliMs] = [loads as number, checks as number];
    const ratio = cliMs / bare;
    const kb = Math.round(statSync(file).size / 1024);
    console.log(
      `  ${pad(size.toLocaleString('en'), 8)} rows (${kb} KB, written in ${ms(written)}): load ${ms(bare)}, check ${ms(cliMs)}, ×${ratio.toFixed(2)} (goal ≤ ×${GOAL_CLI_OVER_LOAD}) ${verdict(ratio <= GOAL_CLI_OVER_LOAD)}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
