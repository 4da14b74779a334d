/**
 * A scoring profile: the regional rules as data. Provinces differ in grade bands,
 * qualitative tiers and prescribed level-1 weights; none of that is a branch in code.
 */
import type { Grade, RuleId, Severity } from '../report.js';

export interface GradeBand {
  readonly grade: Grade;
  /** Lowest total (inclusive) that earns this grade. */
  readonly min: number;
}

/** A share of 分值, inclusive at both ends. */
export interface Band {
  readonly min: number;
  readonly max: number;
}

export type QualitativeOutcome = 'achieved' | 'partial' | 'failed';

/** Prescribed level-1 weights of one template, matched by label. */
export interface WeightSet {
  readonly name: string;
  readonly weights: readonly { readonly label: string; readonly cap: number }[];
}

export interface Profile {
  readonly id: string;
  readonly name: string;
  /** 满分 of the whole table. */
  readonly fullMarks: number;
  /** Highest first. */
  readonly gradeBands: readonly GradeBand[];
  readonly qualitativeBands: Readonly<Record<QualitativeOutcome, Band>>;
  /** Words in an actual value that say which tier it reached; matched longest first. */
  readonly qualitativeWords: Readonly<Record<QualitativeOutcome, readonly string[]>>;
  readonly weightSets: readonly WeightSet[];
  /** Reason texts that explain nothing (无, 暂无, /, 0). */
  readonly reasonBoilerplate: readonly string[];
  /** Source rows that a total may exclude (上年结转 is often outside 收入合计). */
  readonly carryOverLabels: readonly string[];
  /** Where the region departs from a rule's default severity (a warning made an error …). */
  readonly severities: Readonly<Partial<Record<RuleId, Severity>>>;
}
