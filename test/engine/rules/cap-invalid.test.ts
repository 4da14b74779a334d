/** cap-invalid: a 分值 that is negative, text or an Excel error value. */
import { capInvalid } from '../../../src/engine/rules/cap-invalid.js';
import { testRule } from '../../support/ruleTester.js';
import { withCells } from '../../support/grids.js';
import { smallSheet, type Leaf } from '../../support/smallSheet.js';

const sheet = (cap: Leaf['cap']) =>
  smallSheet({
    leaves: [
      { name: '检查企业户数', target: '≥120', actual: 126, cap: 60, score: 60 },
      { name: '培训人次', target: '≥300', actual: 300, cap, score: 30 },
    ],
  });

testRule(capInvalid, {
  valid: [
    { name: 'numbers ≥ 0', sheet: sheet(30) },
    { name: 'a cap of 0 (an indicator carrying no points)', sheet: sheet(0) },
    { name: 'a cap typed with its unit ("30分")', sheet: sheet('30分') },
    { name: 'a blank cap (the leaf is simply not capped)', sheet: sheet(null) },
  ],
  invalid: [
    {
      name: 'a negative cap',
      sheet: sheet(-30),
      findings: [
        {
          cell: 'F13',
          expected: null,
          found: -30,
          message: ['「培训人次」的分值为 -30，分值不能为负数', '不计入分值合计'],
        },
      ],
    },
    {
      name: 'a cap written in words',
      sheet: sheet('三十分'),
      findings: [
        {
          cell: 'F13',
          expected: null,
          found: '三十分',
          message: ['「培训人次」的分值「三十分」不是数字'],
        },
      ],
    },
    {
      name: 'an Excel error value in a cap cell',
      sheet: withCells(sheet(30), { F13: { value: { error: '#REF!' } } }),
      findings: [
        { cell: 'F13', expected: null, found: '#REF!', message: ['分值「#REF!」不是数字'] },
      ],
    },
  ],
});
