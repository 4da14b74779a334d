/**
 * A stand-in for `analyzeSheet` so the CLI's tests do not depend on what the real engine
 * recognises: the text in the sheet's top-left cell says what to return.
 *   "fake:error"  recognised, one error and one warning, a value to write, marks
 *   "fake:clean"  recognised, no findings
 *   "fake:throw"  the engine throws (a bug), which the CLI must survive
 *   anything else unrecognised
 */
import { cellAt, fromA1, type Grid } from '../../src/engine/grid.js';
import type {
  Finding,
  RecognisedSheet,
  SheetAnalysis,
  WritePlan,
} from '../../src/engine/report.js';

export function fakeAnalyzeSheet(grid: Grid): SheetAnalysis {
  const marker =
    grid.cells.length > 0 ? cellAt(grid, grid.origin.row, grid.origin.col).value : null;
  switch (marker) {
    case 'fake:error':
      return recognisedSheet(grid.sheet, {
        findings: [FAKE_ERROR, FAKE_WARNING],
        plan: {
          values: [
            {
              ...fromA1('D1'),
              address: 'D1',
              value: 95.5,
              format: '0.00',
              previous: { value: null },
              purpose: 'total',
            },
          ],
          marks: [
            { ...fromA1('B2'), address: 'B2', severity: 'error', note: FAKE_ERROR.message },
            { ...fromA1('C3'), address: 'C3', severity: 'warning', note: FAKE_WARNING.message },
          ],
        },
      });
    case 'fake:clean':
      return recognisedSheet(grid.sheet, { findings: [], plan: { values: [], marks: [] } });
    case 'fake:throw':
      throw new Error('engine bug');
    default:
      return {
        status: 'unrecognised',
        sheet: grid.sheet,
        reason: '未找到指标表头（一级指标、分值、得分…）',
      };
  }
}

export const FAKE_ERROR: Finding = {
  rule: 'score-over-cap',
  severity: 'error',
  cell: 'B2',
  message: '得分 12 超过分值 10，多出 2 分。',
  expected: 10,
  found: 12,
};

export const FAKE_WARNING: Finding = {
  rule: 'reason-missing',
  severity: 'warning',
  cell: 'C3',
  message: '扣了 1 分，但未完成原因为空。',
  expected: null,
  found: null,
};

const NATIONAL_CHOICE = {
  id: 'national-project',
  name: '全国项目支出',
  source: '项目支出绩效评价管理办法（财政部，财预〔2020〕10号，2020年）',
  evidence: ['未见地区、表号或地方模板的特征'],
  sure: true,
  chosenBy: 'detection',
} as const;

export function recognisedSheet(
  sheet: string,
  parts: { findings: readonly Finding[]; plan: WritePlan } & Partial<RecognisedSheet>,
): RecognisedSheet {
  return {
    status: 'recognised',
    sheet,
    blocks: [
      {
        kind: 'indicators',
        range: { top: 4, left: 0, bottom: 20, right: 8 },
        label: '指标表 12 项',
      },
    ],
    mapping: null,
    indicators: 12,
    total: { score: 95.5, cap: 100, stated: 96, cell: 'H5' },
    grade: { value: '优', stated: '优', cell: 'H6' },
    tables: [
      {
        range: { top: 4, left: 0, bottom: 20, right: 8 },
        name: null,
        indicators: 12,
        total: { score: 95.5, cap: 100, stated: 96, cell: 'H5' },
        grade: { value: '优', stated: '优', cell: 'H6' },
        confidence: { level: 'sure', reasons: [] },
        reviewerTotal: null,
      },
    ],
    confidence: { level: 'sure', reasons: [] },
    profile: NATIONAL_CHOICE,
    ...parts,
  };
}
