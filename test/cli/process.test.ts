/**
 * `ziping` as a real process (node + tsx on src/cli/main.ts, what bin/ziping.js runs once
 * compiled): the exit code reaches the shell and messages land on the right stream.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { JsonFileReport } from '../../src/cli/jsonReport.js';
import { PROFILES } from '../../src/engine/index.js';
import { useTempDir } from '../support/tempDir.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmp = useTempDir();

function ziping(...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the ziping process', () => {
  it('exits 0 with help on stdout', () => {
    const run = ziping('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ziping check <文件>...');
  });

  it('exits 2 with the file named on stderr when it cannot read it', () => {
    const file = tmp('旧表.xls');
    writeFileSync(
      file,
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    );
    const run = ziping('check', file);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`「${file}」看起来是Excel 97-2003 工作簿（.xls），但无法读取`);
  });

  it('checks files in worker threads (--jobs 2) and reports them in input order', () => {
    const files = ['yunxi-2021', 'longgang-2020', 'shangjie-2021', 'guangzhou-2022'].map((name) =>
      path.join('examples', `${name}.xlsx`),
    );
    const run = ziping('check', ...files, '--jobs', '2', '--format', 'json');
    expect(run.stderr).not.toContain('出错');
    expect(run.code).toBe(1); // 龙岗区 has errors
    const reports = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(reports.map((r: { file: string }) => r.file)).toEqual(files);
    expect(reports[2].sheets[0].total.score).toBe(99.5);
  });

  it('checks every sheet by --profile in worker threads too (--jobs 2)', () => {
    const files = ['shangjie-2021', 'guangzhou-2022', 'longgang-2020'].map((name) =>
      path.join('examples', `${name}.xlsx`),
    );
    const run = ziping(
      'check',
      ...files,
      '--jobs',
      '2',
      '--format',
      'json',
      '--profile',
      'hubei-20-80',
    );
    expect(run.stderr).not.toContain('出错');
    const reports = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as JsonFileReport);
    expect(reports.map((r) => r.file)).toEqual(files);
    const profiles = reports.flatMap((r) => r.sheets.map((s) => s.profile));
    expect(profiles).toHaveLength(4); // 龙岗区 has two recognised sheets
    for (const profile of profiles)
      expect(profile).toMatchObject({ id: 'hubei-20-80', chosenBy: 'user', sure: true });
  });

  it('exits 2 on an unknown --profile, listing the ids there are, and checks nothing', () => {
    const run = ziping(
      'check',
      path.join('examples', 'shangjie-2021.xlsx'),
      '--profile',
      'beijing',
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `没有编号为「beijing」的评分规则。可用的编号：${PROFILES.map((p) => p.id).join('、')}（`,
    );
  });

  it('exits 2 on an unknown flag', () => {
    const run = ziping('check', 'a.xlsx', '--fix');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('参数有误：没有「--fix」这个选项');
  });
});
