/** Level-1/2 blocks: a stated block cap must equal Σ its leaves' caps; level-1 weights per profile. */
import type { LevelBlock } from '../model.js';
import type { WeightSet } from '../profile/profile.js';
import { num } from '../text/format.js';
import { tolerance } from '../values/reading.js';
import type { RuleContext } from './context.js';
import { sumLeaves, type LeafScores } from './indicators.js';

const LEVEL_NAME = { 1: '一级指标', 2: '二级指标' } as const;

export function checkBlocks(
  blocks: readonly LevelBlock[],
  leaves: LeafScores,
  ctx: RuleContext,
): void {
  const capSum = (block: LevelBlock) => sumLeaves(leaves, block.indicators).cap;
  for (const block of blocks) {
    if (!block.statedCap) continue;
    const sum = capSum(block);
    const stated = block.statedCap.value;
    if (Math.abs(sum - stated) <= tolerance(block.statedCap.field.reading)) continue;
    ctx.report(
      'cap-sum-mismatch',
      block.statedCap.field.address,
      `${LEVEL_NAME[block.level]}「${block.label}」的分值为 ${num(stated)}，但其下 ${block.indicators.length} 项指标分值合计为 ${num(sum)}（相差 ${num(Math.abs(sum - stated))}）。`,
      sum,
      stated,
    );
  }
  checkWeights(
    blocks.filter((b) => b.level === 1),
    capSum,
    ctx,
  );
}

/** Compares level-1 weights with the profile's template that matches the most labels. */
function checkWeights(
  level1: readonly LevelBlock[],
  capSum: (b: LevelBlock) => number,
  ctx: RuleContext,
): void {
  const matchesOf = (set: WeightSet) =>
    set.weights.flatMap((w) => {
      const block = level1.find((b) => b.label.includes(w.label));
      return block ? [{ block, weight: w.cap, label: w.label }] : [];
    });
  const sets = ctx.profile.weightSets;
  // A label the other templates do not use (投入管理, 满意度) is what identifies a template;
  // 产出 and 效益 alone fit every template and prove nothing.
  const distinctive = (set: WeightSet, label: string) =>
    sets.every((other) => other === set || !other.weights.some((w) => w.label === label));
  const candidates = sets.map((set) => ({ set, matches: matchesOf(set) }));
  const best = candidates
    .filter((c) => c.matches.length >= 2 && c.matches.some((m) => distinctive(c.set, m.label)))
    .sort((a, b) => b.matches.length - a.matches.length)[0];
  if (!best) return;
  for (const { block, weight } of best.matches) {
    const cap = block.statedCap?.value ?? capSum(block);
    if (Math.abs(cap - weight) < 1e-6) continue;
    ctx.report(
      'weight-deviation',
      (block.statedCap?.field ?? block.labelCell).address,
      `一级指标「${block.label}」权重为 ${num(cap)} 分，模板「${best.set.name}」规定为 ${num(weight)} 分；如确需调整，请确认总分仍为 ${num(ctx.profile.fullMarks)} 分。`,
      weight,
      cap,
    );
  }
}
