/** score-suggested: an empty score on a quantitative leaf that its rule can fill (the plan writes it). */
import { scoreSuggested } from '../../../src/engine/rules/score-suggested.js';
import { testRule } from '../../support/ruleTester.js';
import { smallSheet, type Leaf } from '../../support/smallSheet.js';

const sheet = (target: string, actual: Leaf['actual'], score: Leaf['score'] = null) =>
  smallSheet({ leaves: [{ name: '培训人次', target, actual, cap: 30, score }] });

testRule(scoreSuggested, {
  valid: [
    { name: 'a score already stated', sheet: sheet('≥300', 270, 27) },
    {
      name: 'a qualitative leaf (its tier gives a range, not a score)',
      sheet: sheet('显著提升', '显著提升'),
    },
    { name: 'an actual that is not a figure', sheet: sheet('≥300', '完成') },
  ],
  invalid: [
    {
      name: '≥300 reached 270: 30 × 270 ÷ 300 = 27',
      sheet: sheet('≥300', 270),
      findings: [
        {
          cell: 'G12',
          expected: 27,
          found: null,
          suggestion: 27,
          message: [
            '「培训人次」得分为空；按定量计分规则可得 27 分（指标值 ≥300，实际 270，未达标按 30×270÷300 计）',
          ],
        },
      ],
    },
    {
      name: '≥95% reached: full marks',
      sheet: sheet('≥95%', '98%'),
      findings: [
        {
          cell: 'G12',
          expected: 30,
          found: null,
          suggestion: 30,
          message: ['可得 30 分（指标值 ≥95%，实际 98%，已达标得满分）'],
        },
      ],
    },
    {
      name: '≤20% overshot to 35%: 30 × 20% ÷ 35%, rounded to two decimals',
      sheet: sheet('≤20%', '35%'),
      findings: [
        {
          cell: 'G12',
          expected: 17.14,
          found: null,
          suggestion: 17.14,
          message: ['可得 17.14 分', '超出目标按 30×20%÷35% 计'],
        },
      ],
    },
    {
      name: '"/" in the score cell reads as empty',
      sheet: sheet('≥300', 100, '/'),
      findings: [
        { cell: 'G12', expected: 10, found: null, suggestion: 10, message: ['可得 10 分'] },
      ],
    },
  ],
});
