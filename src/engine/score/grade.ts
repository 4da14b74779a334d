/** 评价等级 from a total: the profile's bands, on the unrounded total. */
import type { Profile } from '../profile/profile.js';
import type { Grade } from '../report.js';

export function gradeFor(total: number, profile: Profile): Grade {
  return (
    profile.gradeBands.find((b) => total >= b.min)?.grade ??
    profile.gradeBands[profile.gradeBands.length - 1]!.grade
  );
}
