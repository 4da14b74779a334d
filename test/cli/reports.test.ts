/** The two report formats over hand-made results: stable JSON field names, readable Chinese text. */
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/cli/fileResult.js';
import { exitCodeOf } from '../../src/cli/fileResult.js';
import { formatJsonReport, toJsonReport } from '../../src/cli/jsonReport.js';
import { SUMMARY_HEADER, summaryRows } from '../../src/cli/summary.js';
import { formatTextReport, formatTextSummary } from '../../src/cli/textReport.js';
import type { Finding, ProfileChoice } from '../../src/engine/report.js';
import { FAKE_ERROR, FAKE_WARNING, recognisedSheet } from '../support/fakeEngine.js';

const EMPTY_PLAN = { values: [], marks: [] };
const info: Finding = {
  rule: 'score-suggested',
  severity: 'info',
  cell: 'H30',
  message: '可填入 2 分。',
  expected: 2,
  found: null,
  suggestion: 2,
};
const late: Finding = { ...FAKE_ERROR, cell: 'AA3', message: '靠右的错误' };

const result: FileResult = {
  file: 'examples/x.xlsx',
  format: 'xlsx',
  analyses: [
    recognisedSheet('自评表', {
      findings: [info, late, FAKE_WARNING, FAKE_ERROR],
      plan: EMPTY_PLAN,
      total: { score: 94.49000000000001, cap: 100, stated: 94.49, cell: 'H5' },
    }),
    recognisedSheet('收支表', {
      findings: [],
      plan: EMPTY_PLAN,
      total: null,
      grade: null,
      indicators: 0,
    }),
    { status: 'unrecognised', sheet: '说明', reason: '没有表头' },
  ],
  written: null,
  failure: null,
};

describe('JSON report', () => {
  it('keeps the documented field names', () => {
    const report = toJsonReport(result);
    expect(Object.keys(report)).toEqual([
      'file',
      'sheets',
      'skipped',
      'written',
      'error',
      'format',
    ]);
    const [sheet] = report.sheets;
    expect(Object.keys(sheet ?? {})).toEqual([
      'sheet',
      'indicators',
      'blocks',
      'total',
      'grade',
      'findings',
      'tables',
      'confidence',
      'profile',
    ]);
    expect(Object.keys(sheet?.total ?? {})).toEqual(['score', 'cap', 'stated', 'cell']);
    expect(Object.keys(sheet?.grade ?? {})).toEqual(['value', 'stated', 'cell']);
    expect(Object.keys(sheet?.findings[1] ?? {})).toEqual([
      'rule',
      'severity',
      'cell',
      'message',
      'expected',
      'found',
    ]);
    expect(sheet?.findings[0]).toMatchObject({ suggestion: 2 });
    expect(sheet?.blocks).toEqual([{ kind: 'indicators', range: 'A5:I21', label: '指标表 12 项' }]);
  });

  it('rounds away floating-point noise in computed figures', () => {
    expect(toJsonReport(result).sheets[0]?.total?.score).toBe(94.49);
  });

  it('gives a sheet without scores null total and grade, and lists unrecognised sheets as skipped', () => {
    const report = toJsonReport(result);
    expect(report.sheets[1]).toMatchObject({ sheet: '收支表', total: null, grade: null });
    expect(report.skipped).toEqual([{ sheet: '说明', reason: '没有表头' }]);
  });

  it('is one line', () => {
    expect(formatJsonReport(result)).not.toContain('\n');
  });

  it('reports an unreadable file with its error and nothing else', () => {
    const failed: FileResult = {
      file: 'a.xls',
      format: null,
      analyses: [],
      written: null,
      failure: { code: 'corrupt', message: '「a.xls」看起来是…' },
    };
    expect(toJsonReport(failed)).toEqual({
      file: 'a.xls',
      sheets: [],
      skipped: [],
      written: null,
      error: { code: 'corrupt', message: '「a.xls」看起来是…' },
      format: null,
    });
  });
});

describe('text report', () => {
  const text = formatTextReport(result);

  it('groups findings errors first, each group in sheet order', () => {
    const order = ['错误（2）', 'B2', 'AA3', '警告（1）', 'C3', '提示（1）', 'H30'].map((s) =>
      text.indexOf(s),
    );
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] as number)))).toBe(
      true,
    );
    expect(text).toContain('检查结果：2 个错误，1 个警告，1 个提示');
  });

  it('shows computed total against stated, and the grade', () => {
    expect(text).toContain('总分 94.49 / 100（计算值）；表中填写 94.49，位于 H5');
    expect(text).toContain('等级 优（表中填写 优，位于 H6）');
  });

  it('says when a sheet has nothing to total, or nothing wrong', () => {
    expect(text).toContain(
      '工作表「收支表」：已识别 指标表 12 项\n  规则：全国项目支出（依据：未见地区、表号或地方模板的特征）\n  总分：此表没有需要汇总的得分。\n  未发现问题。',
    );
  });

  it('says when nothing in a file was recognised', () => {
    const none: FileResult = {
      ...result,
      analyses: [{ status: 'unrecognised', sheet: 'Sheet1', reason: '空表' }],
    };
    expect(formatTextReport(none)).toBe(
      '文件「examples/x.xlsx」\n  未在此文件中识别到自评表。\n工作表「Sheet1」：未识别（空表）\n',
    );
  });

  it('prints nothing for an unreadable file (its reason goes to stderr) but counts it in the summary', () => {
    const failed: FileResult = {
      file: 'a.xls',
      format: null,
      analyses: [],
      written: null,
      failure: { code: 'corrupt', message: '…' },
    };
    expect(formatTextReport(failed)).toBe('');
    expect(formatTextSummary([result, failed])).toBe(
      '共检查 2 个文件：0 个无错误，1 个有错误，0 个未识别到自评表，1 个无法读取或写出。\n',
    );
  });

  it('shows each table of a stacked sheet with its own total and grade', () => {
    const table = (top: number, name: string, score: number, grade: '优' | '良') => ({
      range: { top, left: 0, bottom: top + 20, right: 8 },
      name,
      indicators: 12,
      total: { score, cap: 100, stated: score, cell: `H${top + 2}` },
      grade: { value: grade, stated: grade, cell: `H${top + 3}` },
      confidence: { level: 'sure' as const, reasons: [] },
      reviewerTotal: null,
    });
    const stacked: FileResult = {
      ...result,
      analyses: [
        recognisedSheet('项目自评', {
          findings: [],
          plan: EMPTY_PLAN,
          tables: [
            table(0, '应急物资储备项目', 92, '优'),
            table(30, '安全生产宣传项目', 85.5, '良'),
          ],
        }),
      ],
    };
    const text = formatTextReport(stacked);
    expect(text).toContain('此表上下排列着 2 张自评表，各自计分：');
    expect(text).toContain(
      '表 1「应急物资储备项目」（A1:I21，12 项指标）\n    总分 92 / 100（计算值）；表中填写 92，位于 H2\n    等级 优',
    );
    expect(text).toContain(
      '表 2「安全生产宣传项目」（A31:I51，12 项指标）\n    总分 85.5 / 100（计算值）；表中填写 85.5，位于 H32\n    等级 良',
    );
    const json = toJsonReport(stacked).sheets[0];
    expect(json?.tables.map((t) => [t.range, t.name, t.total?.score, t.grade?.value])).toEqual([
      ['A1:I21', '应急物资储备项目', 92, '优'],
      ['A31:I51', '安全生产宣传项目', 85.5, '良'],
    ]);
  });

  it('says when the reading is unsure and no figure was written', () => {
    const unsure = { level: 'unsure' as const, reasons: ['各项分值合计 87，不是 100'] };
    const file: FileResult = {
      ...result,
      analyses: [recognisedSheet('自评表', { findings: [], plan: EMPTY_PLAN, confidence: unsure })],
    };
    expect(formatTextReport(file)).toContain(
      '识别不确定，因此没有写入总分、等级、比率等计算值，只标出了问题：各项分值合计 87，不是 100',
    );
    expect(toJsonReport(file).sheets[0]?.confidence).toEqual(unsure);
  });

  it('shows totals as they are written: two decimals, without float noise or trailing zeros', () => {
    const file: FileResult = {
      ...result,
      analyses: [
        recognisedSheet('自评表', {
          findings: [],
          plan: EMPTY_PLAN,
          total: { score: 98.6183, cap: 100, stated: 98.62, cell: 'H18' },
        }),
      ],
    };
    expect(formatTextReport(file)).toContain(
      '总分 98.62 / 100（计算值）；表中填写 98.62，位于 H18',
    );
  });
});

describe('the profile each sheet was checked by', () => {
  const sichuan: ProfileChoice = {
    id: 'sichuan-2023',
    name: '四川·部门预算项目支出绩效自评表',
    source: '部门预算项目支出绩效自评表（2023年度）（四川省财政厅，510000_0013zp，2023年）',
    evidence: ['表号 510000_0013zp', '标题含「四川省」'],
    sure: true,
    chosenBy: 'detection',
  };
  const withProfile = (profile: ProfileChoice): FileResult => ({
    ...result,
    analyses: [recognisedSheet('自评表', { findings: [], plan: EMPTY_PLAN, profile })],
  });

  it('is in the JSON with every field of the choice', () => {
    const json = toJsonReport(withProfile(sichuan)).sheets[0]?.profile;
    expect(json).toEqual(sichuan);
    expect(Object.keys(json ?? {})).toEqual([
      'id',
      'name',
      'source',
      'evidence',
      'sure',
      'chosenBy',
    ]);
  });

  it('is named in the text with the evidence detection found', () => {
    expect(formatTextReport(withProfile(sichuan))).toContain(
      '工作表「自评表」：已识别 指标表 12 项\n  规则：四川·部门预算项目支出绩效自评表（依据：表号 510000_0013zp；标题含「四川省」）\n',
    );
  });

  it('does not name the national profile twice when detection closes with "选用「…」"', () => {
    const national: ProfileChoice = {
      ...sichuan,
      id: 'national-project',
      name: '全国·项目支出',
      evidence: ['未见地区、表号或地方模板的特征', '选用「全国·项目支出」'],
    };
    expect(formatTextReport(withProfile(national))).toContain(
      '  规则：全国·项目支出（依据：未见地区、表号或地方模板的特征）\n',
    );
  });

  it('says when detection is unsure and suggests --profile', () => {
    const text = formatTextReport(
      withProfile({ ...sichuan, evidence: ['标题含「四川省」'], sure: false }),
    );
    expect(text).toContain(
      '  规则：四川·部门预算项目支出绩效自评表（依据：标题含「四川省」）——识别不确定，请核对；如不对，用 --profile 指定（ziping profiles 列出可选规则）\n',
    );
  });

  it('fills the 规则 column of the summary, saying when detection is unsure', () => {
    const rule = (profile: ProfileChoice) => summaryRows([withProfile(profile)])[0]?.at(-1);
    expect(SUMMARY_HEADER.at(-1)).toBe('规则');
    expect(rule(sichuan)).toBe('四川·部门预算项目支出绩效自评表');
    expect(rule({ ...sichuan, sure: false })).toBe('四川·部门预算项目支出绩效自评表（识别不确定）');
  });

  it('says when the user chose the profile', () => {
    const chosen: ProfileChoice = { ...sichuan, evidence: ['由用户选择'], chosenBy: 'user' };
    expect(formatTextReport(withProfile(chosen))).toContain(
      '  规则：四川·部门预算项目支出绩效自评表（用 --profile 指定）\n',
    );
    expect(toJsonReport(withProfile(chosen)).sheets[0]?.profile.chosenBy).toBe('user');
  });
});

describe('exitCodeOf', () => {
  it('is 1 with an error-level finding, 0 with warnings only, 2 on failure', () => {
    expect(exitCodeOf(result)).toBe(1);
    const warningsOnly: FileResult = {
      ...result,
      analyses: [recognisedSheet('表', { findings: [FAKE_WARNING, info], plan: EMPTY_PLAN })],
    };
    expect(exitCodeOf(warningsOnly)).toBe(0);
    expect(exitCodeOf({ ...warningsOnly, failure: { code: 'write-failed', message: '' } })).toBe(2);
  });
});
