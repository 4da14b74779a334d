/**
 * 四川 部门预算项目支出绩效自评表（2023年度）, 报表编号 510000_0013zp: the form of Sichuan's
 * budget system (510000 is the province's code), published alike by 眉山市青神县 and 遂宁市大英县
 * units for 2023. The notice that issued it was not found; the form's own text is the source,
 * and its issuer is taken from the 表号's province code.
 *
 * What the form says (its rows and the note beside the execution block):
 * - "预算执行情况（10分）" with 年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 权重 / 得分 / 原因;
 *   "绩效指标（90分）" below, 一级/二级/三级指标, 指标性质, 指标值, 度量单位, 完成值, 权重, 得分,
 *   未完成原因分析; 合计 100.
 * - 注1: "预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）".
 * - 注2: "年中发生预算调整的（追加或调减），应单独说明理由".
 * It prescribes no level-1 weights (only the 90 points of all indicators), no score formula,
 * no qualitative tiers and no grade bands: those are inherited from 财预〔2020〕10号.
 */
import type { Profile } from '../profile.js';
import { NATIONAL_PROJECT } from './national-project.js';

export const SICHUAN_2023: Profile = {
  ...NATIONAL_PROJECT,
  id: 'sichuan-2023',
  name: '四川·部门预算项目支出绩效自评表（2023，表号510000_0013zp）',
  kinds: ['project'],
  source: {
    title: '部门预算项目支出绩效自评表（2023年度）',
    issuer: '四川省财政厅（预算管理一体化系统报表）',
    number: '510000_0013zp',
    year: 2023,
    url: 'https://www.scqs.gov.cn/info/13206/211004.htm',
  },
  execution: {
    cap: 10,
    denominator: { column: 'adjusted', label: '调整后预算数' },
    // The form states no formula: national default.
    formula: { kind: 'proportional' },
  },
  // "绩效指标（90分）" is one total, not a level-1 template.
  weightSets: [],
  reasons: {
    executionBelow: { rate: 0.9, maxChars: 100 },
    budgetAdjustment: true,
  },
  signature: {
    regions: [
      '四川',
      '成都',
      '自贡',
      '攀枝花',
      '泸州',
      '德阳',
      '绵阳',
      '广元',
      '遂宁',
      '内江',
      '乐山',
      '南充',
      '眉山',
      '宜宾',
      '广安',
      '达州',
      '雅安',
      '巴中',
      '阿坝',
      '甘孜',
      '凉山',
      '青神县',
      '大英县',
    ],
    formCodes: ['510000_0013zp'],
    phrases: ['预算执行率未达到90%的需说明原因', '预算执行率=预算执行数/调整后预算数'],
    headers: ['指标性质', '权重'],
  },
};
