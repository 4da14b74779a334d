/**
 * `ziping profiles`: every registered profile listed with the document it follows, as
 * aligned Chinese text and as one JSON array.
 */
import { describe, expect, it } from 'vitest';
import type { JsonProfile } from '../../src/cli/profileList.js';
import { PROFILES } from '../../src/engine/index.js';
import { runZiping } from '../support/cliHarness.js';

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
