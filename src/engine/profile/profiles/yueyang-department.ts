/**
 * 岳阳 部门整体支出绩效评价评分表（参考样表）, 附件3-1 of 岳阳市财政局's self-evaluation forms,
 * read as 岳阳市审计局 published it with its 2018 scores. Its reports carry the cover
 * "岳阳市财政局（制）" (seed 001 is one, for 2021). The notice's number was not found.
 *
 * A rubric of the 财预〔2013〕53号 kind, scored by the text of each row (评分标准 / 分值 / 自评得分 /
 * 扣分原因和其他说明), e.g. "重点支出安排率≥90%，计5分；80%（含）-90%，计4分…；低于60%不得分",
 * "每超过一个百分点扣0.5分，扣完为止". Legible level-1 caps: 投入（15分）— 预算配置 15;
 * 过程（40分）— 预算执行 15, 预算管理 15, …; the caps of 产出 and 效果 were not legible in the copy,
 * so the template is partial. It has no separate execution score (预算执行 is scored by its
 * rows: 预算调整率, 支付进度, 资金结余, "三公经费"控制率). Grade bands and qualitative tiers are not
 * in the rubric: inherited from 财预〔2020〕10号.
 */
import type { Profile } from '../profile.js';
import { NATIONAL_DEPARTMENT } from './national-department.js';

export const YUEYANG_DEPARTMENT: Profile = {
  ...NATIONAL_DEPARTMENT,
  id: 'yueyang-department',
  name: '湖南岳阳·部门整体支出绩效评价评分表（投入15/过程40/产出/效果）',
  kinds: ['department'],
  source: {
    title: '部门整体支出绩效评价评分表（参考样表）（附件3-1）',
    issuer: '岳阳市财政局',
    number: null,
    year: 2019,
    url: 'http://czj.yueyang.gov.cn/9689/24522/content_1562538.html',
  },
  weightSets: [
    {
      name: '部门整体支出评分表（投入15/过程40）',
      weights: [
        { label: '投入', cap: 15 },
        { label: '过程', cap: 40 },
      ],
      complete: false,
    },
  ],
  signature: {
    regions: ['岳阳', '云溪区', '君山区', '华容县', '湘阴', '平江县', '汨罗', '临湘'],
    formCodes: [],
    phrases: ['部门整体支出绩效评价评分表(参考样表)'],
    headers: ['扣分原因和其他说明'],
  },
};
