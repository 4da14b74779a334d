/**
 * `ziping check` end to end in-process, over real .xlsx files and a fake engine (the real
 * one is tested on the example workbooks): exit codes, stdout/stderr, --sheet, --write.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import { inProcess } from '../../src/cli/runners.js';
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

describe('workbooks without a 自评表', () => {
  const plain = tmp('plain.xlsx');
  beforeAll(async () => {
    await writeMarkedWorkbook(plain, { 说明: '填表说明', 数据: '明细' });
  });

  it('exit 3, and --write writes no copy of them', async () => {
    const out = tmp('plain-checked.xlsx');
    const run = await runZiping('check', plain, '--write', out);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('未在此文件中识别到自评表。');
    expect(existsSync(out)).toBe(false);
  });

  it('count apart in a batch, whose exit code is the worst: 2 > 3 > 1 > 0', async () => {
    const run = await runZiping('check', clean, plain, withErrors);
    expect(run.code).toBe(3);
    expect(run.stdout).toContain(
      '共检查 3 个文件：1 个无错误，1 个有错误，1 个未识别到自评表，0 个无法读取或写出。',
    );
    expect((await runZiping('check', plain, broken)).code).toBe(2);
  });
});

describe('safe output', () => {
  it('replaces an existing copy only with --overwrite', async () => {
    const out = tmp('existing.xlsx');
    writeFileSync(out, 'an earlier copy');
    const refused = await runZiping('check', withErrors, '--write', out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`「${withErrors}」的副本没有写出：「${out}」已存在`);
    expect(readFileSync(out, 'utf8')).toBe('an earlier copy');
    const replaced = await runZiping('check', withErrors, '--write', out, '--overwrite');
    expect(replaced.code).toBe(1);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('never writes a copy over another input of the same run, even with --overwrite', async () => {
    const dir = tmp('collide');
    mkdirSync(dir);
    const a = path.join(dir, 'a.xlsx');
    const ax = path.join(dir, 'a-x.xlsx');
    await writeMarkedWorkbook(a, { 自评表: 'fake:error' });
    await writeMarkedWorkbook(ax, { 自评表: 'fake:clean' });
    const before = sha(ax);
    const run = await runZiping(
      'check',
      a,
      ax,
      '--write',
      path.join(dir, '{name}-x.xlsx'),
      '--overwrite',
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`「${a}」的副本会写到「${ax}」`);
    expect(run.stdout).toBe('');
    expect(sha(ax)).toBe(before);
  });

  it('skips Excel’s ~$ lock files without failing the batch', async () => {
    const lock = tmp('~$errors.xlsx');
    writeFileSync(lock, Buffer.alloc(165, 0x20));
    const run = await runZiping('check', clean, lock);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`跳过「${lock}」：这是 Excel 或 WPS 打开工作簿时生成的临时锁文件`);
    expect(run.stdout).not.toContain(lock);
  });
});

describe('progress', () => {
  const runWith = async (terminal: boolean) => {
    let stderr = '';
    const code = await runCli(
      ['check', clean, withErrors],
      { stdout: () => {}, stderr: (t) => (stderr += t), stderrIsTerminal: terminal },
      inProcess,
    );
    return { code, stderr };
  };

  it('draws a bar in place on a terminal', async () => {
    const { stderr } = await runWith(true);
    expect(stderr).toContain('\r\x1b[K');
    expect(stderr).toMatch(/█+░* 2\/2 「.*errors\.xlsx」/);
    expect(stderr).not.toContain('\n');
  });

  it('prints one plain line per file otherwise', async () => {
    const { stderr } = await runWith(false);
    expect(stderr).not.toContain('\r');
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(2);
  });
});

describe('--summary', () => {
  it('writes one CSV row per table, with a header, for Excel and WPS (UTF-8 with BOM)', async () => {
    const out = tmp('汇总.csv');
    const run = await runZiping('check', clean, withErrors, broken, '--summary', out);
    expect(run.code).toBe(2);
    const text = readFileSync(out, 'utf8');
    expect(
      text.startsWith(
        '\uFEFF文件,工作表,表名,计算总分,表中总分,计算等级,表中等级,错误数,警告数,第一个错误,说明,规则\r\n',
      ),
    ).toBe(true);
    const rows = text.trimEnd().split('\r\n').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe(`${clean},自评表,,95.5,96,优,优,0,0,,,全国项目支出`);
    expect(rows[1]).toBe(
      `${withErrors},自评表,,95.5,96,优,优,1,1,B2 得分 12 超过分值 10，多出 2 分。,,全国项目支出`,
    );
    expect(rows[2]).toMatch(
      new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},,,,,,,,,,无法读取：.*,$`),
    );
  });

  it('writes an .xlsx with a frozen, filtered header row and set widths', async () => {
    const out = tmp('汇总.xlsx');
    expect((await runZiping('check', clean, withErrors, '--summary', out)).code).toBe(1);
    const workbook = await new ExcelJS.Workbook().xlsx.readFile(out);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.name).toBe('汇总');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      ...[
        '文件',
        '工作表',
        '表名',
        '计算总分',
        '表中总分',
        '计算等级',
        '表中等级',
        '错误数',
        '警告数',
        '第一个错误',
        '说明',
        '规则',
      ],
    ]);
    expect(sheet.getCell('D3').value).toBe(95.5);
    expect(sheet.getCell('H3').value).toBe(1);
    expect(sheet.getCell('L3').value).toBe('全国项目支出');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:L3');
    expect(sheet.getColumn(10).width).toBe(60);
  });
});
