/**
 * One evaluation's figures: every leaf's facts, each block's Σ caps, each 合计/小计 row's
 * sums, the execution-rate score, and the total (Σ counted leaf scores + the execution
 * score) with its grade. Rules compare what the sheet states with these; the plan writes them.
 */
import { columnLetter, toA1 } from '../grid.js';
import type { Evaluation, IndicatorTable, LevelBlock, RateScale, TotalRow } from '../model.js';
import type { Profile } from '../profile/profile.js';
import type { Confidence, Grade } from '../report.js';
import { judgeTable } from '../confidence.js';
import { capInLabel } from '../recognize/labels.js';
import { numberOf } from '../values/reading.js';
import { executionOf, executionRow, type ExecutionFacts } from './execution.js';
import { gradeFor } from './grade.js';
import { LeafFacts } from './leaf.js';

export interface Sums {
  readonly score: number;
  readonly cap: number;
}

export interface BlockFacts {
  readonly block: LevelBlock;
  /** Σ valid caps of its leaves, and whether every leaf has one. */
  readonly capSum: number;
  readonly capsComplete: boolean;
  /** How many inner blocks enter capSum by the cap their label states (20+80, side titles). */
  readonly labelledBlocks: number;
  /** Σ its leaves' scores as they enter the total. */
  readonly scoreSum: number;
}

export interface TotalRowFacts {
  readonly row: TotalRow;
  /** What it should state: Σ of the leaves it covers (the whole total includes execution). */
  readonly sums: Sums;
  /** The one 合计 covering the whole grid: the evaluation's total. */
  readonly isWhole: boolean;
  /** How the grid's 得分率 column writes figures without a %. */
  readonly scoreRateScale: RateScale;
}

export interface EvaluationFacts {
  readonly evaluation: Evaluation;
  readonly profile: Profile;
  /** The grid's rows; per-leaf figures are aligned with its indicators (Indicator.index). */
  readonly leafCount: number;
  /** Leaves proper: the rows less the grid's 预算执行率 row when it is the execution score. */
  readonly leaves: number;
  /** That row's index, or -1: rules and the plan pass over it as a leaf. */
  readonly executionIndex: number;
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
  /**
   * Σ counted leaf scores + the execution score; null when there is nothing to add up, or
   * when the grid is a template nobody scored (every 得分 blank).
   */
  readonly total: Sums | null;
  /** Σ caps with the execution cap, when it means something (capsKnown), scored or not. */
  readonly capSum: number | null;
  /** Whether any score is stated at all. */
  readonly scored: boolean;
  /** Whether Σ leaf caps means something: some leaf has a cap and every scored leaf has one. */
  readonly capsKnown: boolean;
  /** The whole-table 合计 row, if the grid has one. */
  readonly wholeRow: TotalRow | null;
  /** Of the computed total; of the stated total when nothing can be computed. */
  readonly grade: Grade | null;
  /** Whether the grid was read right enough to write figures into the sheet. */
  readonly confidence: Confidence;
  /** Σ of the reviewer column (复核分 …), kept apart from the self-score; null without one. */
  readonly reviewerTotal: number | null;
}

export function scoreEvaluation(
  evaluation: Evaluation,
  profile: Profile,
  countSuggestions: boolean,
  /** The user confirmed the mapping: trust the reading whatever the evidence. */
  confirmed: boolean,
  /** Called with each leaf's facts as the walk makes them (the rules), so they are made once. */
  onLeaf?: (leaf: LeafFacts) => void,
): EvaluationFacts {
  const grid = evaluation.grid;
  const indicators = grid?.indicators ?? [];
  const scale = grid?.scoreRateScale ?? 'fraction';
  const context = {
    countSuggestions,
    scoreRateScale: scale,
    fullMarks: profile.fullMarks,
    capsInLabels: grid !== null && grid.mapping.columns.cap === undefined,
  };
  const leaf = (index: number) => new LeafFacts(indicators[index]!, context);
  const execution = executionOf(evaluation.budgets, grid, profile);
  // The grid's 预算执行率 row, when it is the execution score, is no leaf: it stays out of
  // every leaf sum (NaN cap, nothing counted) and enters as the execution score.
  const executionIndex = executionRow(evaluation.budgets, grid)?.index ?? -1;
  const caps = new Float64Array(indicators.length);
  const counted = new Float64Array(indicators.length);
  const invalid = new Uint8Array(indicators.length);
  const evidence = { numericScores: 0, scoreCells: 0, targetSum: 0, targets: 0 };
  let reviewerTotal: number | null = null;
  for (let i = 0; i < indicators.length; i++) {
    if (i === executionIndex) {
      caps[i] = Number.NaN;
      continue;
    }
    const facts = leaf(i);
    counted[i] = facts.counted;
    caps[i] = facts.cap ?? Number.NaN;
    invalid[i] = facts.capInvalid ? 1 : 0;
    const r = facts.scoreField?.reading;
    if (r && r.kind !== 'empty') {
      evidence.scoreCells++;
      if (r.kind === 'number') evidence.numericScores++;
    }
    const reviewed = facts.indicator.reviewer?.reading;
    if (reviewed?.kind === 'number') reviewerTotal = (reviewerTotal ?? 0) + reviewed.value;
    const t = facts.targetField?.reading;
    if (t?.kind === 'number' && !t.percent) {
      evidence.targetSum += t.value;
      evidence.targets++;
    }
    onLeaf?.(facts);
  }

  const governing = governingBlocks(grid, caps, invalid);
  let score = execution?.score ?? 0;
  let cap = execution?.cap ?? 0;
  let withCap = 0;
  let scoredWithoutCap = 0;
  const governedScore = new Map<LevelBlock, number>();
  for (let i = 0; i < indicators.length; i++) {
    if (i === executionIndex) continue;
    const block = governing.byLeaf.get(i);
    if (block) governedScore.set(block, (governedScore.get(block) ?? 0) + counted[i]!);
    else score += counted[i]!;
    if (!Number.isNaN(caps[i]!)) {
      cap += caps[i]!;
      withCap++;
    } else if (!block && (counted[i] !== 0 || invalid[i])) scoredWithoutCap++;
  }
  // A block's stated cap bounds the leaves it governs, as a leaf's cap bounds the leaf.
  for (const [block, sum] of governedScore) {
    score += Math.min(sum, block.statedCap!.value);
    cap += block.statedCap!.value;
    withCap++;
  }
  for (const block of governing.unscored) cap += block.statedCap!.value;

  // A published template nobody scored yet (every 得分 blank) has no total to report or write.
  const scored = evidence.scoreCells > 0 || execution?.scoreField?.reading.kind === 'number';
  // Without a grid there is nothing to total: a budget block alone is checked, not graded.
  const sums = grid ? { score, cap } : null;
  const total = scored ? sums : null;
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
  const labelledTotal = evaluation.statedTotal ? numberOf(evaluation.statedTotal.stated) : null;
  const statedTotal = wholeRow?.score ? numberOf(wholeRow.score.reading) : labelledTotal;
  const capsKnown = withCap > 0 && scoredWithoutCap === 0;
  const gradeBasis = total?.score ?? labelledTotal;
  const columns = grid?.mapping.columns;
  const judged = grid
    ? judgeTable({
        leaves: indicators.length,
        numericScores: evidence.numericScores,
        scoreCells: evidence.scoreCells,
        hasCapColumn: columns?.cap !== undefined,
        hasScoreColumn: columns?.score !== undefined,
        targetSum: evidence.targets > 0 ? evidence.targetSum : null,
        unlabeledFigures:
          grid.unlabeledFigures === null ? null : columnLetter(grid.unlabeledFigures),
        capSum: capsKnown && sums ? sums.cap : null,
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
    leaves: indicators.length - (executionIndex >= 0 ? 1 : 0),
    executionIndex,
    caps,
    counted,
    leaf,
    blocks: (grid?.blocks ?? []).map((block) => {
      // A side title adds up the level-1 blocks labelled beside it, when they all state caps.
      const children = block.rows
        ? grid!.blocks.filter(
            (b) =>
              b.level === 1 &&
              b.labelCell.row >= block.rows!.top &&
              b.labelCell.row <= block.rows!.bottom,
          )
        : [];
      if (children.length > 0 && children.every((b) => b.statedCap)) {
        const childCaps = children.reduce((c, b) => c + b.statedCap!.value, 0);
        return {
          block,
          capSum: childCaps,
          scoreSum: 0,
          capsComplete: true,
          labelledBlocks: children.length,
        };
      }
      const sums = sumOf(block.indicators);
      // A 预算执行率 row inside the block brings its cap (and its score) with it.
      const inBlock = block.execution?.index === executionIndex ? execution : null;
      // Leaves without caps count with the inner block that governs them, once each.
      const inner = new Set<LevelBlock>();
      let complete = true;
      for (const ind of block.indicators) {
        if (ind.index === executionIndex || !Number.isNaN(caps[ind.index]!)) continue;
        const governor = governing.byLeaf.get(ind.index);
        if (governor && governor !== block) inner.add(governor);
        else complete = false;
      }
      const innerCaps = [...inner].reduce((c, b) => c + b.statedCap!.value, 0);
      // A block with no scored row in a grid whose caps stand in labels has nothing to add up.
      const unscored = block.indicators.length === 0 && context.capsInLabels;
      return {
        block,
        capSum: sums.cap + innerCaps + (inBlock?.cap ?? 0),
        scoreSum: sums.score + (inBlock?.score ?? 0),
        capsComplete: complete && !unscored,
        labelledBlocks: inner.size,
      };
    }),
    totalRows: (grid?.totals ?? []).map((row) => ({
      row,
      sums: row === wholeRow && sums ? sums : sumOf(row.covers),
      isWhole: row === wholeRow,
      scoreRateScale: scale,
    })),
    execution,
    total,
    capSum: capsKnown && sums ? sums.cap : null,
    scored,
    capsKnown,
    wholeRow,
    grade: gradeBasis === null ? null : gradeFor(gradeBasis, profile),
    confidence,
    reviewerTotal,
  };
}

/**
 * Leaves that state no cap of their own take their block's (the "20+80" template: 产出指标
 * (60分) over leaves with scores only): the innermost block with a stated cap governs them.
 * In a grid with no 分值 column at all, a level-1 block with a stated cap governs even when
 * none of its rows was scored: its points are part of the table's 100 and were not earned.
 */
function governingBlocks(
  grid: IndicatorTable | null,
  caps: Float64Array,
  invalid: Uint8Array,
): { byLeaf: Map<number, LevelBlock>; unscored: LevelBlock[] } {
  const byLeaf = new Map<number, LevelBlock>();
  const unscored: LevelBlock[] = [];
  if (!grid) return { byLeaf, unscored };
  const innermostFirst = [...grid.blocks].sort((a, b) => b.level - a.level);
  for (const block of innermostFirst) {
    if (!block.statedCap) continue;
    if (block.indicators.length === 0) {
      if (block.level === 1 && grid.mapping.columns.cap === undefined) unscored.push(block);
      continue;
    }
    const capless = block.indicators.filter((ind) => Number.isNaN(caps[ind.index]!));
    // Only a block whose leaves all lack caps: a mixed block is a cap-sum question instead.
    if (capless.length !== block.indicators.length) continue;
    for (const ind of capless)
      if (!invalid[ind.index] && !byLeaf.has(ind.index)) byLeaf.set(ind.index, block);
  }
  return { byLeaf, unscored };
}

/** A single 合计 covering every leaf of the grid is the evaluation's total. */
function wholeRowOf(grid: IndicatorTable): TotalRow | null {
  const whole = grid.totals.filter((t) => t.kind === 'total');
  return whole.length === 1 && whole[0]!.covers.length === grid.indicators.length
    ? whole[0]!
    : null;
}

/**
 * Where "Σ 分值 ≠ 满分" is reported when no 合计 row states the cap: the 分值 header, or, when
 * the caps stand in labels, the header of the deepest level column that holds them.
 */
export function capHeaderAddress(grid: IndicatorTable | null): string {
  if (!grid) return 'A1';
  const c = grid.mapping.columns;
  const col = c.cap ?? labelCapColumn(grid) ?? c.score ?? grid.mapping.range.left;
  return toA1(grid.mapping.headerRows.last, col);
}

/**
 * The deepest level column whose labels state caps: 三级 when the leaves' names carry them
 * ("决策依据(4分)"), else the deepest capped block's ("产出指标(60分)" in the 20+80 form, or
 * only the side title "年度绩效目标(98分)").
 */
function labelCapColumn(grid: IndicatorTable): number | undefined {
  const c = grid.mapping.columns;
  if (grid.indicators.some((i) => capInLabel(i.name) !== null))
    return c.level3 ?? c.level2 ?? c.level1;
  let deepest: LevelBlock | null = null;
  for (const b of grid.blocks) if (b.statedCap && b.level >= (deepest?.level ?? 0)) deepest = b;
  if (deepest?.level === 2) return c.level2Cap ?? c.level2;
  if (deepest?.level === 1) return c.level1Cap ?? c.level1;
  if (deepest) return deepest.labelCell.col;
  return c.level3 ?? c.level2 ?? c.level1;
}
