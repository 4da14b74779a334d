/**
 * score-rule-deviation: a quantitative leaf's score against its rule (≥A: 分值×B/A; ≤A:
 * 分值×A/B), and the execution score against min(执行率, 100%) × 分值.
 */
import { scoreRuleDeviation } from '../../../src/engine/rules/score-rule-deviation.js';
import { testRule } from '../../support/ruleTester.js';
import { smallSheet, type BudgetLine, type Leaf } from '../../support/smallSheet.js';
import { SheetBuilder, typed } from '../../../examples/sheets/sheet-builder.js';
import { sheetToGrid } from '../../../examples/sheets/toGrid.js';

const leaf = (
  target: string,
  actual: Leaf['actual'],
  cap: number,
  score: Leaf['score'],
  name = '培训人次',
) => smallSheet({ leaves: [{ name, target, actual, cap, score, reason: '2期培训延至次年' }] });
/** 执行数 of 全年预算数 120 with the block's 10 points. */
const execution = (executed: number, score: number) =>
  smallSheet({ budget: [['预算总额', 100, 120, executed, null, 10, score]] });
/** A budget block without 分值: the grid's 预算执行率 row carries the execution score. */
const inGrid = (score: number) =>
  smallSheet({
    budget: [['预算总额', 100, 120, 114, '95%'] satisfies BudgetLine],
    leaves: [
      {
        level1: '过程指标',
        level2: '资金管理',
        name: '预算执行率',
        target: '100%',
        actual: '95%',
        cap: 10,
        score,
      },
      {
        level1: '产出指标',
        level2: '数量指标',
        name: '检查企业户数',
        target: '≥120',
        actual: 126,
        cap: 90,
        score: 90,
      },
    ],
  });

testRule(scoreRuleDeviation, {
  valid: [
    { name: '≥100 reached 90: 30 × 90 ÷ 100 = 27', sheet: leaf('≥100', 90, 30, 27) },
    {
      name: '8.95 shown with two decimals for 10 × 89.51 ÷ 100 = 8.951',
      sheet: leaf('≥100', 89.51, 10, { v: 8.95, fmt: '0.00' }),
    },
    { name: '≤20% held at 10%: full marks', sheet: leaf('≤20%', '10%', 1, 1) },
    {
      name: 'a qualitative leaf is judged by its tier, not here',
      sheet: leaf('显著提升', '有所提升', 10, 5),
    },
    { name: 'a score above its cap is score-over-cap’s', sheet: leaf('≥100', 90, 30, 31) },
    { name: 'an execution score of 95 % × 10', sheet: execution(114, 9.5) },
    { name: 'spending above the budget still earns at most 分值', sheet: execution(130, 10) },
    {
      // 重庆 2021: "预算调整率 | 3% | 0% | 2 | 2", "公用经费控制率 | 100% | 97%": reverse indicators.
      name: 'a rate that should stay low, written without ≤, held under its target: full marks',
      sheet: leaf('3%', '0%', 2, 2, '预算调整率'),
    },
    { name: 'a 控制率 under its 100%', sheet: leaf('100%', '97%', 2, 2, '公用经费控制率') },
  ],
  invalid: [
    {
      name: '≥100 reached 90 but scored in full',
      sheet: leaf('≥100', 90, 30, 30),
      findings: [
        {
          cell: 'G12',
          expected: 27,
          found: 30,
          suggestion: 27,
          message: [
            '「培训人次」按定量计分规则应得 27 分（指标值 ≥100，实际 90，未达标按 30×90÷100 计），表中为 30 分',
          ],
        },
      ],
    },
    {
      name: 'a target with no ≥/≤ ("38508人") is read as ≥, and the message says so',
      sheet: leaf('38508人', '37442人', 3, 3),
      findings: [
        {
          cell: 'G12',
          expected: 2.92,
          found: 3,
          suggestion: 2.92,
          message: [
            '（指标值 38508，未写 ≥/≤，按 ≥38508 计，实际 37442，未达标按 3×37442÷38508 计）',
          ],
        },
      ],
    },
    {
      name: 'a 控制率 over its target, written without ≤: read as ≤ and said so',
      sheet: leaf('100%', '110%', 2, 2, '公用经费控制率'),
      findings: [
        {
          cell: 'G12',
          expected: 1.82,
          found: 2,
          suggestion: 1.82,
          message: ['（指标值 100%，未写 ≥/≤，按 ≤100% 计，实际 110%，超出目标按 2×100%÷110% 计）'],
        },
      ],
    },
    {
      name: '≤20% overshot to 30%: 1 × 20% ÷ 30%',
      sheet: leaf('≤20%', '30%', 1, 1),
      findings: [
        {
          cell: 'G12',
          expected: 0.67,
          found: 1,
          suggestion: 0.67,
          message: ['应得 0.67 分', '超出目标按 1×20%÷30% 计'],
        },
      ],
    },
    {
      name: 'a General-format 9.4 for 10 × 93.91 ÷ 100 = 9.391',
      sheet: leaf('≥100', 93.91, 10, 9.4),
      findings: [
        { cell: 'G12', expected: 9.39, found: 9.4, suggestion: 9.39, message: ['应得 9.39 分'] },
      ],
    },
    {
      name: 'an execution score in full at 95 %',
      sheet: execution(114, 10),
      findings: [
        {
          cell: 'G5',
          expected: 9.5,
          found: 10,
          suggestion: 9.5,
          message: ['预算执行率得分应为 min(执行率, 100%)×分值 = 95%×10 = 9.5 分，表中为 10 分'],
        },
      ],
    },
    {
      name: 'the grid’s 预算执行率 row when the budget block states no 分值',
      sheet: inGrid(10),
      findings: [
        { cell: 'G12', expected: 9.5, found: 10, suggestion: 9.5, message: ['= 95%×10 = 9.5 分'] },
      ],
    },
  ],
});

/** 三级指标 | 指标值 | 实际完成值 | 分值 | 得分 | 评分标准: a row scored by its table's own rule. */
function withStandard(actual: string, score: number, standard: string) {
  const s = new SheetBuilder('自评表');
  s.row(['一级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '评分标准']);
  s.row(['产出指标', '资金到位率', '≥95%', typed(actual), 10, score, standard]);
  return sheetToGrid(s.build([]));
}

const TIERS = '≥95%得满分；90%（含）-95%得8分；低于90%不得分';

testRule(scoreRuleDeviation, {
  valid: [
    { name: "the table's tiers give 8 for 92 %", sheet: withStandard('92%', 8, TIERS) },
    { name: 'its tiers give full marks for 96 %', sheet: withStandard('96%', 10, TIERS) },
    {
      name: 'its tiers decide, not the quantitative rule (which would give 9.68 for 92 %)',
      sheet: withStandard('92%', 8, TIERS),
    },
  ],
  invalid: [
    {
      name: 'a score its own tiers do not give, quoted in the message',
      sheet: withStandard('92%', 10, TIERS),
      findings: [
        {
          cell: 'F2',
          expected: 8,
          found: 10,
          suggestion: 8,
          message: ['按表中评分标准「', '应得 8 分', '表中为 10 分'],
        },
      ],
    },
    {
      name: 'below its lowest tier',
      sheet: withStandard('85%', 5, TIERS),
      findings: [{ cell: 'F2', expected: 0, found: 5, suggestion: 0, message: ['应得 0 分'] }],
    },
    {
      name: 'a per-point deduction with a floor',
      sheet: withStandard('92%', 10, '每少1个百分点扣1分，扣完为止'),
      findings: [{ cell: 'F2', expected: 7, found: 10, suggestion: 7, message: ['扣完为止'] }],
    },
    {
      name: 'a standard merged down the grid rules every row it covers, not the first alone',
      sheet: mergedStandard(TIERS),
      findings: [
        {
          cell: 'F3',
          expected: 8,
          found: 10,
          suggestion: 8,
          message: ['「培训覆盖率」按表中评分标准「', '应得 8 分'],
        },
      ],
    },
  ],
});

/** Two rows under one 评分标准 merged down over both (济南历城 2019's 得分计算方法). */
function mergedStandard(standard: string) {
  const s = new SheetBuilder('自评表');
  s.row(['一级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '评分标准']);
  const first = s.row(['产出指标', '资金到位率', '≥95%', typed('96%'), 10, 10, standard]);
  const second = s.row([null, '培训覆盖率', '≥95%', typed('92%'), 10, 10, null]);
  s.down(6, first, second);
  return sheetToGrid(s.build([]));
}
