/** Argument parsing: what `ziping` accepts, and usage errors (exit 2) for what it does not. */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseCli } from '../../src/cli/cli.js';
import { PROFILES, profileById } from '../../src/engine/index.js';
import { runZiping } from '../support/cliHarness.js';

describe('parseCli', () => {
  it('parses check with files and options, in any order', () => {
    expect(
      parseCli([
        'check',
        'a.xlsx',
        '--format',
        'json',
        'b.xlsx',
        '--sheet',
        '自评表',
        '--sheet=评分表',
        '--write',
        'out/',
        '--overwrite',
        '--summary',
        '汇总.csv',
        '--jobs',
        '3',
        '--profile',
        'sichuan-2023',
      ]),
    ).toEqual({
      kind: 'check',
      options: {
        files: ['a.xlsx', 'b.xlsx'],
        sheets: ['自评表', '评分表'],
        format: 'json',
        write: 'out/',
        overwrite: true,
        summary: '汇总.csv',
        jobs: 3,
        profile: profileById('sichuan-2023'),
      },
    });
  });

  it('defaults to a text report of every sheet, writing nothing', () => {
    expect(parseCli(['check', 'a.xlsx'])).toEqual({
      kind: 'check',
      options: {
        files: ['a.xlsx'],
        sheets: [],
        format: 'text',
        write: null,
        overwrite: false,
        summary: null,
        jobs: availableParallelism(),
        profile: null,
      },
    });
  });

  it.each([
    [['check', 'a.xlsx', '--bogus'], /^参数有误：没有「--bogus」这个选项/],
    [['check', 'a.xlsx', '--format', 'xml'], /text 或 json.*xml/],
    [['check', 'a.xlsx', '--sheet'], /^参数有误：选项「--sheet」后面缺少取值。$/],
    [['check', 'a.xlsx', '--overwrite=yes'], /^参数有误：选项「--overwrite」不接受取值。$/],
    [['check', 'a.xlsx', '--jobs', '0'], /--jobs 须是不小于 1 的整数/],
    [['check', 'a.xlsx', '--summary', '汇总.txt'], /--summary.*\.xlsx 或 \.csv.*汇总\.txt/],
    [['check'], /至少给出一个工作簿文件/],
    [[], /缺少命令/],
    [['verify', 'a.xlsx'], /未知命令「verify」，可用的命令是 check 和 profiles/],
    [['check', 'a.xlsx', '--profile'], /^参数有误：选项「--profile」后面缺少取值。$/],
    [['profiles', 'a.xlsx'], /profiles 不接受文件.*a\.xlsx/],
    [['profiles', '--profile', 'sichuan-2023'], /--profile 只用于 check/],
    [['profiles', '--format', 'csv'], /text 或 json.*csv/],
  ])('rejects %j', (argv, message) => {
    const parsed = parseCli(argv);
    expect(parsed.kind).toBe('usage-error');
    expect(parsed.kind === 'usage-error' && parsed.message).toMatch(message);
  });

  it('parses profiles with its format', () => {
    expect(parseCli(['profiles'])).toEqual({ kind: 'profiles', format: 'text' });
    expect(parseCli(['profiles', '--format', 'json'])).toEqual({
      kind: 'profiles',
      format: 'json',
    });
  });

  it('treats --help anywhere as a request for help', () => {
    for (const argv of [['--help'], ['-h'], ['check', '--help'], ['check', 'a.xlsx', '-h']]) {
      expect(parseCli(argv)).toEqual({ kind: 'help' });
    }
  });
});

describe('runCli', () => {
  it('prints help on stdout in Chinese with English keywords, exit 0', async () => {
    const run = await runZiping('--help');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    for (const word of [
      '用法 Usage',
      '--sheet',
      '--format',
      '--write',
      '{name}',
      '--profile ID',
      'ziping profiles [--format text|json]',
      ...PROFILES.map((p) => p.id),
      '退出码 Exit codes',
      '.xls',
    ]) {
      expect(run.stdout).toContain(word);
    }
  });

  it('prints a usage error on stderr, exit 2, for an unknown flag', async () => {
    const run = await runZiping('check', 'a.xlsx', '--verbose');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--verbose[\s\S]*用法：ziping check/);
  });
});
