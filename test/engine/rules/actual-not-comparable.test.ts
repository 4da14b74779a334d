/** actual-not-comparable: a quantitative target whose 实际完成值 is empty or not a number. */
import { actualNotComparable } from '../../../src/engine/rules/actual-not-comparable.js';
import { testRule } from '../../support/ruleTester.js';
import { smallSheet, type Leaf } from '../../support/smallSheet.js';

const sheet = (target: string, actual: Leaf['actual']) =>
  smallSheet({ leaves: [{ name: '政府采购执行率', target, actual, cap: 10, score: 10 }] });

testRule(actualNotComparable, {
  valid: [
    { name: 'a figure against ≥95%', sheet: sheet('≥95%', '98%') },
    { name: 'a figure typed with its unit ("12次")', sheet: sheet('≥12次', '12次') },
    { name: 'a qualitative target with a word', sheet: sheet('完整', '完整') },
    { name: 'a date-like target stays qualitative', sheet: sheet('2023年底前完成', '已完成') },
  ],
  invalid: [
    {
      name: 'seed 000: "完整" against ≥95%',
      sheet: sheet('≥95%', '完整'),
      findings: [
        {
          cell: 'E12',
          expected: '≥95%',
          found: '完整',
          message: ['「政府采购执行率」是定量指标（≥95%），实际完成值「完整」不是可比较的数值'],
        },
      ],
    },
    {
      name: 'an empty actual',
      sheet: sheet('≥12', null),
      findings: [
        {
          cell: 'E12',
          expected: '≥12',
          found: null,
          message: ['是定量指标（≥12），但实际完成值为空，无法计分'],
        },
      ],
    },
    {
      name: 'a target written without ≥/≤ is said to be read as ≥, not quoted as if written so',
      sheet: sheet('100%', '符合财务管理制度规定'),
      findings: [
        {
          cell: 'E12',
          expected: '≥100%',
          found: '符合财务管理制度规定',
          message: [
            '是定量指标（100%，未写 ≥/≤，按 ≥100% 计），实际完成值「符合财务管理制度规定」',
          ],
        },
      ],
    },
    {
      name: 'a sentence instead of the figure',
      sheet: sheet('≤3', '全年未发生较大事故'),
      findings: [
        {
          cell: 'E12',
          expected: '≤3',
          found: '全年未发生较大事故',
          message: ['实际完成值「全年未发生较大事故」'],
        },
      ],
    },
  ],
});
