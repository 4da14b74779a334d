/**
 * 郑州 部门整体绩效自评表 (附件3) as 郑州市上街区财政局 required it for the 2021 self-evaluation
 * ("根据上街区财政局关于开展2021年度区级预算绩效自评的工作要求"), read in the 上街区应急管理局
 * report that reproduces it with its notes (seed 000). The requirement's number was not found.
 *
 * Its notes under the table:
 * - 注1: 满分100分；"原则上一级指标分值统一设置为：预算执行率10分、投入管理指标30分、可持续性指标
 *   10分，产出指标30分、效益指标20分。如有特殊情况，除预算执行率外，其他指标权重可作适当调整，
 *   但总分应为100分。各项三级指标得分最高不能超过该指标分值上限。"
 * - 注2: 未完成原因分析 "说明偏离目标、不能完成目标的原因及拟采取的措施".
 * - 注3: 定性 100%-80%（含）、80%-60%（含）、60%-0%; 定量 "完成指标值的，计该指标所赋全部分值；
 *   未完成的，按照完成值与指标值的比例计分".
 * - 注4: "90-100分为优、80-89分为良、60-79分为中、0-59分为差". Read on the unrounded total as
 *   财预〔2020〕10号 writes it (80（含）-90 良), so 89.5 is 良, not a gap.
 * The budget block (年初预算数 / 全年预算数 / 预算执行数 / 预算执行率 / 分值 / 得分) gives no formula;
 * its own rates are 预算执行数 ÷ 全年预算数 (基本支出 479.36 ÷ 479.36, not ÷ 年初 457.9).
 */
import type { Profile } from '../profile.js';
import { NATIONAL_PROJECT } from './national-project.js';

export const ZHENGZHOU_DEPARTMENT: Profile = {
  ...NATIONAL_PROJECT,
  id: 'zhengzhou-department',
  name: '郑州·部门整体绩效自评表（执行率10/投入管理30/可持续性10/产出30/效益20）',
  kinds: ['department'],
  source: {
    title: '部门整体绩效自评表（附件3）及注1–4',
    issuer: '郑州市上街区财政局',
    number: null,
    year: 2021,
    seenIn: '《2021年度上街区应急管理局部门整体绩效自评报告》',
  },
  execution: {
    cap: 10,
    denominator: { column: 'adjusted', label: '全年预算数' },
    formula: { kind: 'proportional' },
  },
  weightSets: [
    {
      name: '部门整体支出（预算执行率10/投入管理30/可持续性10/产出30/效益20）',
      weights: [
        { label: '投入管理', cap: 30 },
        { label: '可持续性', cap: 10 },
        { label: '产出', cap: 30 },
        { label: '效益', cap: 20 },
      ],
      complete: true,
    },
  ],
  signature: {
    regions: [
      '郑州',
      '上街区',
      '中原区',
      '二七区',
      '管城回族区',
      '金水区',
      '惠济区',
      '巩义',
      '荥阳',
      '新密',
      '新郑',
      '登封',
      '中牟',
    ],
    formCodes: [],
    phrases: ['投入管理指标30分', '自评结果实行百分制和四级分类'],
    headers: [],
  },
};
