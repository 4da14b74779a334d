/** score-not-number: text, an Excel error or an uncalculated formula in a leaf's or a 合计's score. */
import { scoreNotNumber } from '../../../src/engine/rules/score-not-number.js';
import { testRule } from '../../support/ruleTester.js';
import { withCells } from '../../support/grids.js';
import {
  BUDGET,
  projectLeaves,
  smallSheet,
  type Leaf,
  type SmallSheet,
} from '../../support/smallSheet.js';

/** The project's table with 培训人次's score (G13) changed, and maybe a 合计 (row 16). */
const sheet = (score: Leaf['score'], total?: SmallSheet['total']) =>
  smallSheet({ budget: BUDGET, leaves: projectLeaves({ 1: { score } }), total });

testRule(scoreNotNumber, {
  valid: [
    { name: 'numbers, and a 合计', sheet: sheet(20, { cap: 100, score: 99.5 }) },
    { name: 'a blank score (nothing to read yet)', sheet: sheet(null) },
    { name: '"/" in a score cell reads as blank', sheet: sheet('/') },
    { name: 'a figure typed as text ("20分") is a number', sheet: sheet('20分') },
  ],
  invalid: [
    {
      name: 'a word in a score cell',
      sheet: sheet('满分'),
      findings: [
        {
          cell: 'G13',
          expected: null,
          found: '满分',
          message: ['「培训人次」的得分「满分」不是数字', '按 0 分计'],
        },
      ],
    },
    {
      name: 'an Excel error value in a score cell',
      sheet: withCells(sheet(20), { G13: { value: { error: '#DIV/0!' } } }),
      findings: [
        { cell: 'G13', expected: null, found: '#DIV/0!', message: ['「#DIV/0!」不是数字'] },
      ],
    },
    {
      name: 'a 合计 written in words',
      sheet: sheet(20, { cap: 100, score: '九十九点五' }),
      findings: [
        {
          cell: 'G16',
          expected: 99.5,
          found: '九十九点五',
          message: ['总分「九十九点五」不是数字'],
        },
      ],
    },
    {
      name: 'a formula that was never calculated (no cached value)',
      sheet: sheet({ f: 'F13*E13/300' }),
      findings: [
        { cell: 'G13', expected: null, found: '公式未计算', message: ['「公式未计算」不是数字'] },
      ],
    },
  ],
});
