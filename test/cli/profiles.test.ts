/**
 * `ziping profiles`: every registered profile listed with the document it follows, as
 * aligned Chinese text and as one JSON array; `ziping check` naming each sheet's profile,
 * detected or chosen with `--profile`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { JsonFileReport } from '../../src/cli/jsonReport.js';
import type { JsonProfile } from '../../src/cli/profileList.js';
import { PROFILES, profileById } from '../../src/engine/index.js';
import { runZiping, type CliRun } from '../support/cliHarness.js';

const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');

describe('ziping profiles', () => {
  it('lists every profile as JSON: id, name and the source with its number, year and address', async () => {
    const run = await runZiping('profiles', '--format', 'json');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.endsWith('\n')).toBe(true);
    const listed = JSON.parse(run.stdout) as JsonProfile[];
    expect(listed.map((p) => p.id)).toEqual(PROFILES.map((p) => p.id));
    for (const profile of PROFILES) {
      const { source } = profile;
      expect(listed.find((p) => p.id === profile.id)).toEqual({
        id: profile.id,
        name: profile.name,
        source: {
          title: source.title,
          issuer: source.issuer,
          number: source.number,
          year: source.year,
          url: source.url ?? null,
          seenIn: source.seenIn ?? null,
        },
      });
    }
    expect(listed.find((p) => p.id === 'sichuan-2023')?.source).toMatchObject({
      number: '510000_0013zp',
      year: 2023,
      url: 'https://www.scqs.gov.cn/info/13206/211004.htm',
    });
    expect(listed.find((p) => p.id === 'national-project')?.source.number).toBe('财预〔2020〕10号');
  });

  it('lists every profile as text, its id in a column and its source aligned beside it', async () => {
    const run = await runZiping('profiles');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toContain(`共 ${PROFILES.length} 套`);
    expect(lines[0]).toContain('ziping check --profile');
    const column = Math.max(...PROFILES.map((p) => p.id.length)) + 2;
    for (const { id, name, source } of PROFILES) {
      const at = lines.indexOf(`${id.padEnd(column)}${name}`);
      expect(at, id).toBeGreaterThan(0);
      // The profile's block runs to the next blank line, every line under the name.
      const block = lines.slice(at + 1, lines.indexOf('', at));
      for (const line of block) expect(line.slice(0, column).trim(), line).toBe('');
      const text = block.join('\n');
      expect(text).toContain(`依据：${source.title}`);
      expect(text).toContain(source.issuer);
      expect(text).toContain(`${source.year}年`);
      if (source.number !== null) expect(text).toContain(source.number);
      if (source.url !== undefined) expect(text).toContain(`网址：${source.url}`);
      if (source.seenIn !== undefined) expect(text).toContain(`见于：${source.seenIn}`);
    }
  });

  it('shows the 表号 of the Sichuan form and the 文号 of the national template', async () => {
    const { stdout } = await runZiping('profiles');
    expect(stdout).toContain('　　　四川省财政厅（预算管理一体化系统报表），510000_0013zp，2023年');
    expect(stdout).toContain('　　　财政部，财预〔2020〕10号，2020年');
  });
});

describe('ziping check and the profile of each sheet (the real engine on the examples)', () => {
  const shangjie = path.join(examples, 'shangjie-2021.xlsx');
  const jsonOf = (run: CliRun) => JSON.parse(run.stdout) as JsonFileReport;

  it('detects 上街区 2021 as 郑州 and says why, in the JSON and the text', async () => {
    const json = await runZiping('check', shangjie, '--format', 'json');
    const [sheet] = jsonOf(json).sheets;
    expect(sheet?.profile).toMatchObject({
      id: 'zhengzhou-department',
      name: profileById('zhengzhou-department')?.name,
      chosenBy: 'detection',
      sure: true,
    });
    expect(sheet?.profile.source).toContain('郑州市上街区财政局');
    expect(sheet?.profile.evidence).toContain('表中文字含「上街区」');

    const text = (await runZiping('check', shangjie)).stdout;
    expect(text).toMatch(
      /工作表「部门整体绩效自评表」：已识别 .*\n {2}规则：郑州·部门整体绩效自评表（[^\n]*）（依据：表中文字含「上街区」；[^\n]*）\n {2}总分 99\.5/,
    );
    expect(text).not.toContain('识别不确定');
  });

  it('names the detected profile on every recognised sheet of a workbook', async () => {
    const run = await runZiping(
      'check',
      path.join(examples, 'longgang-2020.xlsx'),
      '--format',
      'json',
    );
    expect(jsonOf(run).sheets.map((s) => [s.sheet, s.profile.id, s.profile.chosenBy])).toEqual([
      ['自评表', 'national-department', 'detection'],
      ['项目支出执行', 'national-project', 'detection'],
    ]);
  });

  it('checks by the profile --profile names instead, and says so in the JSON and the text', async () => {
    const national = profileById('national-department');
    const json = await runZiping(
      'check',
      shangjie,
      '--format',
      'json',
      '--profile',
      'national-department',
    );
    const [sheet] = jsonOf(json).sheets;
    expect(sheet?.profile).toEqual({
      id: 'national-department',
      name: national?.name,
      source: expect.stringContaining('财预〔2013〕53号'),
      evidence: ['由用户选择'],
      sure: true,
      chosenBy: 'user',
    });
    const text = (await runZiping('check', shangjie, '--profile', 'national-department')).stdout;
    expect(text).toContain(`  规则：${national?.name}（用 --profile 指定）\n`);
    expect(text).not.toContain('郑州');
  });
});
