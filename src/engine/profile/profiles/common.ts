/**
 * What every profile shares because no document varies it: the words that tell a
 * qualitative tier, reasons that explain nothing, carry-over rows. No document behind the
 * profiles sets a severity: each rule's own default applies (rules/*.ts).
 */
import type { ProfileSignature, QualitativeOutcome, ReasonRule } from '../profile.js';

export const QUALITATIVE_WORDS: Readonly<Record<QualitativeOutcome, readonly string[]>> = {
  failed: [
    '不达标',
    '不满意',
    '不符合',
    '不到位',
    '不及时',
    '未完成',
    '未达成',
    '未达到',
    '未实现',
    '未达标',
    '未开展',
    '未公开',
    '不合格',
    '不合规',
  ],
  partial: [
    '部分完成',
    '部分达成',
    '部分达到',
    '部分实现',
    '基本完成',
    '基本达成',
    '基本达到',
    '基本实现',
    '基本合格',
    '较好',
  ],
  achieved: [
    '完成',
    '达成',
    '达到',
    '实现',
    '达标',
    '已完成',
    '合格',
    '合规',
    '良好',
    '优秀',
    '满意',
    '较满意',
    '比较满意',
    '显著',
    '明显',
    '效果明显',
    '提高',
    '提升',
  ],
};

export const REASON_BOILERPLATE: readonly string[] = [
  '无',
  '暂无',
  '没有',
  '/',
  '0',
  '-',
  '—',
  '无偏差',
  '不适用',
];

export const CARRY_OVER_LABELS: readonly string[] = ['上年结转', '上年结余', '结转结余'];

/** The general rule only: a row that lost points explains why. */
export const NO_EXTRA_REASONS: ReasonRule = { executionBelow: null, budgetAdjustment: false };

/** A national profile: nothing on a sheet points to it except the table's kind. */
export const NO_SIGNATURE: ProfileSignature = {
  regions: [],
  formCodes: [],
  phrases: [],
  headers: [],
};
