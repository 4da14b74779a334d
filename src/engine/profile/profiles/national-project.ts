/**
 * 财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）and its 项目支出绩效自评表: the
 * national default every regional profile inherits where its own document is silent.
 *
 * The copy at the source's address confirms the title, number and date (2020年2月25日); the
 * clauses below are the 办法's, their article numbers not checked against that copy (the
 * 10/50/30/10 weights and the 90/80/60 bands are confirmed by secondary copies):
 * - 第八条: 单位自评 covers goals, indicators and 预算执行情况; "对未完成绩效目标或偏离绩效目标
 *   较大的项目要分析并说明原因" (the general reason rule).
 * - 第十条: "原则上预算执行率和一级指标权重统一设置为：预算执行率10%、产出指标50%、效益指标
 *   30%、服务对象满意度指标10%。如有特殊情况，一级指标权重可做适当调整。"
 * - 第十一条: 定量 — 完成指标值的记全部分值，未完成的按照完成值与指标值的比例记分; 定性 — 达成
 *   年度指标 / 部分达成并具有一定效果 / 未达成且效果较差，分值区间 100-80%（含）、80-60%（含）、
 *   60-0%.
 * - 评分与评级: 总分一般为100分；90（含）-100分为优、80（含）-90分为良、60（含）-80分为中、
 *   60分以下为差.
 * - 自评表: 年初预算数 / 全年预算数 / 全年执行数 / 分值（10）/ 执行率 / 得分 above the indicators;
 *   a 偏差原因分析及改进措施 column (as a 池州 2022 table filled in from it shows).
 */
import type { Profile } from '../profile.js';
import {
  CARRY_OVER_LABELS,
  NO_EXTRA_REASONS,
  NO_SIGNATURE,
  QUALITATIVE_WORDS,
  REASON_BOILERPLATE,
} from './common.js';

export const NATIONAL_PROJECT: Profile = {
  id: 'national-project',
  name: '全国·项目支出（财预〔2020〕10号：执行率10/产出50/效益30/满意度10）',
  kinds: ['project'],
  source: {
    title: '《项目支出绩效评价管理办法》及项目支出绩效自评表',
    issuer: '财政部',
    number: '财预〔2020〕10号',
    year: 2020,
    url: 'https://www.lexiscn.com/law/law-chinese-1-3701714-T.html',
  },
  fullMarks: 100,
  gradeBands: [
    { grade: '优', min: 90 },
    { grade: '良', min: 80 },
    { grade: '中', min: 60 },
    { grade: '差', min: 0 },
  ],
  execution: {
    // 第十条: 预算执行率 10%; 自评表 divides 全年执行数 by 全年预算数. The 办法 gives no formula
    // for the score; min(执行率, 100%) × 分值 is how the 自评表's 执行率 and 得分 are filled.
    cap: 10,
    denominator: { column: 'adjusted', label: '全年预算数' },
    formula: { kind: 'proportional' },
  },
  // 第十一条.
  qualitativeBands: {
    achieved: { min: 0.8, max: 1 },
    partial: { min: 0.6, max: 0.8 },
    failed: { min: 0, max: 0.6 },
  },
  qualitativeWords: QUALITATIVE_WORDS,
  // 第十一条 speaks of 完成值与指标值的比例 only; for a "≤" indicator the proportion that
  // falls as the actual overshoots is 指标值 ÷ 实际值.
  reverseIndicator: 'target-over-actual',
  weightSets: [
    {
      name: '项目支出（预算执行率10/产出50/效益30/满意度10）',
      weights: [
        { label: '产出', cap: 50 },
        { label: '效益', cap: 30 },
        { label: '满意度', cap: 10 },
      ],
      complete: true,
    },
  ],
  // Silent on rounding.
  scoreDecimals: null,
  reasons: NO_EXTRA_REASONS,
  reasonBoilerplate: REASON_BOILERPLATE,
  carryOverLabels: CARRY_OVER_LABELS,
  severities: {},
  signature: NO_SIGNATURE,
};
