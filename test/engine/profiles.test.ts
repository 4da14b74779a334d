/**
 * Profiles: every one complete and citing the document it follows; detection choosing the
 * right one from what real tables show (titles, 表号, notes, shapes) and never a regional one
 * without evidence of its own; the five examples keeping their figures under the profile
 * detected for them.
 */
import { describe, expect, it } from 'vitest';
import {
  NATIONAL_BY_KIND,
  NATIONAL_PROFILE,
  PROFILES,
  detectProfile,
  executionPoints,
  profileById,
  type Profile,
  type ProfileEvidence,
} from '../../src/engine/index.js';
import { normalizeText } from '../../src/engine/text/normalize.js';
import { analyzed, exampleGrid } from '../support/grids.js';

const byId = (id: string): Profile => {
  const p = profileById(id);
  if (!p) throw new Error(`no profile ${id}`);
  return p;
};

describe('the registry', () => {
  it('lists at least six profiles under short, stable, unique ASCII ids', () => {
    const ids = PROFILES.map((p) => p.id);
    expect(ids.length).toBeGreaterThanOrEqual(6);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    expect(ids).toEqual(
      expect.arrayContaining([
        'national-project',
        'national-department',
        'sichuan-2023',
        'hubei-20-80',
        'yueyang-department',
      ]),
    );
  });

  it('has a national profile for each table kind, with no regional signature', () => {
    expect(NATIONAL_BY_KIND.project.id).toBe('national-project');
    expect(NATIONAL_BY_KIND.department.id).toBe('national-department');
    for (const p of Object.values(NATIONAL_BY_KIND)) {
      expect(p.signature.regions).toEqual([]);
      expect(p.signature.formCodes).toEqual([]);
    }
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))('%s cites its source', (_id, p) => {
    expect(p.source.title.length).toBeGreaterThan(4);
    expect(p.source.issuer.length).toBeGreaterThan(1);
    expect(p.source.year).toBeGreaterThanOrEqual(2013);
    expect(p.source.year).toBeLessThanOrEqual(2026);
    // A reader must be able to find the document: by its number, its address or where it was read.
    expect(p.source.number ?? p.source.url ?? p.source.seenIn).toBeTruthy();
    if (p.source.url) expect(p.source.url).toMatch(/^https?:\/\//);
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))('%s is complete and coherent', (_id, p) => {
    expect(p.kinds.length).toBeGreaterThan(0);
    expect(p.fullMarks).toBe(100);
    // Grade bands: highest first, strictly falling, down to 0.
    const mins = p.gradeBands.map((b) => b.min);
    expect(mins).toEqual([...mins].sort((a, b) => b - a));
    expect(new Set(mins).size).toBe(mins.length);
    expect(mins.at(-1)).toBe(0);
    expect(p.gradeBands.map((b) => b.grade)).toEqual(['优', '良', '中', '差']);
    // Qualitative tiers cover 0–100 % without gaps.
    const q = p.qualitativeBands;
    expect([q.failed.min, q.failed.max, q.partial.max, q.achieved.max]).toEqual([
      0,
      q.partial.min,
      q.achieved.min,
      1,
    ]);
    // A complete weight template and the execution score make up 满分.
    for (const set of p.weightSets.filter((s) => s.complete)) {
      const sum = set.weights.reduce((s, w) => s + w.cap, 0);
      expect(sum + (p.execution.cap ?? 0)).toBe(p.fullMarks);
    }
    for (const set of p.weightSets.filter((s) => !s.complete)) {
      const sum = set.weights.reduce((s, w) => s + w.cap, 0);
      expect(sum + (p.execution.cap ?? 0)).toBeLessThan(p.fullMarks);
    }
    expect(p.execution.cap ?? 0).toBeLessThan(p.fullMarks);
    if (p.reasons.executionBelow) {
      expect(p.reasons.executionBelow.rate).toBeGreaterThan(0);
      expect(p.reasons.executionBelow.rate).toBeLessThanOrEqual(1);
    }
    // Signature words are stored as detection compares them.
    for (const w of [...p.signature.phrases, ...p.signature.headers, ...p.signature.regions])
      expect(normalizeText(w)).toBe(w);
  });

  it('gives each place to one profile only', () => {
    const places = PROFILES.flatMap((p) => p.signature.regions);
    expect(new Set(places).size).toBe(places.length);
  });

  it('records what each document says', () => {
    const national = byId('national-project');
    expect(national.source.number).toBe('财预〔2020〕10号');
    expect(national.execution).toEqual({
      cap: 10,
      denominator: { column: 'adjusted', label: '全年预算数' },
      formula: { kind: 'proportional' },
    });
    expect(national.weightSets[0]!.weights).toEqual([
      { label: '产出', cap: 50 },
      { label: '效益', cap: 30 },
      { label: '满意度', cap: 10 },
    ]);

    const sichuan = byId('sichuan-2023');
    expect(sichuan.execution.denominator.label).toBe('调整后预算数');
    expect(sichuan.reasons).toEqual({
      executionBelow: { rate: 0.9, maxChars: 100 },
      budgetAdjustment: true,
    });

    const hubei = byId('hubei-20-80');
    expect(hubei.execution.cap).toBe(20);
    expect(hubei.qualitativeBands.partial).toEqual({ min: 0.5, max: 0.8 });

    const zhengzhou = byId('zhengzhou-department');
    expect(zhengzhou.weightSets[0]!.weights.map((w) => w.cap)).toEqual([30, 10, 30, 20]);

    expect(byId('guangzhou-department').execution.cap).toBeNull();
    expect(byId('national-department').weightSets).toEqual([]);
  });

  it('keeps NATIONAL_PROFILE as the default it was: both templates, national grades', () => {
    expect(NATIONAL_PROFILE.id).toBe('national');
    expect(NATIONAL_PROFILE.weightSets.map((s) => s.name)).toEqual([
      '部门整体支出（预算执行率10/投入管理30/可持续性10/产出30/效益20）',
      '项目支出（预算执行率10/产出50/效益30/满意度10）',
    ]);
    expect(NATIONAL_PROFILE.gradeBands.map((b) => b.min)).toEqual([90, 80, 60, 0]);
  });
});

describe('executionPoints', () => {
  it('is proportional and stops at 分值 when more than the budget was spent', () => {
    // 广州 2022: "年度平均执行率为89.51%，则本指标得分为8.95".
    expect(executionPoints({ kind: 'proportional' }, 0.8951, 10)).toBeCloseTo(8.951, 6);
    expect(executionPoints({ kind: 'proportional' }, 1.2, 20)).toBe(20);
    expect(executionPoints({ kind: 'proportional' }, -0.1, 10)).toBe(0);
  });

  it('gives the share of the first tier reached', () => {
    const tiers = {
      kind: 'tiers',
      tiers: [
        { minRate: 0.95, share: 1 },
        { minRate: 0.9, share: 0.8 },
        { minRate: 0.6, share: 0.5 },
      ],
    } as const;
    expect(executionPoints(tiers, 0.97, 10)).toBe(10);
    expect(executionPoints(tiers, 0.9, 10)).toBe(8);
    expect(executionPoints(tiers, 0.7, 10)).toBe(5);
    expect(executionPoints(tiers, 0.59, 10)).toBe(0);
  });

  it('gives nothing below a threshold, proportional above it', () => {
    const formula = { kind: 'zero-below', threshold: 0.6 } as const;
    expect(executionPoints(formula, 0.59, 10)).toBe(0);
    expect(executionPoints(formula, 0.6, 10)).toBeCloseTo(6, 9);
  });
});

/** 池州市贵池区棠溪镇 2022 委托业务项目: the national 项目支出绩效自评表 as filled in. */
const NATIONAL_PROJECT_SHEET: ProfileEvidence = {
  title: '项目支出绩效自评表',
  texts: [
    '（2022年度）',
    '项目名称',
    '委托业务项目',
    '主管部门',
    '219-池州市贵池区棠溪镇人民政府',
    '年度资金总额：',
    '其中：本年财政拨款',
    '上年结转资金',
  ],
  headers: [
    '年初预算数',
    '全年预算数',
    '全年执行数',
    '分值',
    '执行率',
    '得分',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '偏差原因分析及改进措施',
  ],
  level1: [
    { label: '产出指标', cap: 50 },
    { label: '效益指标', cap: 30 },
    { label: '满意度指标', cap: 10 },
  ],
  executionCap: 10,
};

/** 眉山市青神县发展和改革局 2023 工资性支出: the 四川 form 510000_0013zp. */
const SICHUAN_SHEET: ProfileEvidence = {
  title: '部门预算项目支出绩效自评表（2023年度）',
  texts: [
    '报表编号：510000_0013zp',
    '项目名称',
    '51000021R000000019951-工资性支出',
    '主管部门',
    '青神县发展和改革局本级',
    '实施单位（盖章）',
    '青神县发展和改革局',
    '1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。',
  ],
  headers: [
    '年初预算',
    '调整后预算数',
    '预算执行数',
    '预算执行率',
    '权重',
    '得分',
    '原因',
    '一级指标',
    '二级指标',
    '三级指标',
    '指标性质',
    '指标值',
    '度量单位',
    '完成值',
    '未完成原因分析',
  ],
  level1: [
    { label: '产出指标', cap: 60 },
    { label: '效益指标', cap: 30 },
  ],
  executionCap: 10,
};

/** A 2020 项目自评表 of the 湖北 template, as a 区 unit filled it: no place name in the table. */
const HUBEI_SHEET: ProfileEvidence = {
  title: '2020年度长江禁捕项目自评表',
  texts: [
    '单位名称：农业工作科',
    '项目类别：1、部门预算项目 2、市直专项 3、市对下转移支付项目',
    '备注：1.预算执行情况口径：预算数为调整后财政资金总额（包括上年结余结转），执行数为资金使用单位财政资金实际支出数。2.定量指标计分原则：正向指标（即目标值为≥X，得分=权重*B/A），反向指标（即目标值为≤X，得分=权重*A/B），得分不得突破权重总额。',
  ],
  headers: [
    '预算数（A）',
    '执行数（B）',
    '执行率（B/A）',
    '得分（20分*执行率）',
    '一级指标',
    '二级指标',
    '三级指标',
    '年初目标值（A）',
    '实际完成值（B）',
    '得分',
  ],
  level1: [
    { label: '产出指标', cap: 40 },
    { label: '效益指标', cap: 30 },
    { label: '满意度指标', cap: 10 },
  ],
  executionCap: 20,
};

/** 岳阳市审计局 2018: the 岳阳 rubric, 附件3-1. */
const YUEYANG_SHEET: ProfileEvidence = {
  title: '岳阳市审计局2018年部门整体支出绩效评价评分表',
  texts: ['附件3-1', '部门整体支出绩效评价评分表（参考样表）'],
  headers: [
    '一级指标',
    '二级指标',
    '三级指标',
    '评分标准',
    '分值',
    '自评得分',
    '扣分原因和其他说明',
  ],
  level1: [
    { label: '投  入', cap: 15 },
    { label: '过  程', cap: 40 },
    { label: '产  出', cap: null },
    { label: '效  果', cap: null },
  ],
  executionCap: null,
};

/** The five examples as the lead fills the evidence from their recognised sheets. */
const EXAMPLES: readonly { file: string; evidence: ProfileEvidence; id: string; sure: boolean }[] =
  [
    {
      file: 'shangjie-2021.xlsx',
      id: 'zhengzhou-department',
      sure: true,
      evidence: {
        title: '部门整体绩效自评表',
        texts: [
          '附件3',
          '（2021年度）',
          '部门（单位）名称',
          '上街区应急管理局',
          '注：1. 自评采取打分评价的形式，满分为100分，…原则上一级指标分值统一设置为：预算执行率10分、投入管理指标30分、可持续性指标10分，产出指标30分、效益指标20分。…',
          '4. 自评结果实行百分制和四级分类，分别是：90-100分为优、80-89分为良、60-79分为中、0-59分为差。',
        ],
        headers: ['一级指标', '二级指标', '三级指标', '指标值', '分值', '得分', '未完成原因分析'],
        level1: [
          { label: '投入管理指标', cap: 30 },
          { label: '可持续性', cap: 10 },
          { label: '产出指标', cap: 30 },
          { label: '效益指标', cap: 20 },
        ],
        executionCap: 10,
      },
    },
    {
      file: 'yunxi-2021.xlsx',
      id: 'yueyang-department',
      sure: false,
      evidence: {
        title: '岳阳市云溪区2021年度部门整体支出绩效评价自评报告',
        texts: ['部门（单位）名称', '岳阳市云溪区应急管理局', '岳阳市云溪区财政局（制）'],
        headers: ['评价内容', '绩效目标', '完成情况'],
        level1: [],
        executionCap: null,
      },
    },
    {
      file: 'longgang-2020.xlsx',
      id: 'national-department',
      sure: true,
      evidence: {
        title: '部门整体支出绩效自评表',
        texts: ['(2020年)'],
        headers: ['一级指标', '二级指标', '三级指标', '分值', '参考评分标准', '自评得分'],
        level1: [
          { label: '部门决策', cap: 25 },
          { label: '部门管理', cap: 20 },
          { label: '部门绩效', cap: 55 },
        ],
        executionCap: null,
      },
    },
    {
      file: 'lianyungang-2021.xlsx',
      id: 'national-department',
      sure: true,
      evidence: {
        title: '2021年度连云港市应急管理局整体绩效评价报告',
        texts: ['连云港市应急管理部门整体绩效评价指标评分表'],
        headers: ['一级指标', '二级指标', '三级指标', '目标值', '权重', '得分', '得分率'],
        level1: [
          { label: '内部管理', cap: 40 },
          { label: '部门履职', cap: 50 },
          { label: '部门影响力', cap: 10 },
        ],
        executionCap: null,
      },
    },
    {
      file: 'guangzhou-2022.xlsx',
      id: 'guangzhou-department',
      sure: true,
      evidence: {
        title: '2022年度广州市应急管理局部门整体支出绩效自评表',
        texts: ['部门名称', '广州市应急管理局', '部门预算资金支出率'],
        headers: [
          '一级指标',
          '分值',
          '二级指标',
          '三级指标',
          '指标解释',
          '得分/自评分',
          '未达标原因',
        ],
        level1: [
          { label: '履职效能', cap: 50 },
          { label: '管理效率', cap: 50 },
        ],
        executionCap: null,
      },
    },
  ];

describe('detectProfile', () => {
  it('reads a national project table as national, from its kind and its 10/50/30/10 shape', () => {
    const d = detectProfile(NATIONAL_PROJECT_SHEET);
    expect(d.profile.id).toBe('national-project');
    expect(d.sure).toBe(true);
    expect(d.evidence).toEqual([
      '未见地区、表号或地方模板的特征',
      '一级指标 产出 50 分、效益 30 分、满意度 10 分，与全国模板一致',
      '预算执行率 10 分',
      '标题含「项目支出」：项目支出表',
      `选用「${NATIONAL_BY_KIND.project.name}」`,
    ]);
  });

  it('reads the 四川 form by its 表号, its places, its note and its columns', () => {
    const d = detectProfile(SICHUAN_SHEET);
    expect(d.profile.id).toBe('sichuan-2023');
    expect(d.sure).toBe(true);
    expect(d.evidence).toEqual([
      '表号 510000_0013zp',
      '表中文字含「青神县」',
      '表中写明「预算执行率未达到90%的需说明原因」',
      '表中写明「预算执行率=预算执行数/调整后预算数」',
      '预算执行率 10 分 + 绩效指标 90 分',
      '表头有「指标性质」「权重」列',
      '标题含「项目支出」：项目支出表',
    ]);
  });

  it('does not take a title that names 四川 for the 四川 form: a province publishes many forms', () => {
    const d = detectProfile({
      title: '2023年度四川省省级项目支出绩效自评表',
      texts: [],
      headers: [],
      level1: [],
      executionCap: 10,
    });
    expect(d.profile.id).toBe('national-project');
    expect(d.sure).toBe(false);
    expect(d.evidence[0]).toBe(
      '标题含「四川省」，但未见「四川·部门预算项目支出绩效自评表（2023，表号510000_0013zp）」的表号或说明文字',
    );
  });

  it('reads the 湖北 template by its 20 + 80 split and its notes, even with no place named', () => {
    const d = detectProfile(HUBEI_SHEET);
    expect(d.profile.id).toBe('hubei-20-80');
    expect(d.sure).toBe(true);
    expect(d.evidence).toEqual([
      '表中写明「20分*执行率」',
      '表中写明「预算数为调整后财政资金总额」',
      '预算执行率 20 分 + 绩效指标 80 分',
      '标题含「项目自评」：项目支出表',
    ]);
  });

  it('reads a 部门整体 table on the 湖北 20 + 80 form by its sheet name and its notes', () => {
    // 咸宁 通城县 塘湖镇 2020: no title line; "项目支出总额" is one of its amounts.
    const d = detectProfile({
      ...HUBEI_SHEET,
      title: undefined,
      sheetName: '部门整体支出绩效自评表',
      texts: [
        '单位名称:塘湖镇政府 填报日期:2021.5.18',
        '项目支出总额',
        ...HUBEI_SHEET.texts.slice(2),
      ],
    });
    expect(d.profile.id).toBe('hubei-20-80');
    expect(d.evidence).toContain('工作表名含「部门整体」：部门整体支出表');
  });

  it('reads a 转移支付整体绩效 table as a project table, not a department’s', () => {
    const d = detectProfile({
      ...NATIONAL_PROJECT_SHEET,
      title: '2024年度特殊教育补助资金转移支付整体绩效目标自评表',
    });
    expect(d.profile.id).toBe('national-project');
    expect(d.evidence).toContain('标题含「转移支付」：项目支出表');
  });

  it('reads a 湖北 province table by name and split', () => {
    const d = detectProfile({
      title: '2021年度湖北省省直部门项目支出绩效自评表',
      texts: [],
      headers: ['预算数', '执行数', '执行率', '得分'],
      level1: [{ label: '产出指标', cap: 80 }],
      executionCap: 20,
    });
    expect(d.profile.id).toBe('hubei-20-80');
    expect(d.sure).toBe(true);
    expect(d.evidence.slice(0, 2)).toEqual([
      '标题含「湖北省」',
      '预算执行率 20 分 + 绩效指标 80 分',
    ]);
  });

  it('reads the 岳阳 rubric by place, title and its 投入 15 / 过程 40 shape', () => {
    const d = detectProfile(YUEYANG_SHEET);
    expect(d.profile.id).toBe('yueyang-department');
    expect(d.sure).toBe(true);
    expect(d.evidence).toEqual([
      '标题含「岳阳市」',
      '表中写明「部门整体支出绩效评价评分表(参考样表)」',
      '一级指标 投入 15 分、过程 40 分',
      '表头有「扣分原因和其他说明」列',
      '标题含「部门整体」：部门整体支出表',
    ]);
  });

  it('reads a sheet that names no kind as the kind of the profile its shape chose', () => {
    // 岳阳's 投入 15 / 过程 40 shape with no title, no name and no kind word anywhere.
    const d = detectProfile({ ...YUEYANG_SHEET, title: undefined, texts: [] });
    expect(d.profile.id).toBe('yueyang-department');
    expect(d.evidence).toContain('未写明表的类型，按部门整体支出表处理');
  });

  it.each(EXAMPLES.map((e) => [e.file, e] as const))(
    'chooses %s’s profile with its evidence',
    (_file, { evidence, id, sure }) => {
      const d = detectProfile(evidence);
      expect(d.profile.id).toBe(id);
      expect(d.sure).toBe(sure);
      expect(d.evidence.length).toBeGreaterThan(0);
      for (const line of d.evidence) expect(line).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it('explains the 郑州 choice by place, notes and the 30/10/30/20 shape', () => {
    const d = detectProfile(EXAMPLES[0]!.evidence);
    expect(d.evidence).toEqual([
      '表中文字含「上街区」',
      '表中写明「投入管理指标30分」',
      '表中写明「自评结果实行百分制和四级分类」',
      '一级指标 投入管理 30 分、可持续性 10 分、产出 30 分、效益 20 分',
      '预算执行率 10 分 + 绩效指标 90 分',
      '标题含「部门整体」：部门整体支出表',
    ]);
  });

  it('a 表号 outweighs a shape that contradicts it, but leaves the choice unsure', () => {
    const d = detectProfile({ ...SICHUAN_SHEET, executionCap: 20 });
    expect(d.profile.id).toBe('sichuan-2023');
    expect(d.sure).toBe(false);
    expect(d.evidence).toContain(
      '预算执行率 20 分，与「四川·部门预算项目支出绩效自评表（2023，表号510000_0013zp）」规定的 10 分不符',
    );
  });

  describe('never a regional profile without evidence of its own', () => {
    it('a table of a province without a profile gets the national rules, unsure', () => {
      const d = detectProfile({
        ...NATIONAL_PROJECT_SHEET,
        title: '2023年度江苏省省级项目支出绩效自评表',
      });
      expect(d.profile.id).toBe('national-project');
      expect(d.sure).toBe(false);
      expect(d.evidence[0]).toBe('标题含「江苏省」，暂无该地区的规则');
    });

    it('an execution score of 10 is every template’s: no 四川 without 四川', () => {
      const d = detectProfile({
        title: '项目支出绩效自评表',
        texts: [],
        headers: ['权重'],
        level1: [],
        executionCap: 10,
      });
      expect(d.profile.id).toBe('national-project');
    });

    it('a place that is not the template’s excludes it, whatever the shape', () => {
      // 四川 named, 湖北's 20 points: neither fits.
      const d = detectProfile({
        ...HUBEI_SHEET,
        title: '2023年度四川省省级项目支出绩效自评表',
        texts: [],
      });
      expect(d.profile.id).toBe('national-project');
      expect(d.sure).toBe(false);
      expect(d.evidence).toEqual([
        '标题含「四川省」',
        '预算执行率 20 分，与「四川·部门预算项目支出绩效自评表（2023，表号510000_0013zp）」规定的 10 分不符',
        '预算执行率 20 分，与全国模板的 10 分不同',
        '标题含「项目支出」：项目支出表',
        `选用「${NATIONAL_BY_KIND.project.name}」`,
      ]);
    });

    it('a place named by a body or a project in any cell excludes another place’s template', () => {
      // 昌宁 is in no list: its 供销合作社联合社 and its 县…项目 name it (云南 2022, 20+80 shape).
      for (const text of [
        '单位名称:昌宁县供销合作社联合社 填报日期:2023年3月',
        '昌宁县昌龙鸿运生猪养殖场建设项目',
      ]) {
        const d = detectProfile({ ...HUBEI_SHEET, texts: [text] });
        expect(d.profile.id, text).toBe('national-project');
        expect(d.evidence[0], text).toMatch(/^表中写明「昌宁县.+」，暂无该地区的规则$/);
      }
    });

    it('a 四川 department table does not get the 四川 project form', () => {
      const d = detectProfile({
        title: '2023年度四川省某局部门整体支出绩效自评表',
        texts: [],
        headers: [],
        level1: [],
        executionCap: null,
      });
      expect(d.profile.id).toBe('national-department');
      expect(d.sure).toBe(false);
      expect(d.evidence[0]).toBe(
        '标题含「四川省」，但「四川·部门预算项目支出绩效自评表（2023，表号510000_0013zp）」只适用于项目支出表',
      );
    });

    it('a 郑州 shape in a 河南 table outside 郑州 is not taken for 郑州', () => {
      const d = detectProfile({
        ...EXAMPLES[0]!.evidence,
        title: '河南省某县部门整体绩效自评表',
        texts: [],
      });
      expect(d.profile.id).toBe('national-department');
      expect(d.evidence[0]).toBe('标题含「河南省」，暂无该地区的规则');
    });

    it('a sheet that says nothing of its kind is read as a project table, unsure', () => {
      const d = detectProfile({ texts: [], headers: [], level1: [], executionCap: null });
      expect(d.profile.id).toBe('national-project');
      expect(d.sure).toBe(false);
      expect(d.evidence).toContain('未写明表的类型，按项目支出表处理');
    });
  });
});

describe('the five examples under the profile detected for them', () => {
  it.each(EXAMPLES.map((e) => [e.file, e] as const))(
    '%s keeps its total, grade and findings',
    (file, { evidence }) => {
      const grid = exampleGrid(file);
      const profile = detectProfile(evidence).profile;
      const before = analyzed(grid, { profile: NATIONAL_PROFILE });
      const after = analyzed(grid, { profile });
      expect(after.total).toEqual(before.total);
      expect(after.grade).toEqual(before.grade);
      const keys = (r: typeof before) => r.findings.map((f) => `${f.rule}@${f.cell}:${f.severity}`);
      expect(keys(after)).toEqual(keys(before));
    },
  );
});
