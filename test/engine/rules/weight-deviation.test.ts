/**
 * weight-deviation: level-1 weights against the template the profile recognises by its labels
 * (nationally 项目 产出 50 / 效益 30 / 满意度 10, 部门整体 投入管理 30 / 可持续性 10 / 产出 30 / 效益 20).
 */
import { HUBEI_20_80 } from '../../../src/engine/profile/profiles/hubei-20-80.js';
import { ZHENGZHOU_DEPARTMENT } from '../../../src/engine/profile/profiles/zhengzhou-department.js';
import { weightDeviation } from '../../../src/engine/rules/weight-deviation.js';
import { testRule } from '../../support/ruleTester.js';
import { projectLeaves, smallSheet } from '../../support/smallSheet.js';

/** One leaf per level-1 block, its weight stated in the label ("产出指标（50分）"). */
const stated = (...blocks: readonly (readonly [string, number])[]) =>
  smallSheet({
    leaves: blocks.map(([label, cap], i) => ({
      level1: `${label}（${cap}分）`,
      level2: `${label}二级`,
      name: `${label}指标${i + 1}`,
      target: '≥100%',
      actual: '100%',
      cap,
      score: cap,
    })),
  });
testRule(weightDeviation, {
  valid: [
    {
      name: 'the project template 50/30/10',
      sheet: stated(['产出指标', 50], ['效益指标', 30], ['满意度指标', 10]),
    },
    {
      name: 'the department template 30/10/30/20',
      sheet: stated(['投入管理指标', 30], ['可持续性指标', 10], ['产出指标', 30], ['效益指标', 20]),
    },
    {
      name: '产出 and 效益 alone fit every template and prove nothing',
      sheet: stated(['产出指标', 60], ['效益指标', 40]),
    },
    {
      name: 'the project template weighed by its leaves (30 + 20)',
      sheet: smallSheet({ leaves: projectLeaves() }),
    },
    {
      name: 'a profile that prescribes no weights (湖北 20+80)',
      options: { profile: HUBEI_20_80 },
      sheet: stated(['产出指标', 60], ['效益指标', 20], ['满意度指标', 10]),
    },
  ],
  invalid: [
    {
      name: 'a project weighing 产出 60 and 效益 20',
      sheet: stated(['产出指标', 60], ['效益指标', 20], ['满意度指标', 10]),
      findings: [
        {
          cell: 'A12',
          expected: 50,
          found: 60,
          message: [
            '一级指标「产出指标(60分)」权重为 60 分，模板「项目支出（预算执行率10/产出50/效益30/满意度10）」规定为 50 分',
            '总分仍为 100 分',
          ],
        },
        { cell: 'A13', expected: 30, found: 20, message: ['权重为 20 分', '规定为 30 分'] },
      ],
    },
    {
      name: 'a department weighing 投入管理 25 and 可持续性 15 (郑州 template)',
      // The 30/10/30/20 template is 郑州's (seed 000, 注1); a table without 郑州's evidence
      // is checked by the national department rules, which prescribe no weights.
      options: { profile: ZHENGZHOU_DEPARTMENT },
      sheet: stated(['投入管理指标', 25], ['可持续性指标', 15], ['产出指标', 30], ['效益指标', 20]),
      findings: [
        {
          cell: 'A12',
          expected: 30,
          found: 25,
          message: [
            '模板「部门整体支出（预算执行率10/投入管理30/可持续性10/产出30/效益20）」规定为 30 分',
          ],
        },
        { cell: 'A13', expected: 10, found: 15, message: ['「可持续性指标(15分)」权重为 15 分'] },
      ],
    },
    {
      name: 'a project whose 产出 leaves weigh 40 + 20',
      sheet: smallSheet({ leaves: projectLeaves({ 0: { cap: 40, score: 40 } }) }),
      findings: [
        { cell: 'A12', expected: 50, found: 60, message: ['一级指标「产出指标」权重为 60 分'] },
      ],
    },
  ],
});
