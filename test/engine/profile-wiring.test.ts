/**
 * The profile an analysis uses: detected from the sheet with its evidence, or the user's
 * choice; and what its rules change (the execution formula and denominator, 四川's reasons).
 */
import { describe, expect, it } from 'vitest';
import { analyzeSheet, NATIONAL_PROFILE } from '../../src/engine/index.js';
import type { Profile } from '../../src/engine/profile/profile.js';
import { NATIONAL_PROJECT } from '../../src/engine/profile/profiles/national-project.js';
import { SICHUAN_2023 } from '../../src/engine/profile/profiles/sichuan-2023.js';
import { analyzed, exampleGrid, findingKeys } from '../support/grids.js';
import { smallSheet, type SmallSheet } from '../support/smallSheet.js';

describe('the profile of each example, detected with its evidence', () => {
  it.each([
    ['shangjie-2021.xlsx', 'zhengzhou-department', '表中文字含「上街区」'],
    ['guangzhou-2022.xlsx', 'guangzhou-department', '标题含「广州市」'],
    ['longgang-2020.xlsx', 'national-department', '未见地区、表号或地方模板的特征'],
  ])('%s → %s', (file, id, first) => {
    const result = analyzed(exampleGrid(file));
    expect(result.profile).toMatchObject({ id, chosenBy: 'detection' });
    expect(result.profile.evidence[0]).toBe(first);
    expect(result.profile.source).toMatch(/（.+\d{4}年）$/);
  });

  it('a profile the user chose is used and says so', () => {
    const result = analyzed(exampleGrid('shangjie-2021.xlsx'), { profile: NATIONAL_PROFILE });
    expect(result.profile).toMatchObject({ id: 'national', chosenBy: 'user', sure: true });
  });
});

/** A project whose budget was 50 % spent: 5.00 of 10.00 万元. */
const halfSpent: SmallSheet = {
  budget: [['年度资金总额', 10, 10, 5, '50%', 10, 5]],
  leaves: [{ name: '培训人次', target: '≥300', actual: 300, cap: 90, score: 90 }],
};

describe('the execution score follows the profile', () => {
  it('proportional nationally: 50 % of 10 is 5', () => {
    const result = analyzed(smallSheet(halfSpent), { profile: NATIONAL_PROJECT });
    expect(result.total?.score).toBe(95);
    expect(findingKeys(result, 'warning')).not.toContain('score-rule-deviation@G5');
  });

  it('"执行率低于 60% 不得分" gives 0, and says by which formula', () => {
    const strict: Profile = {
      ...NATIONAL_PROJECT,
      execution: { ...NATIONAL_PROJECT.execution, formula: { kind: 'zero-below', threshold: 0.6 } },
    };
    const result = analyzed(smallSheet(halfSpent), { profile: strict });
    expect(result.total?.score).toBe(90);
    const deviation = result.findings.find((f) => f.rule === 'score-rule-deviation');
    expect(deviation).toMatchObject({ cell: 'G5', expected: 0, found: 5 });
    expect(deviation?.message).toContain('低于 60% 不得分');
  });

  it('年初预算数 where a region divides by it', () => {
    const byInitial: Profile = {
      ...NATIONAL_PROJECT,
      execution: {
        ...NATIONAL_PROJECT.execution,
        denominator: { column: 'initial', label: '年初预算数' },
      },
    };
    // 5 of a 年初预算数 of 8 is 62.5 %, not the 50 % of the 全年预算数 of 10.
    const sheet = smallSheet({ ...halfSpent, budget: [['年度资金总额', 8, 10, 5, '50%', 10, 5]] });
    expect(findingKeys(analyzed(sheet, { profile: NATIONAL_PROJECT }), 'error')).toEqual([]);
    const result = analyzed(sheet, { profile: byInitial });
    expect(findingKeys(result, 'error')).toContain('rate-mismatch@E5');
  });
});

describe('四川: a reason when execution is under 90 %, at most 100 字', () => {
  const sichuanSheet = (reason: string | null) =>
    smallSheet({
      budget: [['年度资金总额', 10, 10, 8, '80%', 10, 8]],
      leaves: [{ name: '培训人次', target: '≥300', actual: 300, cap: 90, score: 90 }],
      budgetReason: reason,
    });

  it('flags 80 % without a reason under 四川 only', () => {
    const flagged = analyzeSheet(sichuanSheet(null), { profile: SICHUAN_2023 });
    expect(flagged.status === 'recognised' && findingKeys(flagged)).toContain('reason-missing@H5');
    const national = analyzed(sichuanSheet(null), { profile: NATIONAL_PROJECT });
    expect(findingKeys(national)).not.toContain('reason-missing@H5');
  });

  it('accepts a short reason and flags one over 100 字', () => {
    expect(
      findingKeys(analyzed(sichuanSheet('部分采购延至次年'), { profile: SICHUAN_2023 })),
    ).not.toContain('reason-missing@H5');
    const long = '因'.repeat(101);
    expect(findingKeys(analyzed(sichuanSheet(long), { profile: SICHUAN_2023 }))).toContain(
      'reason-missing@H5',
    );
  });
});
