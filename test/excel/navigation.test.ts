/** 工作表列表, selecting a finding's cell, and the user's table mapping kept in the workbook. */
import { describe, expect, it } from 'vitest';
import type { AnalyzeOptions } from '../../src/engine/index.js';
import type { MappingOverride } from '../../src/engine/report.js';
import { createExcelActions } from '../../src/excel/index.js';
import { HAND_SHEET, planned, RUN, setUp } from './harness.js';
import { MAPPINGS_NAMESPACE } from '../../src/excel/workbookStore.js';

const OVERRIDE: MappingOverride = { headerRow: 2, columns: { cap: 2, score: 3, scoreRate: null } };

describe('sheets and selection', () => {
  it('lists the visible sheets', async () => {
    const { actions } = setUp(HAND_SHEET, {
      sheets: [
        { name: '说明', cells: { A1: 'x' } },
        { name: '隐藏', visibility: 'Hidden' },
      ],
    });
    expect(await actions.listSheets()).toMatchObject({ ok: true, value: ['自评表', '说明'] });
  });

  it('selects a finding’s cell on its sheet, in one sync', async () => {
    const { fake, actions } = setUp(HAND_SHEET, {
      sheets: [{ name: '说明' }],
      activeSheet: '说明',
    });
    expect(await actions.selectCell('自评表', 'D5')).toMatchObject({ ok: true });
    expect(fake.workbook.activeSheet()).toBe('自评表');
    expect(fake.workbook.selection()).toBe('自评表!D5');
    expect(fake.syncCount()).toBe(1);
  });
});

describe('the table mapping', () => {
  it('is saved in the workbook, read back by a new adapter, and used by the next run', async () => {
    const seen: (AnalyzeOptions | undefined)[] = [];
    const engine = planned({ values: [], marks: [] });
    const { fake, actions, sheet } = setUp(HAND_SHEET, {}, (grid, options) => {
      seen.push(options);
      return engine(grid, options);
    });
    expect(await actions.loadMapping(sheet)).toMatchObject({ ok: true, value: null });
    expect(await actions.saveMapping(sheet, OVERRIDE)).toMatchObject({ ok: true });
    expect(await createExcelActions(fake).loadMapping(sheet)).toMatchObject({
      ok: true,
      value: OVERRIDE,
    });
    await actions.recalculate(RUN);
    expect(seen.at(-1)?.mapping).toEqual(OVERRIDE);
    expect(await actions.saveMapping(sheet, null)).toMatchObject({ ok: true });
    expect(await actions.loadMapping(sheet)).toMatchObject({ ok: true, value: null });
    expect(fake.workbook.customXmlParts().map((p) => p.namespaceUri)).not.toContain(
      MAPPINGS_NAMESPACE,
    );
  });

  it('names a missing sheet', async () => {
    const { actions } = setUp(HAND_SHEET);
    expect(await actions.saveMapping('没有', OVERRIDE)).toMatchObject({
      ok: false,
      message: expect.stringContaining('找不到'),
    });
  });
});
