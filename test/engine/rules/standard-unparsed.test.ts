/**
 * standard-unparsed: a 评分标准 text that speaks of points but cannot be read as a rule is
 * listed once, with the text; an indicator's explanation (指标解释) is not.
 */
import { standardUnparsed } from '../../../src/engine/rules/standard-unparsed.js';
import { SheetBuilder } from '../../../examples/sheets/sheet-builder.js';
import { sheetToGrid } from '../../../examples/sheets/toGrid.js';
import { testRule } from '../../support/ruleTester.js';

/** 三级指标 | 指标值 | 实际完成值 | 分值 | 得分 | 评分标准, one row per standard text. */
function rubric(standards: readonly string[]) {
  const s = new SheetBuilder('自评表');
  s.row(['一级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '评分标准']);
  standards.forEach((text, i) =>
    s.row([i === 0 ? '产出指标' : null, `指标${i + 1}`, '≥95%', '96%', 10, 10, text]),
  );
  return sheetToGrid(s.build([]));
}

const PARSED = '≥95%得满分，90%（含）-95%得8分，低于90%不得分';
const VAGUE = '根据实际情况酌情扣分';
const EXPLANATION = '反映年度预算编报时确定的绩效目标完成情况。';

testRule(standardUnparsed, {
  valid: [
    { name: 'a standard read as tiers', sheet: rubric([PARSED]) },
    { name: 'an explanation that gives no points', sheet: rubric([EXPLANATION]) },
    { name: 'no standard at all', sheet: rubric(['']) },
  ],
  invalid: [
    {
      name: '酌情扣分: points, but no method',
      sheet: rubric([VAGUE]),
      findings: [
        { cell: 'G2', expected: null, found: VAGUE, message: [`「${VAGUE}」`, '未按其核对'] },
      ],
    },
    {
      name: 'the same text on three rows is listed once, at its first',
      sheet: rubric([VAGUE, VAGUE, VAGUE]),
      findings: [{ cell: 'G2', expected: null, found: VAGUE, message: ['「指标1」'] }],
    },
    {
      name: 'two texts, one read and one not',
      sheet: rubric([PARSED, VAGUE]),
      findings: [{ cell: 'G3', expected: null, found: VAGUE, message: ['「指标2」'] }],
    },
  ],
});
