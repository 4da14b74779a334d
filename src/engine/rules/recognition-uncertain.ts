import { toA1 } from '../grid.js';
import type { Rule } from './rule.js';

/**
 * A reading the evidence argues against is not written: the user is told why and asked to
 * confirm the mapping first (issue 6: when it cannot be sure, it says so and writes nothing).
 */
export const recognitionUncertain: Rule = {
  id: 'recognition-uncertain',
  severity: 'warning',
  title: '识别结果不确定',
  description:
    'recognition is not sure it read a table right (Σ 分值 far from 满分, scores that are not numbers, a computed total far from the stated one …); nothing is written until the user confirms the mapping',
  evaluation(ev, ctx) {
    const grid = ev.evaluation.grid;
    if (!grid || ev.confidence.level === 'sure') return;
    ctx.report(
      toA1(grid.mapping.range.top, grid.mapping.range.left),
      `无法确定已正确识别此表（${ev.confidence.reasons.join('；')}）。未写入总分和等级；请在「映射」中核对表头行和各列后确认。`,
      null,
      null,
    );
  },
};
