/** score-not-number: text, an Excel error or an uncalculated formula in a leaf's or a 合计's score. */
import { scoreNotNumber } from '../../../src/engine/rules/score-not-number.js';
import { testRule } from '../../support/ruleTester.js';
import { withCells } from '../../support/grids.js';
import { smallSheet, type Leaf, type SmallSheet } from '../../support/smallSheet.js';

const LEAVES: readonly Leaf[] = [
  { name: '检查企业户数', target: '≥120', actual: 126, cap: 50, score: 50 },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '事故起数',
    target: '≤3',
    actual: 2,
    cap: 50,
    score: 50,
  },
];
const sheet = (edit: Partial<Leaf> = {}, total?: SmallSheet['total']) =>
  smallSheet({ leaves: [LEAVES[0]!, { ...LEAVES[1]!, ...edit }], total });

testRule(scoreNotNumber, {
  valid: [
    { name: 'numbers, and a 合计', sheet: sheet({}, { cap: 100, score: 100 }) },
    { name: 'a blank score (nothing to read yet)', sheet: sheet({ score: null }) },
    { name: '"/" in a score cell reads as blank', sheet: sheet({ score: '/' }) },
    { name: 'a figure typed as text ("50分") is a number', sheet: sheet({ score: '50分' }) },
  ],
  invalid: [
    {
      name: 'a word in a score cell',
      sheet: sheet({ score: '满分' }),
      findings: [
        {
          cell: 'G13',
          expected: null,
          found: '满分',
          message: ['「事故起数」的得分「满分」不是数字', '按 0 分计'],
        },
      ],
    },
    {
      name: 'an Excel error value in a score cell',
      sheet: withCells(sheet(), { G13: { value: { error: '#DIV/0!' } } }),
      findings: [
        { cell: 'G13', expected: null, found: '#DIV/0!', message: ['「#DIV/0!」不是数字'] },
      ],
    },
    {
      name: 'a 合计 written in words',
      sheet: sheet({}, { cap: 100, score: '一百分' }),
      findings: [
        { cell: 'G14', expected: 100, found: '一百分', message: ['总分「一百分」不是数字'] },
      ],
    },
    {
      name: 'a formula that was never calculated (no cached value)',
      wrongToday:
        'a formula cell without a cached value is read as an empty cell: the rule cannot tell it from a blank score, although its description promises to flag it',
      sheet: sheet({ score: { f: 'F13*E13/3' } }),
      findings: [{ cell: 'G13', expected: null, found: '=F13*E13/3', message: ['不是数字'] }],
    },
  ],
});
