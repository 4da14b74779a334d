/**
 * The acceptance figures of issue 2 on the five seed workbooks (examples/), as a department
 * would have them in Excel. Every number here was read off the seed reports.
 */
import { describe, expect, it } from 'vitest';
import { analyzed, exampleGrid, findingKeys } from '../support/grids.js';

describe('上街区 2021 (seed 000): classic 附件3 form', () => {
  const result = analyzed(exampleGrid('shangjie-2021.xlsx'));

  it('recognises 45 leaf indicators, the task block and the budget block', () => {
    expect(result.indicators).toBe(45);
    expect(result.blocks.map((b) => b.kind)).toEqual(
      expect.arrayContaining(['indicators', 'budget', 'tasks', 'summary']),
    );
    expect(result.mapping?.columns).toMatchObject({
      level1: 0,
      level2: 1,
      level3: 2,
      target: 3,
      unit: 4,
      actual: 5,
      cap: 6,
      score: 7,
      reason: 8,
    });
  });

  it('totals 99.5 of 100 (45 leaves + the execution-rate score) and grades 优', () => {
    expect(result.total).toEqual({ score: 99.5, cap: 100, stated: 99.5, cell: 'H5' });
    expect(result.grade).toEqual({ value: '优', stated: '优', cell: 'H6' });
  });

  it('has no error; warns on 离退休人员经费变动率 (rule 0.67, sheet 0.5) and 政府采购执行率 (actual "完整")', () => {
    expect(findingKeys(result, 'error')).toEqual([]);
    const deviation = result.findings.find((f) => f.rule === 'score-rule-deviation');
    expect(deviation).toMatchObject({
      cell: 'H39',
      expected: 0.67,
      found: 0.5,
      suggestion: 0.67,
      severity: 'warning',
    });
    expect(deviation?.message).toContain('离退休人员经费变动率');
    expect(result.findings.find((f) => f.rule === 'actual-not-comparable')).toMatchObject({
      cell: 'F52',
      found: '完整',
    });
  });

  it('confirms 执行率 100% for 部门预算总额, its parts and each task: no rate or sum finding', () => {
    const budgetRules = ['rate-mismatch', 'budget-sum-mismatch', 'execution-over-budget'];
    expect(result.findings.filter((f) => budgetRules.includes(f.rule))).toEqual([]);
  });

  it('notices that the five task budgets add to 470.46, not 470.64 (a warning, not an error)', () => {
    expect(result.findings.find((f) => f.rule === 'task-budget-mismatch')).toMatchObject({
      severity: 'warning',
      cell: 'D15',
      expected: 470.46,
      found: 470.64,
    });
  });

  it('writes nothing when the sheet already shows every computed value', () => {
    expect(result.plan.values).toEqual([]);
    expect(result.plan.marks.map((m) => m.address).sort()).toEqual(['D15', 'F52', 'H39']);
  });
});

describe('广州 2022 (seed 004): caps at every level, tick-box grade, table at B2', () => {
  const result = analyzed(exampleGrid('guangzhou-2022.xlsx'));

  it('recognises 26 leaves including the unnamed 1.5-point row', () => {
    expect(result.indicators).toBe(26);
    expect(result.mapping?.columns).toMatchObject({
      level1: 1,
      level1Cap: 2,
      level2: 3,
      level2Cap: 4,
      level3: 5,
      cap: 6,
      score: 8,
      reason: 9,
    });
  });

  it('totals 94.49 of 100, grade 优 from the ticked box', () => {
    expect(result.total).toMatchObject({ score: 94.49, cap: 100, stated: 94.49 });
    expect(result.grade).toMatchObject({ value: '优', stated: '优' });
  });

  it('finds caps consistent at all three levels and no error', () => {
    expect(result.findings).toEqual([]);
  });
});

describe('连云港 2021 (seed 003)', () => {
  it('the appendix: 82 indicators, total 95.3, 优', () => {
    const result = analyzed(exampleGrid('lianyungang-2021.xlsx', '评分表'));
    expect(result.indicators).toBe(82);
    expect(result.total).toMatchObject({ score: 95.3, cap: 100 });
    expect(result.grade?.value).toBe('优');
    expect(findingKeys(result, 'error')).toEqual([]);
  });

  it("the body's summary tables: 合计 30 with score 36.7 → cap-sum-mismatch and score-over-cap on that row", () => {
    const result = analyzed(exampleGrid('lianyungang-2021.xlsx', '正文汇总表'));
    expect(result.indicators).toBe(82);
    expect(result.total).toMatchObject({ score: 95.3, cap: 100 });
    expect(findingKeys(result, 'error')).toEqual([
      'cap-sum-mismatch@E30',
      'cap-sum-mismatch@E78',
      'score-over-cap@F30',
    ]);
    expect(result.findings.find((f) => f.cell === 'E30')).toMatchObject({
      expected: 40,
      found: 30,
    });
    expect(result.findings.find((f) => f.cell === 'E78')).toMatchObject({
      expected: 50,
      found: 60,
    });
  });

  it('the 支出 tables: 合计 = 基本支出 + 项目支出 holds for budget and final accounts', () => {
    const result = analyzed(exampleGrid('lianyungang-2021.xlsx', '支出'));
    expect(result.blocks.filter((b) => b.kind === 'column-sums')).toHaveLength(2);
    expect(result.findings).toEqual([]);
  });
});

describe('龙岗区 2020 (seed 002): three-row header repeated at page breaks', () => {
  const result = analyzed(exampleGrid('longgang-2020.xlsx'));

  it('totals 95.68, 优', () => {
    expect(result.indicators).toBe(21);
    expect(result.total).toMatchObject({ score: 95.68, cap: 100, stated: 95.68 });
    expect(result.grade?.value).toBe('优');
  });

  it('flags 部门管理 (stated 20, children 26) and 部门绩效 (stated 55, children 49)', () => {
    expect(findingKeys(result, 'error')).toEqual(['cap-sum-mismatch@B13', 'cap-sum-mismatch@B33']);
    expect(result.findings.find((f) => f.cell === 'B13')).toMatchObject({
      expected: 26,
      found: 20,
    });
    expect(result.findings.find((f) => f.cell === 'B33')).toMatchObject({
      expected: 49,
      found: 55,
    });
  });

  it('the project table: 14 projects add up to 合计 and every 执行率 matches', () => {
    const projects = analyzed(exampleGrid('longgang-2020.xlsx', '项目支出执行'));
    expect(projects.blocks.map((b) => b.kind)).toEqual(['budget']);
    expect(projects.findings).toEqual([]);
  });
});

describe('云溪区 2021 (seed 001): a form, not a grid', () => {
  const result = analyzed(exampleGrid('yunxi-2021.xlsx'));

  it('checks 支出合计 = 基本支出 + 项目支出, 基本支出 = 人员 + 公用, and the 三公 parts: all hold', () => {
    const sums = result.blocks.filter((b) => b.kind === 'column-sums').map((b) => b.label);
    expect(sums).toEqual(
      expect.arrayContaining([
        '合计栏「支出合计」= 基本支出 + 项目支出',
        '合计栏「基本支出」= 人员支出 + 公用支出',
        '合计栏「三公经费合计」= 公务接待费 + 公务用车运维费 + 公务用车购置费 + 因公出国费',
      ]),
    );
    expect(result.findings.filter((f) => f.rule === 'budget-sum-mismatch')).toEqual([]);
  });

  it('reads 综合得分 92 and grades it 优', () => {
    expect(result.total).toMatchObject({ score: null, stated: 92 });
    expect(result.grade).toMatchObject({ value: '优', stated: '优' });
    expect(result.findings).toEqual([]);
  });
});
