/**
 * 湖北 绩效自评表, the "20+80" template: 预算执行情况 20 points, 年度绩效目标 80.
 *
 * Read from two published copies: a 湖北工程学院 学生资助项目 self-evaluation (主管部门 湖北省
 * 教育厅; 项目类别 部门预算项目 / 省直专项 / 省对下转移支付项目), whose layout is the template's
 * with its figures lost in the copy, and a 2020 city-level copy (市直专项 / 市对下转移支付) that
 * keeps them: "预算执行情况（万元）（20分）：预算数（A）/ 执行数（B）/ 执行率（B/A）/ 得分（20分
 * *执行率）", indicators to 总分 100, and the 备注:
 * 1. "预算数为调整后财政资金总额（包括上年结余结转），执行数为资金使用单位财政资金实际支出数".
 * 2. 定量: "正向指标（即目标值为≥X，得分=权重*B/A），反向指标（即目标值为≤X，得分=权重*A/B），
 *    得分不得突破权重总额".
 * 3. 定性: 达成 / 部分达成 / 未达成预期指标 三档，"100%-80%（≥80%）、80%-50%（[50%,80%)）、
 *    50%-0%（<50%）".
 * The same form, word for word in its 备注, serves 部门整体支出绩效自评表 (咸宁 通城县 塘湖镇
 * 2020: 部门整体支出总额 under 预算执行情况(20分), 年度目标1:(80分)), so it covers both kinds.
 * The issuing notice and its number were not found. The level-1 caps inside the 80 points were
 * not legible, so no weight template; grade bands are inherited from 财预〔2020〕10号.
 */
import type { Profile } from '../profile.js';
import { NATIONAL_PROJECT } from './national-project.js';

export const HUBEI_20_80: Profile = {
  ...NATIONAL_PROJECT,
  id: 'hubei-20-80',
  name: '湖北·绩效自评表（执行率20分+绩效目标80分，项目支出与部门整体）',
  kinds: ['project', 'department'],
  source: {
    title: '项目支出绩效自评表（预算执行情况20分、年度绩效目标80分）',
    issuer: '湖北省财政厅（表式）',
    number: null,
    year: 2020,
    url: 'https://1wenmi.com/doc/330418.html',
  },
  execution: {
    cap: 20,
    denominator: { column: 'adjusted', label: '调整后财政资金总额（含上年结余结转）' },
    // "得分（20分*执行率）"; 备注2's "不得突破权重总额" caps it at 20.
    formula: { kind: 'proportional' },
  },
  qualitativeBands: {
    achieved: { min: 0.8, max: 1 },
    partial: { min: 0.5, max: 0.8 },
    failed: { min: 0, max: 0.5 },
  },
  reverseIndicator: 'target-over-actual',
  weightSets: [],
  signature: {
    regions: [
      '湖北',
      '武汉',
      '黄石',
      '十堰',
      '宜昌',
      '襄阳',
      '鄂州',
      '荆门',
      '孝感',
      '荆州',
      '黄冈',
      '咸宁',
      '随州',
      '恩施',
      '仙桃',
      '潜江',
      '天门',
      '神农架',
    ],
    formCodes: [],
    phrases: ['20分*执行率', '预算数为调整后财政资金总额'],
    headers: [],
  },
};
