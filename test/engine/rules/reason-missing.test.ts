/** reason-missing: a leaf that lost points with its 偏差原因 empty or boilerplate (无, 暂无, /, 0). */
import { reasonMissing } from '../../../src/engine/rules/reason-missing.js';
import { testRule } from '../../support/ruleTester.js';
import { smallSheet, type Leaf } from '../../support/smallSheet.js';

/** 培训人次, 270 of 300 trained: 27 of 30 points. */
const sheet = (reason: Leaf['reason'], score: Leaf['score'] = 27) =>
  smallSheet({
    leaves: [{ name: '培训人次', target: '≥300', actual: 270, cap: 30, score, reason }],
  });

testRule(reasonMissing, {
  valid: [
    { name: 'a deduction explained', sheet: sheet('受疫情影响，2期培训延至次年') },
    { name: 'full marks need no reason', sheet: sheet(null, 30) },
    { name: '29.996 shown as 30.00 lost nothing', sheet: sheet(null, { v: 29.996, fmt: '0.00' }) },
    { name: 'a score above its cap is not judged here', sheet: sheet(null, 31) },
  ],
  invalid: [
    {
      name: 'no reason at all',
      sheet: sheet(null),
      findings: [
        {
          cell: 'H12',
          expected: '失分原因',
          found: null,
          message: ['「培训人次」扣了 3 分（27/30），但未填写原因'],
        },
      ],
    },
    {
      name: '"无" explains nothing',
      sheet: sheet('无'),
      findings: [{ cell: 'H12', expected: '失分原因', found: '无', message: ['原因只写了「无」'] }],
    },
    {
      name: '"/" reads as blank',
      sheet: sheet('/'),
      findings: [{ cell: 'H12', expected: '失分原因', found: null, message: ['未填写原因'] }],
    },
    {
      name: 'a 0 typed in the reason cell',
      sheet: sheet(0, 0),
      findings: [
        {
          cell: 'H12',
          expected: '失分原因',
          found: '0',
          message: ['扣了 30 分（0/30），但原因只写了「0」'],
        },
      ],
    },
  ],
});
