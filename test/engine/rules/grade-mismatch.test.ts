/** grade-mismatch: the stated 评价等级 against the grade of the unrounded total (优 ≥ 90, 良 ≥ 80 …). */
import { gradeMismatch } from '../../../src/engine/rules/grade-mismatch.js';
import { testRule } from '../../support/ruleTester.js';
import { smallSheet, type SmallSheet } from '../../support/smallSheet.js';

/** Two leaves of 50 scoring 50 and `second`: the total is 50 + second. */
const sheet = (second: number, grade: string | null, total?: SmallSheet['total']) =>
  smallSheet({
    summary: total ? undefined : { grade },
    leaves: [
      { name: '检查企业户数', target: '≥120', actual: 126, cap: 50, score: 50 },
      {
        level1: '效益指标',
        level2: '社会效益指标',
        name: '事故起数',
        target: '≤3',
        actual: 4,
        cap: 50,
        score: second,
        reason: '汛期事故偏多',
      },
    ],
    total,
  });

testRule(gradeMismatch, {
  valid: [
    { name: '优秀 for 93.91 (graded by meaning)', sheet: sheet(43.91, '优秀') },
    { name: '合格 for 75 (中 by meaning)', sheet: sheet(25, '合格') },
    { name: 'the ticked box of ☑优 □良 □中 □差', sheet: sheet(45, '☑优 □良 □中 □差') },
    { name: '良 for 89.996, which shows as 90.00', sheet: sheet(39.996, '良') },
    {
      name: 'a grade in the 合计 line',
      sheet: sheet(35, null, { cap: 100, score: 85, grade: '良' }),
    },
    { name: 'no grade stated', sheet: sheet(45, null) },
  ],
  invalid: [
    {
      name: '优 for a total of 89.996: the grade follows the unrounded total',
      sheet: smallSheet({
        summary: { grade: '优' },
        leaves: [{ name: '检查企业户数', target: '≥120', actual: 126, cap: 100, score: 89.996 }],
      }),
      findings: [
        {
          cell: 'H2',
          expected: '良',
          found: '优',
          message: ['表中为「优」（总分显示为 90.00，但等级按未舍入的 89.996 分确定）'],
        },
      ],
    },
    {
      name: '优 for 50 + 39.996: the message shows the total as 89.996',
      sheet: sheet(39.996, '优'),
      findings: [
        {
          cell: 'H2',
          expected: '良',
          found: '优',
          message: [
            '对应等级「良」（80 分及以上），表中为「优」',
            '总分显示为 90.00，但等级按未舍入的 89.996 分确定',
          ],
        },
      ],
    },
    {
      name: '良好 for 93.91',
      sheet: sheet(43.91, '良好'),
      findings: [
        {
          cell: 'H2',
          expected: '优',
          found: '良',
          message: ['总分 93.91', '对应等级「优」（90 分及以上），表中为「良好」'],
        },
      ],
    },
    {
      name: 'a grade word that is none of the grades',
      sheet: sheet(43.91, '很好'),
      findings: [
        {
          cell: 'H2',
          expected: '优',
          found: '很好',
          message: ['评价等级「很好」无法识别'],
        },
      ],
    },
    {
      name: 'a wrong grade in the 合计 line',
      sheet: sheet(25, null, { cap: 100, score: 75, grade: '良' }),
      findings: [
        { cell: 'H14', expected: '中', found: '良', message: ['对应等级「中」（60 分及以上）'] },
      ],
    },
    {
      name: 'a header block stating only 自评得分 and 评价等级: graded on the stated total',
      sheet: smallSheet({ summary: { total: 85, grade: '优' } }),
      findings: [
        { cell: 'H2', expected: '良', found: '优', message: ['表中填写的总分对应等级「良」'] },
      ],
    },
  ],
});
