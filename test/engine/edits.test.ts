/**
 * Edited copies of the 上街区 sheet (seed 000): each edit a user or a typo makes gives
 * exactly the expected findings at the expected cells — and layout changes give none.
 */
import { describe, expect, it } from 'vitest';
import {
  analyzed,
  exampleGrid,
  filledDown,
  findingKeys,
  reordered,
  unmerged,
  withCells,
} from '../support/grids.js';

const original = exampleGrid('shangjie-2021.xlsx');
/** What the unedited sheet reports (seeds.test.ts pins it down). */
const BASELINE = [
  'actual-not-comparable@F52',
  'score-rule-deviation@H39',
  'task-budget-mismatch@D15',
];
const extra = (keys: string[]) => keys.filter((k) => !BASELINE.includes(k));

describe('edited copies of 上街区', () => {
  it('a leaf score above its cap → score-over-cap on that cell only; the total counts the cap', () => {
    const result = analyzed(withCells(original, { H21: 1.5 }));
    expect(extra(findingKeys(result))).toEqual(['score-over-cap@H21']);
    expect(result.findings.find((f) => f.cell === 'H21')).toMatchObject({
      expected: 1,
      found: 1.5,
      severity: 'error',
    });
    expect(result.total?.score).toBe(99.5);
  });

  it('a negative score → score-negative, counted as 0', () => {
    const result = analyzed(withCells(original, { H21: -1 }));
    expect(extra(findingKeys(result))).toEqual(['score-negative@H21', 'total-mismatch@H5']);
    expect(result.total?.score).toBe(98.5);
  });

  it('text in a score cell → score-not-number', () => {
    const result = analyzed(withCells(original, { H22: '满分' }));
    expect(extra(findingKeys(result))).toEqual(['score-not-number@H22', 'total-mismatch@H5']);
  });

  it('an Excel error in a score cell → score-not-number, never a crash', () => {
    const result = analyzed(withCells(original, { H22: { error: '#DIV/0!' } }));
    expect(extra(findingKeys(result))).toEqual(['score-not-number@H22', 'total-mismatch@H5']);
  });

  it('the stated total changed → total-mismatch at 自评得分', () => {
    const result = analyzed(withCells(original, { H5: 98 }));
    expect(extra(findingKeys(result))).toEqual(['total-mismatch@H5']);
    expect(result.findings.find((f) => f.rule === 'total-mismatch')).toMatchObject({
      expected: 99.5,
      found: 98,
    });
    expect(result.plan.values).toEqual([
      expect.objectContaining({
        address: 'H5',
        value: 99.5,
        purpose: 'total',
        previous: { value: 98 },
      }),
    ]);
    // The written cell is marked, its note saying what it held (the finding's fill wins).
    const mark = result.plan.marks.find((m) => m.address === 'H5');
    expect(mark).toMatchObject({ severity: 'error' });
    expect(mark?.note.split('\n')).toEqual([
      expect.stringContaining('相差 1.5'),
      '总分由自评助手写入 99.5，原为 98。',
    ]);
  });

  it('a blank total is filled and marked (info) with what it held: 原为 空', () => {
    const result = analyzed(withCells(original, { H5: null }));
    expect(result.plan.values.map((v) => v.address)).toEqual(['H5']);
    expect(result.plan.marks.find((m) => m.address === 'H5')).toEqual(
      expect.objectContaining({ severity: 'info', note: '总分由自评助手写入 99.5，原为 空。' }),
    );
  });

  it('the stated grade changed → grade-mismatch at 自评结果, and the plan restores 优', () => {
    const result = analyzed(withCells(original, { H6: '良' }));
    expect(extra(findingKeys(result))).toEqual(['grade-mismatch@H6']);
    expect(result.plan.values).toEqual([
      expect.objectContaining({ address: 'H6', value: '优', purpose: 'grade' }),
    ]);
  });

  it('an 执行数 changed → its rate, both part groups, the execution score and the total', () => {
    const result = analyzed(withCells(original, { F15: { value: 560, format: '0.00' } }));
    expect(extra(findingKeys(result))).toEqual([
      'budget-sum-mismatch@F15',
      'budget-sum-mismatch@F15',
      'rate-mismatch@G15',
      'score-rule-deviation@I15',
      'total-mismatch@H5',
    ]);
    const execScore = result.findings.find((f) => f.cell === 'I15');
    expect(execScore?.expected).toBeCloseTo(9.91, 2);
    expect(result.total?.score).toBeCloseTo(89.5 + (560 / 565.22) * 10, 9);
  });

  it('an 执行数 above its budget → execution-over-budget (a warning) and the rate', () => {
    const result = analyzed(
      withCells(original, {
        F17: { value: 8.5, format: '0.00' },
        F15: { value: 566.03, format: '0.00' },
        F16: { value: 557.53, format: '0.00' },
      }),
    );
    expect(extra(findingKeys(result))).toEqual(
      expect.arrayContaining([
        'execution-over-budget@F17',
        'rate-mismatch@G17',
        'execution-over-budget@F15',
      ]),
    );
    expect(result.findings.find((f) => f.cell === 'F17')?.severity).toBe('warning');
  });

  it('a budget part changed → budget-sum-mismatch on the total, and that row’s rate', () => {
    const result = analyzed(withCells(original, { E17: { value: 8.69, format: '0.00' } }));
    expect(extra(findingKeys(result))).toEqual(['budget-sum-mismatch@E15', 'rate-mismatch@G17']);
    expect(result.findings.find((f) => f.rule === 'budget-sum-mismatch')).toMatchObject({
      expected: 566.22,
      found: 565.22,
    });
  });

  it('a budget total row left at 0 while its parts are filled → budget-sum-mismatch', () => {
    const result = analyzed(withCells(original, { D15: 0 }));
    expect(extra(findingKeys(result))).toEqual(
      expect.arrayContaining(['budget-sum-mismatch@D15', 'budget-sum-mismatch@D15']),
    );
  });

  it('a deduction with no reason → reason-missing on the reason cell; "无" counts as no reason', () => {
    const empty = analyzed(withCells(original, { H22: 0.8 }));
    expect(extra(findingKeys(empty))).toEqual(['reason-missing@I22', 'total-mismatch@H5']);
    const boilerplate = analyzed(withCells(original, { H22: 0.8, I22: '无' }));
    expect(extra(findingKeys(boilerplate))).toEqual(['reason-missing@I22', 'total-mismatch@H5']);
    const explained = analyzed(withCells(original, { H22: 0.8, I22: '部分指标设置不够合理' }));
    expect(extra(findingKeys(explained))).toEqual(['total-mismatch@H5']);
  });

  it('a qualitative score outside its tier → qualitative-out-of-band', () => {
    // 实际 "合理" equals the target: achieved, so 80–100 % of the cap; 0.5 of 1 is below.
    const result = analyzed(withCells(original, { H22: 0.5, I22: '待完善' }));
    expect(extra(findingKeys(result))).toEqual([
      'qualitative-out-of-band@H22',
      'total-mismatch@H5',
    ]);
    // "部分完成" is the middle tier: 0.7 of 1 is inside it.
    const partial = analyzed(withCells(original, { F22: '部分完成', H22: 0.7, I22: '待完善' }));
    expect(extra(findingKeys(partial))).toEqual(['total-mismatch@H5']);
  });

  it('an empty score on a quantitative row → score-suggested with the rule’s score, written by the plan', () => {
    const result = analyzed(withCells(original, { H39: null }));
    const suggested = result.findings.find((f) => f.rule === 'score-suggested');
    expect(suggested).toMatchObject({ cell: 'H39', severity: 'info', suggestion: 0.67 });
    expect(result.plan.values).toContainEqual(
      expect.objectContaining({
        address: 'H39',
        value: 0.67,
        purpose: 'suggested-score',
        previous: { value: null },
      }),
    );
  });

  it('level cells unmerged (values only in the first row) → the same report', () => {
    const result = analyzed(unmerged(original));
    expect(findingKeys(result)).toEqual(BASELINE);
    expect(result.total?.score).toBe(99.5);
  });

  it('level cells flattened by repeating the label on every row → the same report', () => {
    const result = analyzed(filledDown(original));
    expect(result.indicators).toBe(45);
    expect(findingKeys(result)).toEqual(BASELINE);
  });

  it('columns reordered (得分 before 分值, 实际完成值 before 指标值) → the same findings in the moved columns', () => {
    // Old columns A..I; new order A B C F E D H G I.
    const result = analyzed(reordered(original, [0, 1, 2, 5, 4, 3, 7, 6, 8]));
    expect(result.indicators).toBe(45);
    expect(result.total?.score).toBe(99.5);
    expect(result.mapping?.columns).toMatchObject({ actual: 3, target: 5, score: 6, cap: 7 });
    expect(result.findings.find((f) => f.rule === 'score-rule-deviation')?.cell).toBe('G39');
    expect(result.findings.find((f) => f.rule === 'actual-not-comparable')?.cell).toBe('D52');
  });

  it('percentages as text ("30%"), as numbers with a % format, or as 30 with unit % → the same scores', () => {
    const asText = analyzed(withCells(original, { F39: '30%', D39: '≤20%' }));
    const asPlain = analyzed(withCells(original, { F39: 30 }));
    const fullWidth = analyzed(withCells(original, { F39: '３０％', D39: '≦２０％' }));
    for (const result of [asText, asPlain, fullWidth]) {
      expect(findingKeys(result)).toEqual(BASELINE);
      expect(result.findings.find((f) => f.rule === 'score-rule-deviation')?.expected).toBe(0.67);
    }
  });

  it('a header with full-width characters and line breaks is still recognised', () => {
    const result = analyzed(
      withCells(original, { G20: '分　值', H20: '得\n分', F20: '实际\r\n完成值' }),
    );
    expect(result.indicators).toBe(45);
    expect(findingKeys(result)).toEqual(BASELINE);
  });

  it('a formula total is never a write target, even when it is wrong', () => {
    const result = analyzed(
      withCells(original, { H5: { value: 98, formula: '=SUM(H21:H65)+I15' } }),
    );
    expect(extra(findingKeys(result))).toEqual(['total-mismatch@H5']);
    expect(result.plan.values.find((v) => v.address === 'H5')).toBeUndefined();
  });

  it('marks only, when asked not to write values', () => {
    const result = analyzed(withCells(original, { H5: 98 }), { writeValues: false });
    expect(result.plan.values).toEqual([]);
    expect(result.plan.marks.find((m) => m.address === 'H5')).toMatchObject({ severity: 'error' });
  });
});

describe('values read by meaning (issue 6, item 5)', () => {
  it('a correct rate of 1.6 in General format is read as 160 %, not as 1.6 %', () => {
    // Spending 160 % of the budget: the column's other rates are fractions too.
    const grid = withCells(original, {
      F15: { value: 904.35, format: '0.00' },
      G15: 1.6,
      G16: 1,
      G17: 1,
      G18: 1,
      G19: 1,
    });
    const result = analyzed(grid);
    expect(result.findings.filter((f) => f.cell === 'G15')).toEqual([]);
  });

  it('rates typed as 100 under a 执行率 column of such numbers are percentages', () => {
    const grid = withCells(original, { G15: 100, G16: 100, G17: 100, G18: 100, G19: 100 });
    const result = analyzed(grid);
    expect(result.findings.filter((f) => f.rule === 'rate-mismatch')).toEqual([]);
    expect(result.plan.values.filter((v) => v.purpose === 'execution-rate')).toEqual([]);
  });

  it('a date in a value cell reads as a date, not as 44561 %', () => {
    const result = analyzed(withCells(original, { F39: { value: 44561, format: 'yyyy-mm-dd' } }));
    const finding = result.findings.find((f) => f.cell === 'F39');
    expect(finding?.rule).toBe('actual-not-comparable');
    expect(finding?.found).toBe('2021-12-31');
  });

  it('a score formula never calculated is "公式未计算", never read as 0 or as empty', () => {
    const result = analyzed(withCells(original, { H22: { value: null, formula: '=G22' } }));
    expect(result.findings.find((f) => f.cell === 'H22')).toMatchObject({
      rule: 'score-not-number',
      found: '公式未计算',
    });
    expect(result.plan.values.find((v) => v.address === 'H22')).toBeUndefined();
  });

  it('amounts typed with their unit ("565.22万元") are figures', () => {
    const result = analyzed(withCells(original, { D15: '470.64万元', E15: '565.22万元' }));
    expect(extra(findingKeys(result))).toEqual([]);
  });

  it('a negative 分值 is cap-invalid and left out of Σ 分值 and the total alike', () => {
    const result = analyzed(withCells(original, { G22: -1 }));
    expect(findingKeys(result, 'error')).toContain('cap-invalid@G22');
    expect(result.total?.cap).toBeNull(); // Σ 分值 is unknown with an unusable cap
  });

  it('a stated grade 优秀 that is right is left as written', () => {
    const result = analyzed(withCells(original, { H6: '优秀' }));
    expect(extra(findingKeys(result))).toEqual([]);
    expect(result.plan.values).toEqual([]);
  });

  it('a wrong 良好 is corrected in the same words: 优秀', () => {
    const result = analyzed(withCells(original, { H6: '良好' }));
    expect(result.plan.values).toEqual([
      expect.objectContaining({ address: 'H6', value: '优秀', purpose: 'grade' }),
    ]);
  });
});

describe('grade on the unrounded total', () => {
  it('a total of 89.996 (shown 90.00) is 良, and the message says why', () => {
    // 45 leaves give 89.5; an execution-rate cap of 0.496 at 100 % brings the total to 89.996.
    const grid = withCells(original, { H15: 0.496, I15: 0.496, H5: 90 });
    const result = analyzed(grid);
    expect(result.grade?.value).toBe('良');
    const mismatch = result.findings.find((f) => f.rule === 'grade-mismatch');
    expect(mismatch?.message).toContain('总分显示为 90.00');
  });
});
