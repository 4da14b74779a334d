import type { Profile } from './profile.js';
import { NATIONAL_PROJECT } from './profiles/national-project.js';
import { ZHENGZHOU_DEPARTMENT } from './profiles/zhengzhou-department.js';

/**
 * The default of an analysis that is given no profile: the national rules of 财预〔2020〕10号
 * (grades 优≥90, 良≥80, 中≥60; qualitative tiers 100–80 / 80–60 / 60–0 %) with the level-1
 * weights of the two common templates, the national project one and the 郑州 department one
 * (seed 000). Superseded by a profile chosen per sheet (PROFILES, detectProfile).
 */
export const NATIONAL_PROFILE: Profile = {
  ...NATIONAL_PROJECT,
  id: 'national',
  name: '全国通用（优90/良80/中60）',
  kinds: ['project', 'department'],
  weightSets: [...ZHENGZHOU_DEPARTMENT.weightSets, ...NATIONAL_PROJECT.weightSets],
};
