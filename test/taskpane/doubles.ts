/** A hand-written WorkbookActions test double and a sample run, for the pane's tests. */
import { vi } from 'vitest';
import type {
  ActionResult,
  ProfileSelection,
  RunConfirmation,
  RunOptions,
  RunOutcome,
  RunPreview,
  RunSummary,
  SheetsState,
  SuggestionTarget,
  WorkbookActions,
} from '../../src/excel/actions.js';
import type { ProfileChoice, RecognisedSheet } from '../../src/engine/report.js';
import { profileById, sourceLine } from '../../src/engine/index.js';

export const sampleSheet: RecognisedSheet = {
  status: 'recognised',
  sheet: '自评表',
  blocks: [
    { kind: 'budget', range: { top: 4, left: 0, bottom: 8, right: 8 }, label: '预算情况 5 行' },
    {
      kind: 'indicators',
      range: { top: 10, left: 0, bottom: 56, right: 8 },
      label: '指标表 45 项',
    },
  ],
  mapping: {
    headerRows: { first: 10, last: 10 },
    range: { top: 10, left: 0, bottom: 56, right: 8 },
    columns: {
      level1: 0,
      level2: 1,
      level3: 2,
      target: 3,
      unit: 4,
      actual: 5,
      cap: 6,
      score: 7,
      reason: 8,
    },
  },
  indicators: 45,
  total: { score: 91.5, cap: 100, stated: 93, cell: 'H58' },
  grade: { value: '优', stated: '良', cell: 'H59' },
  findings: [
    {
      rule: 'reason-missing',
      severity: 'warning',
      cell: 'I20',
      message: '该项扣了 0.5 分，但原因一栏为空。',
      expected: null,
      found: null,
    },
    {
      rule: 'score-over-cap',
      severity: 'error',
      cell: 'H14',
      message: '得分 6 超过分值 5。',
      expected: 5,
      found: 6,
      suggestion: 5,
    },
    {
      rule: 'total-mismatch',
      severity: 'error',
      cell: 'H58',
      message: '总分应为 91.5，表上填写 93。',
      expected: 91.5,
      found: 93,
    },
    {
      rule: 'score-suggested',
      severity: 'info',
      cell: 'H30',
      message: '得分为空，按评分规则可填 2。',
      expected: 2,
      found: null,
      suggestion: 2,
    },
  ],
  plan: { values: [], marks: [] },
  tables: [
    {
      range: { top: 10, left: 0, bottom: 56, right: 8 },
      name: null,
      indicators: 45,
      total: { score: 91.5, cap: 100, stated: 93, cell: 'H58' },
      grade: { value: '优', stated: '良', cell: 'H59' },
      confidence: { level: 'sure', reasons: ['各项分值合计 100，满分 100'] },
      reviewerTotal: null,
    },
  ],
  confidence: { level: 'sure', reasons: ['各项分值合计 100，满分 100'] },
  profile: {
    id: 'national-project',
    name: '全国项目支出（财预〔2020〕10号）',
    source: '项目支出绩效评价管理办法（财政部，财预〔2020〕10号，2020年）',
    evidence: ['未见地区、表号或地方模板的特征'],
    sure: true,
    chosenBy: 'detection',
  },
};

export const sampleHeaders = {
  自评表: [
    '一级指标',
    '二级指标',
    '三级指标',
    '指标值',
    '度量单位',
    '实际完成值',
    '分值',
    '得分',
    '扣分原因',
  ],
};

export const sampleSummary: RunSummary = {
  analyses: [sampleSheet],
  undo: '14:02 重新计算',
  headers: sampleHeaders,
  written: 3,
  marked: 4,
  noteSupport: 'notes',
};

/** A run's result as the adapter returns it. */
export function written(
  summary: RunSummary = sampleSummary,
  message = '已重新计算：发现 2 个错误。',
) {
  return { ok: true as const, value: { kind: 'written' as const, summary }, message };
}

/** The sample sheet with some findings only (to vary the worst severity). */
export function withFindings(findings: RecognisedSheet['findings']): RunSummary {
  return { ...sampleSummary, analyses: [{ ...sampleSheet, findings }] };
}

export const samplePreview: RunPreview = {
  token: 'tok-1',
  reasons: [
    '这是自评助手第一次改动「自评表」。',
    '将改写「自评表」上已填写的 1 个单元格（如表上填写的总分、等级）。',
  ],
  sheets: [
    {
      sheet: '自评表',
      entries: [
        {
          address: 'H58',
          before: '93',
          after: '91.5',
          why: '总分按各项得分重新合计：总分应为 91.5，表上填写 93。',
          overwrites: true,
        },
      ],
      marks: [
        { address: 'H14', severity: 'error' },
        { address: 'I20', severity: 'warning' },
      ],
    },
  ],
};

const EMPTY_STATE = { analyses: [], undo: null, headers: {} };

/** The sample sheet as a rerun under `selection` describes its rules. */
export function underRules(selection: ProfileSelection): RunSummary {
  const profile = selection.profile === null ? undefined : profileById(selection.profile);
  const choice: ProfileChoice = profile
    ? {
        id: profile.id,
        name: profile.name,
        source: sourceLine(profile.source),
        evidence: ['由用户选择'],
        sure: true,
        chosenBy: 'user',
      }
    : sampleSheet.profile;
  return { ...sampleSummary, analyses: [{ ...sampleSheet, profile: choice }] };
}

export function fakeActions(overrides: Partial<WorkbookActions> = {}) {
  const actions = {
    recalculate: vi.fn(
      async (_options: RunOptions, _confirm?: RunConfirmation): Promise<ActionResult<RunOutcome>> =>
        written(),
    ),
    applySuggestion: vi.fn(
      async (
        _target: SuggestionTarget,
        _options: RunOptions,
        _confirm?: RunConfirmation,
      ): Promise<ActionResult<RunOutcome>> =>
        written(
          withFindings(sampleSheet.findings.filter((f) => f.cell !== 'H14')),
          '已将「自评表」H14 设为 5，并按新值重新计算。',
        ),
    ),
    chooseProfile: vi.fn(
      async (
        selection: ProfileSelection,
        _options: RunOptions,
        _confirm?: RunConfirmation,
      ): Promise<ActionResult<RunOutcome>> =>
        written(underRules(selection), '「自评表」已改用所选评分规则，并重新计算。'),
    ),
    clearMarks: vi.fn(async () => ({
      ok: true as const,
      value: { ...EMPTY_STATE, undo: '14:02 重新计算', cleared: 4 },
      message: '已清除 4 处标记。',
    })),
    undoLastWrite: vi.fn(async () => ({
      ok: true as const,
      value: { ...EMPTY_STATE, restored: 3 },
      message: '撤销：14:02 重新计算，改动 3 处。',
    })),
    loadState: vi.fn(async (): Promise<ActionResult<SheetsState>> => ({
      ok: true as const,
      value: EMPTY_STATE,
      message: '',
    })),
    selectCell: vi.fn(async () => ({ ok: true as const, value: undefined, message: '' })),
    listSheets: vi.fn(async () => ({ ok: true as const, value: ['自评表', '说明'], message: '' })),
    loadMapping: vi.fn(async () => ({ ok: true as const, value: null, message: '' })),
    saveMapping: vi.fn(async () => ({ ok: true as const, value: undefined, message: '已保存。' })),
    ...overrides,
  } satisfies WorkbookActions;
  return actions;
}

/** A Map-backed stand-in for localStorage. */
export function memoryStore(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
    map,
  };
}
