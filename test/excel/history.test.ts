/**
 * The undo history's pure decisions (src/engine/plan/history.ts): which changes make a step, how
 * many steps are kept, how a step is named, what 清除标记 leaves of them.
 */
import { describe, expect, it } from 'vitest';
import {
  afterClear,
  afterUndo,
  KEPT_STEPS,
  makeStep,
  pushStep,
  sheetStep,
  stepTitle,
  undoneMessage,
} from '../../src/engine/plan/history.js';
import { markFill, NO_FILL } from '../../src/engine/plan/fill.js';
import { EMPTY_RECORD, type SheetRecord } from '../../src/engine/plan/record.js';

const SHEET = { sheetId: '{s}', sheet: '自评表' };
const AT = new Date(2024, 4, 6, 14, 2);
const marked: SheetRecord = {
  ...SHEET,
  writes: [],
  marks: [{ row: 4, col: 7, painted: '#FFC7CE', note: '【自评助手】\n总分不符' }],
};
const value = { row: 4, col: 7, before: { value: 95 }, after: { value: 99.5 } };
const fill = { row: 4, col: 7, before: NO_FILL, after: markFill('error') };

describe('undo steps', () => {
  it('are made only by a change someone could see', () => {
    expect(makeStep('run', AT, [sheetStep(SHEET, undefined, [], [])], [])).toBeNull();
    const step = makeStep('run', AT, [sheetStep(SHEET, undefined, [value], [fill])], [marked]);
    expect(step).toMatchObject({ kind: 'run', cells: 1 });
    expect(stepTitle(step!)).toBe('14:02 重新计算');
    expect(undoneMessage(step!)).toBe('撤销：14:02 重新计算，改动 1 处。');
    const suggestion = makeStep(
      'suggestion',
      AT,
      [sheetStep(SHEET, marked, [value], [])],
      [marked],
      'H39 → 0.67',
    );
    expect(stepTitle(suggestion!)).toBe('14:02 采用建议值 H39 → 0.67');
  });

  it('are made by a change of the rules a sheet is scored by, even with no cell changed', () => {
    const chosen: SheetRecord = { ...marked, profile: 'sichuan-2023' };
    const step = makeStep('run', AT, [sheetStep(SHEET, marked, [], [])], [chosen], '更换评分规则');
    expect(step).toMatchObject({ kind: 'run', cells: 0 });
    expect(stepTitle(step!)).toBe('14:02 重新计算 更换评分规则');
    // Undoing it gives the sheet its entry without the choice: the rules are detected again.
    const record = pushStep({ ...EMPTY_RECORD, sheets: [chosen] }, step);
    expect(afterUndo(record, step!).sheets).toEqual([marked]);
    // The same choice kept by a later run is no change.
    expect(makeStep('run', AT, [sheetStep(SHEET, chosen, [], [])], [chosen])).toBeNull();
  });

  it(`keep the last ${KEPT_STEPS} in the workbook`, () => {
    let record = EMPTY_RECORD;
    for (let i = 0; i < KEPT_STEPS + 5; i++) {
      const at = new Date(AT.getTime() + i * 60_000);
      record = pushStep(
        record,
        makeStep('run', at, [sheetStep(SHEET, undefined, [value], [])], []),
      );
    }
    expect(KEPT_STEPS).toBeGreaterThanOrEqual(10);
    expect(record.steps).toHaveLength(KEPT_STEPS);
    expect(stepTitle(record.steps.at(-1)!)).toBe('14:26 重新计算');
  });

  it('undo gives each sheet its entry from before the step', () => {
    const step = makeStep('run', AT, [sheetStep(SHEET, marked, [value], [])], [])!;
    const record = pushStep({ ...EMPTY_RECORD, sheets: [{ ...marked, marks: [] }] }, step);
    expect(afterUndo(record, step)).toEqual({ ...EMPTY_RECORD, sheets: [marked] });
  });

  it('清除标记 strips the marks from every step, and drops steps that only marked', () => {
    const markOnly = makeStep('run', AT, [sheetStep(SHEET, undefined, [], [fill])], [marked])!;
    const writes = makeStep('run', AT, [sheetStep(SHEET, marked, [value], [fill])], [marked])!;
    const record = pushStep(pushStep({ ...EMPTY_RECORD, sheets: [marked] }, markOnly), writes);
    const cleared = afterClear(record, new Set([SHEET.sheetId]));
    expect(cleared.sheets).toEqual([{ ...SHEET, writes: [], marks: [] }]);
    expect(cleared.steps).toHaveLength(1);
    expect(cleared.steps[0]?.sheets[0]).toMatchObject({ fills: [], before: { marks: [] } });
  });

  it('清除标记 keeps the rules the user chose for the sheet', () => {
    const record = { ...EMPTY_RECORD, sheets: [{ ...marked, profile: 'sichuan-2023' }] };
    expect(afterClear(record, new Set([SHEET.sheetId])).sheets).toEqual([
      { ...SHEET, writes: [], marks: [], profile: 'sichuan-2023' },
    ]);
  });
});
