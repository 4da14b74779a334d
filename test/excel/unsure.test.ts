/**
 * A table recognition is unsure of never gets a figure written in Excel: its marks and the
 * recognition-uncertain warning only, until the user confirms the mapping.
 */
import { describe, expect, it } from 'vitest';
import { analyzed, exampleGrid, withCells } from '../support/grids.js';
import { fromGrid, RUN, summaryOf } from './harness.js';

const seed = exampleGrid('shangjie-2021.xlsx');

describe('重新计算 on a sheet the recogniser is unsure of', () => {
  it('writes no total or grade over a stated total far from the computed one', async () => {
    // 40 stated against 99.5 computed: a misread and a wrong table look alike.
    const grid = withCells(seed, { H5: 40, H6: '差' });
    expect(analyzed(grid).confidence.level).toBe('unsure');
    const { fake, actions, sheet } = fromGrid(grid);
    const summary = summaryOf(await actions.recalculate(RUN));
    expect(summary.written).toBe(0);
    expect(fake.workbook.cell(sheet, 'H5').value).toBe(40);
    expect(fake.workbook.cell(sheet, 'H6').value).toBe('差');
    const findings =
      summary.analyses[0]?.status === 'recognised' ? summary.analyses[0].findings : [];
    expect(findings.map((f) => f.rule)).toContain('recognition-uncertain');
  });

  it('writes the total once the user has confirmed the mapping', async () => {
    const grid = withCells(seed, { H5: 40, H6: '差' });
    const mapping = analyzed(grid).mapping!;
    const confirmed = analyzed(grid, {
      mapping: { confirmed: true, headerRow: mapping.headerRows.last },
    });
    expect(confirmed.confidence.level).toBe('sure');
    expect(confirmed.plan.values.map((v) => `${v.address}=${v.value}`)).toEqual([
      'H5=99.5',
      'H6=优',
    ]);
  });

  it('writes as usual when it is sure (a total a little off)', async () => {
    const { fake, actions, sheet } = fromGrid(withCells(seed, { H5: 95 }));
    summaryOf(await actions.recalculate(RUN));
    expect(fake.workbook.cell(sheet, 'H5').value).toBe(99.5);
  });
});
