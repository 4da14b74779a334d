/**
 * Shared set-up for the adapter's tests: example and hand-made sheets in the fake Excel, a way
 * to hand the adapter a plan without the engine, and readers for what ended up in the workbook.
 */
import { fromA1, toA1, type Grid } from '../../src/engine/grid.js';
import type { CellMark, RecognisedSheet, ValueWrite, WritePlan } from '../../src/engine/report.js';
import type {
  ActionResult,
  RunOptions,
  RunOutcome,
  RunSummary,
  WorkbookActions,
} from '../../src/excel/actions.js';
import { EMPTY_RECORD, serializeRecord } from '../../src/engine/plan/record.js';
import { RUN_RECORD_NAMESPACE, wrap } from '../../src/excel/workbookStore.js';
import {
  createFakeExcel,
  fakeSheetFromGrid,
  type FakeExcel,
  type FakeExcelInit,
  type FakeSheetInit,
} from '../../src/excel/fake/index.js';
import { createExcelActions, NOTE_TAG } from '../../src/excel/index.js';
import type { Analyzer } from '../../src/excel/recalculate.js';
import { recognisedSheet } from '../support/fakeEngine.js';

export const RUN: RunOptions = { writeValues: true, notes: true, sheets: 'active' };

export interface Setup {
  readonly fake: FakeExcel;
  readonly actions: WorkbookActions;
  readonly sheet: string;
}

/**
 * A workbook whose user chose 以后直接写入 before: runs write at once. The tests of the preview
 * pass `parts: []` to start from a workbook Ziping never touched.
 */
export const DIRECT_WRITE_PART = {
  namespaceUri: RUN_RECORD_NAMESPACE,
  xml: wrap(RUN_RECORD_NAMESPACE, serializeRecord({ ...EMPTY_RECORD, directWrite: true }) ?? ''),
};

export function setUp(
  sheet: FakeSheetInit,
  init: Partial<FakeExcelInit> = {},
  analyze?: Analyzer,
): Setup {
  const fake = createFakeExcel({
    parts: [DIRECT_WRITE_PART],
    ...init,
    sheets: [sheet, ...(init.sheets ?? [])],
  });
  const clock = { now: () => STEP_TIME };
  return {
    fake,
    actions: createExcelActions(fake, analyze ? { analyze, ...clock } : clock),
    sheet: sheet.name,
  };
}

/** The time every undo step of these tests is taken at, so two workbooks compare equal. */
export const STEP_TIME = new Date('2024-05-06T06:02:00Z');

/** The summary of a run that wrote (fails the test on a refusal or a preview). */
export function summaryOf(result: ActionResult<RunOutcome>): RunSummary {
  if (!result.ok) throw new Error(`the run was refused: ${result.message}`);
  if (result.value.kind !== 'written') throw new Error('the run stopped at a preview');
  return result.value.summary;
}

export function fromGrid(
  grid: Grid,
  init: Partial<FakeExcelInit> = {},
  extra: Partial<FakeSheetInit> = {},
): Setup {
  return setUp(fakeSheetFromGrid(grid, extra), init);
}

/**
 * A small 自评表 made by hand: 分值 in C, 得分 in D (a typed score in D5), a 合计 formula in
 * D8, an empty 得分率 column E, a merged title, and a user's own fill and note.
 */
export const HAND_SHEET: FakeSheetInit = {
  name: '自评表',
  merges: ['A1:E1'],
  cells: {
    A1: '2021年度绩效自评表',
    A3: '三级指标',
    B3: '指标值',
    C3: '分值',
    D3: '得分',
    E3: '得分率',
    A4: '检查覆盖率',
    C4: 10,
    D4: 10,
    A5: '演练次数',
    C5: 10,
    D5: 8,
    A6: '培训人次',
    C6: 10,
    D6: { value: null, fill: '#FFFF00' },
    A7: '满意度',
    C7: 10,
    D7: { value: 9, note: '用户：待复核' },
    A8: '合计',
    C8: 40,
    D8: { value: 27, formula: '=SUM(D4:D7)' },
    A10: '评价等级',
  },
};

export function write(
  address: string,
  value: number | string,
  extra: Partial<ValueWrite> = {},
): ValueWrite {
  const { row, col } = fromA1(address);
  return { row, col, address, value, previous: { value: null }, purpose: 'score-rate', ...extra };
}

export function mark(
  address: string,
  severity: CellMark['severity'] = 'error',
  note = '得分超过分值',
): CellMark {
  return { ...fromA1(address), address, severity, note };
}

/** An engine stand-in that recognises any sheet and returns `plan`. */
export function planned(plan: WritePlan, extra: Partial<RecognisedSheet> = {}): Analyzer {
  return (grid) => recognisedSheet(grid.sheet, { findings: [], plan, ...extra });
}

/** Cells carrying Ziping's notes or comments, as A1. */
export function zipingNotes(fake: FakeExcel, sheet: string, cells: readonly string[]): string[] {
  return cells.filter((a) => {
    const view = fake.workbook.cell(sheet, a);
    return (view.note ?? view.comment ?? '').startsWith(NOTE_TAG);
  });
}

/** Every cell of the used range, for scanning a whole sheet. */
export function usedCells(fake: FakeExcel, sheet: string): string[] {
  const used = fake.workbook.usedRange(sheet);
  if (!used) return [];
  const [from = 'A1', to = from] = used.split(':');
  const a = fromA1(from);
  const b = fromA1(to);
  const out: string[] = [];
  for (let row = a.row; row <= b.row; row++)
    for (let col = a.col; col <= b.col; col++) out.push(toA1(row, col));
  return out;
}

/** The syncs that changed the workbook. */
export function writeSyncs(fake: FakeExcel): number {
  return fake.syncs().filter((s) => s.writes > 0).length;
}

/** A run as the user confirms it: recalculate, and confirm the preview if one comes. */
export async function confirmed(
  actions: WorkbookActions,
  options: RunOptions,
): Promise<ActionResult<RunOutcome>> {
  const first = await actions.recalculate(options);
  if (!first.ok || first.value.kind !== 'preview') return first;
  return actions.recalculate(options, { token: first.value.preview.token, remember: false });
}

/** The sheets of the workbook (cells, fills, notes), without Ziping's record part. */
export function sheetsOf(fake: FakeExcel): unknown {
  return (fake.workbook.dump() as { sheets: unknown }).sheets;
}
