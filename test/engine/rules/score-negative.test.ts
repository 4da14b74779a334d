/** score-negative: a leaf score below 0 (扣完为止). */
import { scoreNegative } from '../../../src/engine/rules/score-negative.js';
import { testRule } from '../../support/ruleTester.js';
import { smallSheet, type Leaf } from '../../support/smallSheet.js';

const sheet = (score: Leaf['score'], reason?: string) =>
  smallSheet({
    leaves: [
      { name: '培训人次', target: '≥300', actual: 300, cap: 20, score: 20 },
      { name: '隐患整改完成率', target: '=100%', actual: '60%', cap: 10, score, reason },
    ],
  });

testRule(scoreNegative, {
  valid: [
    { name: 'scores within [0, 分值]', sheet: sheet(6, '3家企业停产未完成整改') },
    { name: 'a score of 0 where everything was deducted', sheet: sheet(0, '整改未开展') },
    { name: 'a blank score', sheet: sheet(null) },
    { name: 'a score written as text with its unit', sheet: sheet('6分', '3家企业停产') },
  ],
  invalid: [
    {
      name: 'a negative score',
      sheet: sheet(-1, '扣分超过分值'),
      findings: [
        {
          cell: 'G13',
          expected: 0,
          found: -1,
          message: ['「隐患整改完成率」得分为 -1，低于 0', '扣完为止'],
        },
      ],
    },
    {
      name: 'a negative score on a leaf without a cap',
      sheet: smallSheet({
        leaves: [{ name: '群众满意度', target: '≥90%', actual: '85%', score: -0.5 }],
      }),
      findings: [{ cell: 'G12', expected: 0, found: -0.5, message: ['得分为 -0.5'] }],
    },
    {
      name: 'a negative score typed as text ("-2分")',
      sheet: sheet('-2分', '扣分超过分值'),
      findings: [{ cell: 'G13', expected: 0, found: -2, message: ['得分为 -2'] }],
    },
  ],
});
