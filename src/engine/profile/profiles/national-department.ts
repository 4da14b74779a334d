/**
 * 财政部《预算绩效评价共性指标体系框架》（财预〔2013〕53号）附件2 部门整体支出绩效评价共性
 * 指标体系框架: the national basis for whole-department tables.
 *
 * The framework names the level-1 indicators 投入 / 过程 / 产出 / 效果 (预算配置, 预算执行, 预算管理,
 * 资产管理, 职责履行, 履职效益) and leaves the weights to whoever evaluates: "赋予各类评价指标科学
 * 合理的权重分值，明确具体的评价标准" (the 通知). So it prescribes no weight template and no
 * execution score; everything else is inherited from 财预〔2020〕10号 (national-project).
 */
import type { Profile } from '../profile.js';
import { NATIONAL_PROJECT } from './national-project.js';

export const NATIONAL_DEPARTMENT: Profile = {
  ...NATIONAL_PROJECT,
  id: 'national-department',
  name: '全国·部门整体支出（财预〔2013〕53号共性指标框架）',
  kinds: ['department'],
  source: {
    title: '《预算绩效评价共性指标体系框架》附件2 部门整体支出绩效评价共性指标体系框架',
    issuer: '财政部',
    number: '财预〔2013〕53号',
    year: 2013,
    url: 'http://yss.mof.gov.cn/zhuantilanmu/zyysgl/201609/t20160927_2427777.htm',
  },
  // No execution score is prescribed; a table that has one keeps its own 分值 and is read the
  // national way (全年预算数, proportional).
  execution: { ...NATIONAL_PROJECT.execution, cap: null },
  weightSets: [],
};
