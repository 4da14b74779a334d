import { capHeaderAddress } from '../score/evaluation.js';
import { num } from '../text/format.js';
import { numberOf, round, tolerance } from '../values/reading.js';
import type { Rule } from './rule.js';
import { totalRowName } from './names.js';

const LEVEL_NAME = { 0: '指标组', 1: '一级指标', 2: '二级指标' } as const;

/** Σ caps of the children must be the stated cap: of a block, of a 合计 row, of the table (满分). */
export const capSumMismatch: Rule = {
  id: 'cap-sum-mismatch',
  severity: 'error',
  title: '分值合计不符',
  description:
    'a stated block cap ≠ Σ its leaves’ caps; a 合计 row’s cap ≠ Σ; Σ caps (with the execution cap) ≠ 满分 when no 合计 row states it',
  block({ block, capSum, capsComplete, labelledBlocks }, ctx) {
    const stated = block.statedCap;
    // Leaves without caps of their own take the block's (20+80): nothing to add up.
    if (!stated || !capsComplete) return;
    if (Math.abs(capSum - stated.value) <= tolerance(stated.field.reading)) return;
    // Say what was added up: the leaves' own caps, or (also) the caps inner blocks state.
    const parts =
      labelledBlocks === 0
        ? `其下 ${block.indicators.length} 项指标分值合计为 ${num(capSum)}`
        : `其下各组标注的分值与指标分值合计为 ${num(capSum)}`;
    ctx.report(
      stated.field.address,
      `${LEVEL_NAME[block.level]}「${block.label}」的分值为 ${num(stated.value)}，但${parts}（相差 ${num(Math.abs(capSum - stated.value))}）。`,
      capSum,
      stated.value,
    );
  },
  totalRow({ row, sums, isWhole }, ctx) {
    const stated = row.cap ? numberOf(row.cap.reading) : null;
    if (!row.cap || stated === null) return;
    if (Math.abs(stated - sums.cap) <= tolerance(row.cap.reading)) return;
    ctx.report(
      row.cap.address,
      `${totalRowName(row, isWhole)}的分值为 ${num(stated)}，但所含指标分值合计为 ${num(sums.cap)}（相差 ${num(Math.abs(sums.cap - stated))}）。`,
      round(sums.cap),
      stated,
    );
  },
  evaluation(ev, ctx) {
    const cap = ev.capSum;
    if (cap === null) return;
    if (ev.wholeRow?.cap?.reading.kind === 'number') return; // its own cap was checked above
    const full = ctx.profile.fullMarks;
    if (Math.abs(cap - full) < 1e-6) return;
    ctx.report(
      capHeaderAddress(ev.evaluation.grid),
      `${capParts(ev.execution?.cap ?? null, cap)}，应为满分 ${num(full)}（相差 ${num(Math.abs(cap - full))}）。`,
      full,
      round(cap),
    );
  },
};

/** "各项指标分值 98 + 预算执行率分值 20 = 118": where the sum comes from, for the reader to find it. */
function capParts(executionCap: number | null, cap: number): string {
  return executionCap === null
    ? `各项指标分值合计为 ${num(cap)}`
    : `各项指标分值 ${num(cap - executionCap)} + 预算执行率分值 ${num(executionCap)} = ${num(cap)}`;
}
