/**
 * `ziping check` end to end in-process, over real .xlsx files and a fake engine (the real
 * one is tested on the example workbooks): exit codes, stdout/stderr, --sheet, --write.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MARK_FILL_ARGB } from '../../src/file/applyPlan.js';
import { runZiping, writeMarkedWorkbook } from '../support/cliHarness.js';
import { useTempDir } from '../support/tempDir.js';

vi.mock('../../src/engine/index.js', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  analyzeSheet: (await import('../support/fakeEngine.js')).fakeAnalyzeSheet,
}));

const tmp = useTempDir();
const clean = tmp('clean.xlsx');
const withErrors = tmp('errors.xlsx');
const mixed = tmp('mixed.xlsx');
const broken = tmp('broken.xlsx');
const crashing = tmp('crashing.xlsx');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(async () => {
  await writeMarkedWorkbook(clean, { 自评表: 'fake:clean' });
  await writeMarkedWorkbook(withErrors, { 自评表: 'fake:error' });
  await writeMarkedWorkbook(mixed, { 说明: '填表说明', 自评表: 'fake:error', 汇总: 'fake:clean' });
  await writeMarkedWorkbook(crashing, { 自评表: 'fake:throw' });
  writeFileSync(broken, 'not a workbook');
});

describe('exit codes', () => {
  it('is 0 when there is no error-level finding', async () => {
    expect((await runZiping('check', clean)).code).toBe(0);
  });

  it('is 1 when a sheet has an error-level finding', async () => {
    expect((await runZiping('check', withErrors)).code).toBe(1);
  });

  it('is 2 for unreadable input, naming the file on stderr and printing no report', async () => {
    const run = await runZiping('check', broken);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(broken);
    expect(run.stdout).toBe('');
  });

  it('is 2 when the engine fails, reported as a bug rather than a crash', async () => {
    const run = await runZiping('check', crashing);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/crashing\.xlsx.*程序缺陷.*engine bug/s);
  });
});

describe('many files', () => {
  it('checks every file despite one failure, shows progress and exits with the worst code', async () => {
    const run = await runZiping('check', clean, broken, withErrors, '--format', 'json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /\[1\/3\].*clean\.xlsx[\s\S]*\[2\/3\].*broken\.xlsx[\s\S]*\[3\/3\].*errors\.xlsx/,
    );
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([clean, broken, withErrors]);
    expect(lines.map((l) => l.error?.code ?? null)).toEqual([null, 'not-xlsx', null]);
    expect(lines[2].sheets[0].findings).toHaveLength(2);
  });

  it('is 1 when the worst file has errors, and sums up in text', async () => {
    const run = await runZiping('check', clean, withErrors);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '共检查 2 个文件：1 个无错误，1 个有错误，0 个未识别到自评表，0 个无法读取或写出。',
    );
  });

  it('prints no progress for a single file', async () => {
    expect((await runZiping('check', clean)).stderr).toBe('');
  });
});

describe('reports', () => {
  it('prints the recognised sheets in Chinese, errors before warnings, and the skipped ones', async () => {
    const { stdout } = await runZiping('check', mixed);
    expect(stdout).toContain(`文件「${mixed}」`);
    expect(stdout).toContain('工作表「自评表」：已识别 指标表 12 项');
    expect(stdout).toContain('总分 95.5 / 100（计算值）；表中填写 96，位于 H5');
    expect(stdout).toMatch(
      /错误（1）\n\s+B2\s+得分 12 超过分值 10，多出 2 分。\s+\[score-over-cap\]\n\s+警告（1）\n\s+C3/,
    );
    expect(stdout).toContain('工作表「汇总」：已识别');
    expect(stdout).toContain('工作表「说明」：未识别（未找到指标表头');
  });

  it('prints one JSON line per file with the recognised sheets and the skipped ones', async () => {
    const { stdout } = await runZiping('check', mixed, '--format', 'json');
    expect(stdout.endsWith('\n')).toBe(true);
    const report = JSON.parse(stdout);
    expect(report.sheets.map((s: { sheet: string }) => s.sheet)).toEqual(['自评表', '汇总']);
    expect(report.skipped).toEqual([
      { sheet: '说明', reason: '未找到指标表头（一级指标、分值、得分…）' },
    ]);
  });

  it('--sheet checks only the named sheets', async () => {
    const { stdout, code } = await runZiping('check', mixed, '--sheet', '汇总', '--format=json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.sheets.map((s: { sheet: string }) => s.sheet)).toEqual(['汇总']);
    expect(report.skipped).toEqual([]);
  });

  it('--sheet with a name the file lacks is an input error naming file and sheet', async () => {
    const run = await runZiping('check', mixed, '--sheet', '评分表');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`「${mixed}」中没有名为「评分表」的工作表`);
  });
});

describe('--write', () => {
  const fillOf = (cell: ExcelJS.Cell) =>
    (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

  it('writes a marked copy and leaves the original untouched', async () => {
    const before = sha(withErrors);
    const out = tmp('errors-checked.xlsx');
    const run = await runZiping('check', withErrors, '--write', out);
    expect(run.code).toBe(1);
    expect(sha(withErrors)).toBe(before);
    expect(run.stdout).toContain(`已写出带标记的副本「${out}」`);
    const ws = (await new ExcelJS.Workbook().xlsx.readFile(out)).getWorksheet(
      '自评表',
    ) as ExcelJS.Worksheet;
    expect(ws.getCell('D1').value).toBe(95.5);
    expect(fillOf(ws.getCell('B2'))).toBe(MARK_FILL_ARGB.error);
    expect(fillOf(ws.getCell('C3'))).toBe(MARK_FILL_ARGB.warning);
    expect(ws.getCell('E1').formula).toBe('B2+C3');
    expect(ws.model.merges).toEqual(['A4:C4']);
  });

  it('applies only the plans of the sheets checked', async () => {
    const out = tmp('mixed-checked.xlsx');
    await runZiping('check', mixed, '--sheet', '汇总', '--write', out);
    const wb = await new ExcelJS.Workbook().xlsx.readFile(out);
    expect(fillOf(wb.getWorksheet('自评表')!.getCell('B2'))).toBeUndefined();
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['说明', '自评表', '汇总']);
  });

  it('refuses to write over the original (exit 2)', async () => {
    const before = sha(withErrors);
    const run = await runZiping('check', withErrors, '--write', withErrors);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('不会覆盖原文件');
    expect(sha(withErrors)).toBe(before);
  });

  it('with several files, needs a folder or a {name} pattern', async () => {
    const run = await runZiping('check', clean, withErrors, '--write', tmp('one.xlsx'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('{name}');
    expect(run.stderr).not.toContain('[1/2]');
    expect(existsSync(tmp('one.xlsx'))).toBe(false);
  });

  it('writes each copy into a folder under its own name', async () => {
    const dir = tmp('checked');
    mkdirSync(dir);
    const run = await runZiping('check', clean, withErrors, '--write', dir);
    expect(run.code).toBe(1);
    expect(existsSync(path.join(dir, 'clean.xlsx'))).toBe(true);
    expect(existsSync(path.join(dir, 'errors.xlsx'))).toBe(true);
  });

  it('writes each copy where a {name} pattern says', async () => {
    await runZiping('check', clean, withErrors, '--write', tmp('{name}-已检查.xlsx'));
    expect(existsSync(tmp('clean-已检查.xlsx'))).toBe(true);
    expect(existsSync(tmp('errors-已检查.xlsx'))).toBe(true);
  });
});
