import type { Profile } from './profile.js';

/**
 * The national pattern (domain.md, "Scoring rules"): grades 优≥90, 良≥80, 中≥60;
 * qualitative tiers 100–80 / 80–60 / 60–0 %; level-1 weights of the two common templates.
 */
export const NATIONAL_PROFILE: Profile = {
  id: 'national',
  name: '全国通用（优90/良80/中60）',
  fullMarks: 100,
  gradeBands: [
    { grade: '优', min: 90 },
    { grade: '良', min: 80 },
    { grade: '中', min: 60 },
    { grade: '差', min: 0 },
  ],
  qualitativeBands: {
    achieved: { min: 0.8, max: 1 },
    partial: { min: 0.6, max: 0.8 },
    failed: { min: 0, max: 0.6 },
  },
  qualitativeWords: {
    failed: [
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
  },
  weightSets: [
    {
      // 部门整体支出, e.g. 郑州 (seed 000, 注1)
      name: '部门整体支出（预算执行率10/投入管理30/可持续性10/产出30/效益20）',
      weights: [
        { label: '投入管理', cap: 30 },
        { label: '可持续性', cap: 10 },
        { label: '产出', cap: 30 },
        { label: '效益', cap: 20 },
      ],
    },
    {
      // 中央项目支出
      name: '项目支出（预算执行率10/产出50/效益30/满意度10）',
      weights: [
        { label: '产出', cap: 50 },
        { label: '效益', cap: 30 },
        { label: '满意度', cap: 10 },
      ],
    },
  ],
  reasonBoilerplate: ['无', '暂无', '没有', '/', '0', '-', '—', '无偏差', '不适用'],
  carryOverLabels: ['上年结转', '上年结余', '结转结余'],
  // The rules' own defaults.
  severities: {},
};
