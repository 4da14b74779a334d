/**
 * The Chinese words the pane uses for the engine's identifiers. Records keyed by the union
 * types, so a new rule or column role fails to compile until it has a label.
 */
import type { BlockKind, ColumnRole, RuleId, Severity } from '../engine/index.js';

export const RULE_LABELS: Readonly<Record<RuleId, string>> = {
  'score-over-cap': '得分超过分值',
  'score-negative': '得分为负数',
  'score-not-number': '得分不是数字',
  'cap-invalid': '分值无效',
  'cap-sum-mismatch': '分值合计不符',
  'subtotal-mismatch': '小计与明细不符',
  'total-mismatch': '总分与明细不符',
  'grade-mismatch': '评价等级与总分不符',
  'rate-mismatch': '执行率计算不符',
  'budget-sum-mismatch': '预算分项合计不符',
  'task-budget-mismatch': '任务预算合计不符',
  'score-rule-deviation': '得分与评分规则不符',
  'qualitative-out-of-band': '定性得分不在档次内',
  'reason-missing': '扣分未说明原因',
  'actual-not-comparable': '实际完成值无法与指标值比较',
  'weight-deviation': '指标权重与规定不符',
  'execution-over-budget': '执行数超过预算',
  'score-suggested': '可补填的得分',
  'recognition-uncertain': '识别结果不确定',
  'reviewer-difference': '复核分与自评分不同',
  'standard-unparsed': '评分标准未能解读',
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

export const ROLE_LABELS: Readonly<Record<ColumnRole, string>> = {
  level1: '一级指标',
  level1Cap: '一级指标分值',
  level2: '二级指标',
  level2Cap: '二级指标分值',
  level3: '三级指标',
  cap: '分值',
  target: '指标值',
  direction: '指标性质',
  unit: '度量单位',
  actual: '实际完成值',
  score: '得分',
  scoreRate: '得分率',
  reason: '原因',
  standard: '评分标准',
  reviewer: '复核分',
};

/** The order roles are listed in the mapping panel: the order of a typical header row. */
export const ROLE_ORDER: readonly ColumnRole[] = [
  'level1',
  'level1Cap',
  'level2',
  'level2Cap',
  'level3',
  'target',
  'direction',
  'unit',
  'actual',
  'cap',
  'score',
  'scoreRate',
  'reason',
  'standard',
];

export const BLOCK_LABELS: Readonly<Record<BlockKind, string>> = {
  indicators: '指标表',
  budget: '预算情况',
  tasks: '年度主要任务',
  'column-sums': '合计栏',
  summary: '得分与等级',
};
