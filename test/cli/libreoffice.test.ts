/**
 * A copy written by `--write` must open in LibreOffice (the acceptance check), and a
 * real .xls saved by LibreOffice is checked but gets no copy, with the advice to convert it.
 * Skipped only on a machine without `soffice` outside CI; in CI a missing LibreOffice fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runZiping, writeMarkedWorkbook } from '../support/cliHarness.js';
import { useTempDir } from '../support/tempDir.js';

vi.mock('../../src/engine/index.js', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  analyzeSheet: (await import('../support/fakeEngine.js')).fakeAnalyzeSheet,
}));

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const skip = !hasSoffice && !process.env.CI;
const tmp = useTempDir('ziping-lo-');

/** Runs soffice with a private profile, so concurrent runs (other tests, a desktop session) don't collide. */
function soffice(...args: string[]) {
  const profile = `file://${tmp('lo-profile')}`;
  return spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe.skipIf(skip)('LibreOffice', () => {
  it('opens a --write copy (converts it to PDF)', async () => {
    const source = tmp('自评表.xlsx');
    await writeMarkedWorkbook(source, { 自评表: 'fake:error', 说明: '填表说明' });
    const out = tmp('自评表-已检查.xlsx');
    expect((await runZiping('check', source, '--write', out)).code).toBe(1);
    const run = soffice('--convert-to', 'pdf', '--outdir', tmp('pdf'), out);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(path.join(tmp('pdf'), '自评表-已检查.pdf'))).toBe(true);
  }, 180_000);

  it('opens the --summary workbook', async () => {
    const source = tmp('单位甲.xlsx');
    await writeMarkedWorkbook(source, { 自评表: 'fake:error' });
    const summary = tmp('汇总.xlsx');
    expect((await runZiping('check', source, '--summary', summary)).code).toBe(1);
    const run = soffice(
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76',
      '--outdir',
      tmp('summary-csv'),
      summary,
    );
    expect(run.status, run.stderr).toBe(0);
    const csv = readFileSync(path.join(tmp('summary-csv'), '汇总.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe(
      '文件,工作表,表名,计算总分,表中总分,计算等级,表中等级,错误数,警告数,第一个错误,说明,规则',
    );
    expect(csv).toContain('自评表,,95.5,96,优,优,1,1,');
  }, 180_000);

  it('checks a real .xls, and refuses a copy of it with the advice to save it as .xlsx', async () => {
    const source = tmp('old.xlsx');
    await writeMarkedWorkbook(source, { 自评表: 'fake:error' });
    const run = soffice('--convert-to', 'xls', '--outdir', tmp('xls'), source);
    expect(run.status, run.stderr).toBe(0);
    const xls = path.join(tmp('xls'), 'old.xls');
    const checked = await runZiping('check', xls);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain(`文件「${xls}」（Excel 97-2003 工作簿（.xls））`);
    const written = await runZiping('check', xls, '--write', tmp('old-checked.xlsx'));
    expect(written.code).toBe(2);
    expect(written.stderr).toMatch(
      /Excel 97-2003 工作簿（\.xls）.*不写带标记的副本.*另存为 \.xlsx/,
    );
    expect(existsSync(tmp('old-checked.xlsx'))).toBe(false);
  }, 180_000);
});
