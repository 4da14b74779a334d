/**
 * `ziping check` with the real engine on the five example workbooks (examples/*.xlsx, built
 * from the seeds): the figures issue 2 says must hold, read from the JSON report, and the
 * --write copies: everything outside the write plan unchanged, merges kept, LibreOffice opens them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../../src/cli/checkFile.js';
import type { JsonFileReport, JsonSheet } from '../../src/cli/jsonReport.js';
import { cellAt, fromA1, toA1, type Grid } from '../../src/engine/grid.js';
import { readWorkbook } from '../../src/file/readWorkbook.js';
import { runZiping } from '../support/cliHarness.js';
import { useTempDir } from '../support/tempDir.js';

const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');
const example = (name: string) => path.join(examples, `${name}.xlsx`);
const EXAMPLES = [
  'shangjie-2021',
  'yunxi-2021',
  'longgang-2020',
  'lianyungang-2021',
  'guangzhou-2022',
];
const tmp = useTempDir('ziping-examples-');

async function report(name: string): Promise<{ code: number; report: JsonFileReport }> {
  const run = await runZiping('check', example(name), '--format', 'json');
  return { code: run.code, report: JSON.parse(run.stdout) as JsonFileReport };
}

const sheet = (r: JsonFileReport, name: string) =>
  r.sheets.find((s) => s.sheet === name) as JsonSheet;
const errors = (s: JsonSheet) => s.findings.filter((f) => f.severity === 'error');
const rowOf = (address: string) => fromA1(address).row;

describe('the example workbooks through ziping check', () => {
  it('上街区 2021: 45 indicators, 99.5 of 100, 优, no error, the two known warnings', async () => {
    const { code, report: r } = await report('shangjie-2021');
    expect(code).toBe(0);
    const [s] = r.sheets;
    expect(s).toMatchObject({
      indicators: 45,
      total: { score: 99.5, cap: 100, stated: 99.5 },
      grade: { value: '优', stated: '优' },
    });
    expect(errors(s as JsonSheet)).toEqual([]);
    const deviation = s?.findings.find((f) => f.rule === 'score-rule-deviation');
    expect(deviation).toMatchObject({ severity: 'warning', found: 0.5 });
    expect(deviation?.expected).toBeCloseTo(0.67, 2);
    expect(s?.findings).toContainEqual(
      expect.objectContaining({ rule: 'actual-not-comparable', found: '完整' }),
    );
  });

  it('广州 2022: 26 indicators, 94.49, 优, no error', async () => {
    const { code, report: r } = await report('guangzhou-2022');
    expect(code).toBe(0);
    expect(r.sheets[0]).toMatchObject({
      indicators: 26,
      total: { score: 94.49, cap: 100 },
      grade: { value: '优' },
    });
  });

  it('连云港 2021: the appendix table scores 95.3 (优); the body’s summary row is over its cap', async () => {
    const { code, report: r } = await report('lianyungang-2021');
    expect(code).toBe(1);
    expect(sheet(r, '评分表')).toMatchObject({
      indicators: 82,
      total: { score: 95.3 },
      grade: { value: '优' },
    });
    expect(errors(sheet(r, '评分表'))).toEqual([]);
    const summary = errors(sheet(r, '正文汇总表'));
    const capMismatch = summary.find((f) => f.rule === 'cap-sum-mismatch' && f.found === 30);
    const overCap = summary.find((f) => f.rule === 'score-over-cap' && f.found === 36.7);
    expect(capMismatch).toMatchObject({ expected: 40 });
    expect(overCap).toBeDefined();
    expect(rowOf(overCap?.cell ?? '')).toBe(rowOf(capMismatch?.cell ?? ''));
  });

  it('龙岗区 2020: 95.68 (优); 部门管理 and 部门绩效 caps disagree with their children', async () => {
    const { code, report: r } = await report('longgang-2020');
    expect(code).toBe(1);
    const s = sheet(r, '自评表');
    expect(s).toMatchObject({ total: { score: 95.68 }, grade: { value: '优' } });
    const mismatches = s.findings
      .filter((f) => f.rule === 'cap-sum-mismatch')
      .map((f) => [f.found, f.expected]);
    expect(mismatches).toEqual(
      expect.arrayContaining([
        [20, 26],
        [55, 49],
      ]),
    );
  });

  it('云溪区 2021: the form’s sums hold and 综合得分 92 is 优', async () => {
    const { code, report: r } = await report('yunxi-2021');
    expect(code).toBe(0);
    expect(r.sheets[0]).toMatchObject({
      total: { stated: 92 },
      grade: { value: '优', stated: '优' },
    });
  });
});

describe('--write on the example workbooks', () => {
  const outDir = tmp('checked');
  const copyOf = (name: string) => path.join(outDir, `${name}.xlsx`);
  /** Per example, the cells its write plans target, as "sheet!A1". */
  const planned = new Map<string, Set<string>>();

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    for (const name of EXAMPLES) {
      const result = await checkFile({
        file: example(name),
        sheets: [],
        target: copyOf(name),
        overwrite: true,
        profile: null,
      });
      expect(result.failure).toBeNull();
      const writes = result.analyses.flatMap((a) =>
        a.status === 'recognised' ? a.plan.values.map((w) => `${a.sheet}!${w.address}`) : [],
      );
      planned.set(name, new Set(writes));
    }
  });

  it('changes only the cells in the write plan and keeps every merge', async () => {
    for (const name of EXAMPLES) {
      const before = (await readWorkbook(example(name))).grids;
      const after = (await readWorkbook(copyOf(name))).grids;
      expect(after.map((g) => g.sheet)).toEqual(before.map((g) => g.sheet));
      before.forEach((grid, i) => {
        const copy = after[i] as Grid;
        expect(new Set(copy.merges.map((m) => JSON.stringify(m)))).toEqual(
          new Set(grid.merges.map((m) => JSON.stringify(m))),
        );
        for (const [address, cell] of cellsOf(grid)) {
          if (planned.get(name)?.has(`${grid.sheet}!${address}`)) continue;
          const { row, col } = fromA1(address);
          expect(cellAt(copy, row, col), `${name} ${grid.sheet}!${address}`).toEqual(cell);
        }
      });
    }
  });

  it.skipIf(!hasSoffice() && !process.env.CI)(
    'writes copies LibreOffice opens',
    () => {
      const pdfDir = tmp('pdf');
      const files = EXAMPLES.map(copyOf);
      const run = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=file://${tmp('lo-profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          pdfDir,
          ...files,
        ],
        { encoding: 'utf8', timeout: 170_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      for (const name of EXAMPLES)
        expect(existsSync(path.join(pdfDir, `${name}.pdf`)), name).toBe(true);
    },
    180_000,
  );
});

function* cellsOf(grid: Grid): Generator<[string, ReturnType<typeof cellAt>]> {
  for (const [r, row] of grid.cells.entries()) {
    for (const [c, cell] of row.entries()) {
      if (cell.value !== null || cell.formula)
        yield [toA1(grid.origin.row + r, grid.origin.col + c), cell];
    }
  }
}

function hasSoffice(): boolean {
  return spawnSync('soffice', ['--version']).status === 0;
}
