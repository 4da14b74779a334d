/**
 * qualitative-out-of-band: a 定性 score outside the tier its outcome implies — 达成 100–80 %
 * (含), 部分达成 80–60 % (含), 未达成 below 60 % of 分值 (财预〔2020〕10号 第十一条).
 */
import { qualitativeOutOfBand } from '../../../src/engine/rules/qualitative-out-of-band.js';
import { testRule } from '../../support/ruleTester.js';
import { smallSheet, type Leaf } from '../../support/smallSheet.js';

/** 安全隐患整改 (10 points), target 全部整改到位. */
const sheet = (actual: string, score: Leaf['score'], target = '全部整改到位') =>
  smallSheet({
    leaves: [
      {
        level1: '效益指标',
        level2: '社会效益指标',
        name: '安全隐患整改',
        target,
        actual,
        cap: 10,
        score,
        reason: '2处隐患待整改',
      },
    ],
  });

testRule(qualitativeOutOfBand, {
  valid: [
    { name: 'the target reached, full marks', sheet: sheet('全部整改到位', 10) },
    { name: 'the target reached, 80 % of 分值 (含80%)', sheet: sheet('全部整改到位', 8) },
    {
      name: '7.999 shown as 8.00 is 80 %',
      sheet: sheet('全部整改到位', { v: 7.999, fmt: '0.00' }),
    },
    { name: '部分完成 at 70 %', sheet: sheet('部分完成', 7) },
    { name: '基本完成 at 60 % (the partial tier’s floor)', sheet: sheet('基本完成', 6) },
    { name: 'an actual with no tier word is not judged', sheet: sheet('见附件', 3) },
  ],
  invalid: [
    {
      name: 'the target reached but half the points',
      sheet: sheet('全部整改到位', 5),
      findings: [
        {
          cell: 'G12',
          expected: '8–10',
          found: 5,
          message: [
            '「安全隐患整改」为定性指标，实际完成「全部整改到位」属于「达成预期」档，应得分值的 80%–100%（8–10 分），表中为 5 分',
          ],
        },
      ],
    },
    {
      name: '部分完成 in full',
      sheet: sheet('部分完成', 10),
      findings: [
        {
          cell: 'G12',
          expected: '6–8',
          found: 10,
          message: ['属于「部分达成」档，应得分值的 60%–80%（6–8 分）'],
        },
      ],
    },
    {
      name: '未完成 at 80 % (未完成 wins over the shorter 完成)',
      sheet: sheet('未完成整改', 8),
      findings: [
        {
          cell: 'G12',
          expected: '0–6',
          found: 8,
          message: ['属于「未达成」档，应得分值的 0%–60%（0–6 分）'],
        },
      ],
    },
    {
      name: '部分完成 at exactly 80 %, which belongs to 达成',
      sheet: sheet('部分完成', 8),
      findings: [{ cell: 'G12', expected: '6–8', found: 8, message: ['属于「部分达成」档'] }],
    },
    {
      name: '不达标 in full',
      sheet: sheet('不达标', 10, '达标'),
      findings: [{ cell: 'G12', expected: '0–6', found: 10, message: ['属于「未达成」档'] }],
    },
  ],
});
