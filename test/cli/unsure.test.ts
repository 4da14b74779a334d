/**
 * `ziping check --write` on a table the recogniser is unsure of: the copy keeps every stated
 * figure (no total or grade written), carries the warning, and the report says why.
 */
import { describe, expect, it } from 'vitest';
import type { JsonFileReport } from '../../src/cli/jsonReport.js';
import { cellAt, fromA1 } from '../../src/engine/index.js';
import { readWorkbook } from '../../src/file/index.js';
import { runZiping } from '../support/cliHarness.js';
import { writeGridsAsXlsx } from '../support/gridWorkbook.js';
import { exampleGrid, withCells } from '../support/grids.js';
import { useTempDir } from '../support/tempDir.js';

const tmp = useTempDir('ziping-unsure-');

describe('--write on an unsure table', () => {
  it('writes no figure into the copy and says why', async () => {
    const input = tmp('unsure.xlsx');
    const output = tmp('unsure-checked.xlsx');
    await writeGridsAsXlsx(
      [withCells(exampleGrid('shangjie-2021.xlsx'), { H5: 40, H6: '差' })],
      input,
    );
    const run = await runZiping('check', input, '--format', 'json', '--write', output);
    const report = JSON.parse(run.stdout) as JsonFileReport;
    expect(report.sheets[0]?.confidence.level).toBe('unsure');
    expect(report.sheets[0]?.findings.map((f) => f.rule)).toContain('recognition-uncertain');
    const { grids } = await readWorkbook(output);
    const cell = (a: string) => {
      const { row, col } = fromA1(a);
      return cellAt(grids[0]!, row, col).value;
    };
    expect(cell('H5')).toBe(40);
    expect(cell('H6')).toBe('差');
  });
});
