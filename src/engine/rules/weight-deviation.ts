import type { LevelBlock } from '../model.js';
import type { WeightSet } from '../profile/profile.js';
import { PROFILES } from '../profile/registry.js';
import { num } from '../text/format.js';
import type { BlockFacts } from '../score/evaluation.js';
import type { Rule } from './rule.js';

/** Level-1 weights against the template the profile recognises by its labels. */
export const weightDeviation: Rule = {
  id: 'weight-deviation',
  severity: 'warning',
  title: '指标权重与规定不符',
  description:
    'level-1 weights differ from the template the profile recognises (部门整体 30/10/30/20, 项目 50/30/10)',
  evaluation(ev, ctx) {
    // Only blocks whose weight the table states or whose leaves all carry caps.
    const level1 = ev.blocks.filter(
      (b) =>
        b.block.level === 1 && (b.block.statedCap !== null || (b.capsComplete && b.capSum > 0)),
    );
    const capOf = (b: BlockFacts) => b.block.statedCap?.value ?? b.capSum;
    const matchesOf = (set: WeightSet) =>
      set.weights.flatMap((w) => {
        const found = level1.find((b) => b.block.label.includes(w.label));
        return found ? [{ found, weight: w.cap, label: w.label }] : [];
      });
    const sets = ctx.profile.weightSets;
    // A label the other templates do not use (投入管理, 满意度) is what identifies a template;
    // 产出 and 效益 alone fit every template and prove nothing. "Other" means every known
    // template, not only this profile's: a profile with one template would match anything.
    const known = PROFILES.flatMap((p) => p.weightSets);
    const distinctive = (set: WeightSet, label: string) =>
      known.every(
        (other) =>
          other === set || other.name === set.name || !other.weights.some((w) => w.label === label),
      );
    const best = sets
      .map((set) => ({ set, matches: matchesOf(set) }))
      .filter((c) => c.matches.length >= 2 && c.matches.some((m) => distinctive(c.set, m.label)))
      .sort((a, b) => b.matches.length - a.matches.length)[0];
    if (!best) return;
    for (const { found, weight } of best.matches) {
      const cap = capOf(found);
      if (Math.abs(cap - weight) < 1e-6) continue;
      ctx.report(
        addressOf(found.block),
        `一级指标「${found.block.label}」权重为 ${num(cap)} 分，模板「${best.set.name}」规定为 ${num(weight)} 分；如确需调整，请确认总分仍为 ${num(ctx.profile.fullMarks)} 分。`,
        weight,
        cap,
      );
    }
  },
};

function addressOf(block: LevelBlock): string {
  return (block.statedCap?.field ?? block.labelCell).address;
}
