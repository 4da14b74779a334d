/**
 * Every profile a user can pick (`--profile ID`) and detection can choose, national first.
 * Adding one is adding its module under profiles/ and a line here.
 */
import type { Profile, TableKind } from './profile.js';
import { GUANGZHOU_DEPARTMENT } from './profiles/guangzhou-department.js';
import { HUBEI_20_80 } from './profiles/hubei-20-80.js';
import { NATIONAL_DEPARTMENT } from './profiles/national-department.js';
import { NATIONAL_PROJECT } from './profiles/national-project.js';
import { SICHUAN_2023 } from './profiles/sichuan-2023.js';
import { YUEYANG_DEPARTMENT } from './profiles/yueyang-department.js';
import { ZHENGZHOU_DEPARTMENT } from './profiles/zhengzhou-department.js';

export const PROFILES: readonly Profile[] = [
  NATIONAL_PROJECT,
  NATIONAL_DEPARTMENT,
  SICHUAN_2023,
  HUBEI_20_80,
  YUEYANG_DEPARTMENT,
  ZHENGZHOU_DEPARTMENT,
  GUANGZHOU_DEPARTMENT,
];

/** The national profile of each table kind: what a sheet without regional evidence gets. */
export const NATIONAL_BY_KIND: Readonly<Record<TableKind, Profile>> = {
  project: NATIONAL_PROJECT,
  department: NATIONAL_DEPARTMENT,
};

export function profileById(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}
