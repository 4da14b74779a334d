/**
 * One evaluation's figures: every leaf's facts, each block's Σ caps, each 合计/小计 row's
 * sums, the execution-rate score, and the total (Σ counted leaf scores + the execution
 * score) with its grade. Rules compare what the sheet states with these; the plan writes them.
 */
import { toA1 } from '../grid.js';
import type { Evaluation, IndicatorTable, LevelBlock, TotalRow } from '../model.js';
import type { Profile } from '../profile/profile.js';
import type { Confidence, Grade } from '../report.js';
import { judgeTable } from '../confidence.js';
import { numberOf } from '../values/reading.js';
import { executionOf, type ExecutionFacts } from './execution.js';
import { gradeFor } from './grade.js';
import { LeafFacts } from './leaf.js';

export interface Sums {
  readonly score: number;
  readonly cap: number;
}

export interface BlockFacts {
  readonly block: LevelBlock;
  /** Σ valid caps of its leaves. */
  readonly capSum: number;
}

export interface TotalRowFacts {
  readonly row: TotalRow;
  /** What it should state: Σ of the leaves it covers (the whole total includes execution). */
  readonly sums: Sums;
  /** The one 合计 covering the whole grid: the evaluation's total. */
  readonly isWhole: boolean;
}

export interface EvaluationFacts {
  readonly evaluation: Evaluation;
  readonly profile: Profile;
  /** The grid's leaf count; per-leaf figures are aligned with its indicators (Indicator.index). */
  readonly leafCount: number;
  /** Each leaf's usable 分值 (NaN when missing or invalid) and its score as it enters the total. */
  readonly caps: Float64Array;
  readonly counted: Float64Array;
  /**
   * A leaf's facts, made afresh on each call. Nothing per leaf is kept alive between the
   * passes: on a 100,000-row sheet retained objects cost the collector more than the rules.
   */
  leaf(index: number): LeafFacts;
  readonly blocks: readonly BlockFacts[];
  readonly totalRows: readonly TotalRowFacts[];
  readonly execution: ExecutionFacts | null;
  /** Σ counted leaf scores + the execution score; null when there is nothing to add up. */
  readonly total: Sums | null;
  /** Whether Σ leaf caps means something: some leaf has a cap and every scored leaf has one. */
  readonly capsKnown: boolean;
  /** The whole-table 合计 row, if the grid has one. */
  readonly wholeRow: TotalRow | null;
  /** Of the computed total; of the stated total when nothing can be computed. */
  readonly grade: Grade | null;
  /** Whether the grid was read right enough to write figures into the sheet. */
  readonly confidence: Confidence;
}

export function scoreEvaluation(
  evaluation: Evaluation,
  profile: Profile,
  countSuggestions: boolean,
  /** The user confirmed the mapping: trust the reading whatever the evidence. */
  confirmed: boolean,
): EvaluationFacts {
  const grid = evaluation.grid;
  const indicators = grid?.indicators ?? [];
  const leaf = (index: number) => new LeafFacts(indicators[index]!, countSuggestions);
  const execution = executionOf(evaluation.budgets);
  const caps = new Float64Array(indicators.length);
  const counted = new Float64Array(indicators.length);

  let score = execution?.score ?? 0;
  let cap = execution?.cap ?? 0;
  let withCap = 0;
  let scoredWithoutCap = 0;
  let numericScores = 0;
  let scoreCells = 0;
  for (let i = 0; i < indicators.length; i++) {
    const facts = leaf(i);
    counted[i] = facts.counted;
    caps[i] = facts.cap ?? Number.NaN;
    score += facts.counted;
    if (facts.cap !== null) {
      cap += facts.cap;
      withCap++;
    } else if (facts.counted !== 0 || facts.capInvalid) scoredWithoutCap++;
    const r = facts.scoreField?.reading;
    if (r && r.kind !== 'empty') {
      scoreCells++;
      if (r.kind === 'number') numericScores++;
    }
  }
  const total = indicators.length > 0 || execution ? { score, cap } : null;
  const wholeRow = grid ? wholeRowOf(grid) : null;
  const sumOf = (covered: readonly { index: number }[]): Sums => {
    let s = 0;
    let c = 0;
    for (const { index } of covered) {
      s += counted[index]!;
      if (!Number.isNaN(caps[index]!)) c += caps[index]!;
    }
    return { score: s, cap: c };
  };
  const labelledTotal = evaluation.statedTotal
    ? numberOf(evaluation.statedTotal.value.reading)
    : null;
  const statedTotal = wholeRow?.score ? numberOf(wholeRow.score.reading) : labelledTotal;
  const capsKnown = withCap > 0 && scoredWithoutCap === 0;
  const gradeBasis = total?.score ?? labelledTotal;
  const judged = grid
    ? judgeTable({
        leaves: indicators.length,
        numericScores,
        scoreCells,
        hasCapColumn: grid.mapping.columns.cap !== undefined,
        hasScoreColumn: grid.mapping.columns.score !== undefined,
        capSum: capsKnown && total ? total.cap : null,
        fullMarks: profile.fullMarks,
        computedTotal: total?.score ?? null,
        statedTotal,
      })
    : ({ level: 'sure', reasons: [] } satisfies Confidence);
  const confidence: Confidence = confirmed
    ? { level: 'sure', reasons: ['表格结构已由用户确认', ...judged.reasons] }
    : judged;
  return {
    evaluation,
    profile,
    leafCount: indicators.length,
    caps,
    counted,
    leaf,
    blocks: (grid?.blocks ?? []).map((block) => ({
      block,
      capSum: sumOf(block.indicators).cap,
    })),
    totalRows: (grid?.totals ?? []).map((row) => ({
      row,
      sums: row === wholeRow && total ? total : sumOf(row.covers),
      isWhole: row === wholeRow,
    })),
    execution,
    total,
    capsKnown,
    wholeRow,
    grade: gradeBasis === null ? null : gradeFor(gradeBasis, profile),
    confidence,
  };
}

/** A single 合计 covering every leaf of the grid is the evaluation's total. */
function wholeRowOf(grid: IndicatorTable): TotalRow | null {
  const whole = grid.totals.filter((t) => t.kind === 'total');
  return whole.length === 1 && whole[0]!.covers.length === grid.indicators.length
    ? whole[0]!
    : null;
}

/** Where "Σ 分值 ≠ 满分" is reported when no 合计 row states the cap: the 分值 header. */
export function capHeaderAddress(grid: IndicatorTable | null): string {
  if (!grid) return 'A1';
  const col = grid.mapping.columns.cap ?? grid.mapping.columns.score ?? grid.mapping.range.left;
  return toA1(grid.mapping.headerRows.last, col);
}
