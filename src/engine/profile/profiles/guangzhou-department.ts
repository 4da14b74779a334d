/**
 * 广州 部门整体支出绩效自评表: 履职效能 50 + 管理效率 50, read in the 广州市应急管理局 table
 * for 2022 (seed 004), which reproduces the template with its 指标解释. Its issuer is taken to be
 * 广州市财政局 (the table cites that bureau's 预决算公开 checks); no notice or number was found.
 *
 * What the table fixes:
 * - 一级指标 履职效能 50 (整体效能 50: 产出指标完成情况 20, 效益指标完成情况 20, 部门预算资金
 *   支出率 10) and 管理效率 50 (预算编制, 预算执行, 信息公开, 绩效管理, 采购管理, 资产管理,
 *   运行成本); 总分 100.
 * - The execution rate is a leaf, 部门预算资金支出率 (10), scored in proportion ("年度平均执行率为
 *   89.51%，则本指标得分为8.95"): no separate execution block.
 * - "评价等级：优 90分≤得分≤100分；良 80分≤得分<90分；中 60分≤得分<80分；差 得分<60分".
 * Qualitative tiers and the reverse formula are not stated: inherited from 财预〔2020〕10号.
 */
import type { Profile } from '../profile.js';
import { NATIONAL_DEPARTMENT } from './national-department.js';

export const GUANGZHOU_DEPARTMENT: Profile = {
  ...NATIONAL_DEPARTMENT,
  id: 'guangzhou-department',
  name: '广州·部门整体支出绩效自评表（履职效能50/管理效率50）',
  kinds: ['department'],
  source: {
    title: '部门整体支出绩效自评表（履职效能、管理效率）',
    issuer: '广州市财政局（表式）',
    number: null,
    year: 2022,
    seenIn: '《2022年度广州市应急管理局部门整体支出绩效自评表》',
  },
  // gradeBands: the table's 评价等级 row states the national bands, inherited as they are.
  weightSets: [
    {
      name: '部门整体支出（履职效能50/管理效率50）',
      weights: [
        { label: '履职效能', cap: 50 },
        { label: '管理效率', cap: 50 },
      ],
      complete: true,
    },
  ],
  signature: {
    regions: [
      '广州',
      '越秀区',
      '海珠区',
      '荔湾区',
      '天河区',
      '黄埔区',
      '番禺',
      '花都',
      '南沙',
      '从化',
      '增城',
    ],
    formCodes: [],
    phrases: ['部门预算资金支出率'],
    headers: ['得分/自评分'],
  },
};
