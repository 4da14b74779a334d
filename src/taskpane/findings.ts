/**
 * The findings of a run, in the order the pane lists them: errors first, then warnings, then
 * infos; within a severity grouped by rule; within a rule, by sheet order and cell order.
 * Previous/next walk this same order.
 */
import type { Finding, RuleId, SheetAnalysis, Severity } from '../engine/index.js';
import { severityOrder } from '../engine/index.js';
import { fromA1 } from '../engine/index.js';

export interface LocatedFinding {
  readonly sheet: string;
  readonly finding: Finding;
}

export interface FindingGroup {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Position of the group's first item in the flat list. */
  readonly start: number;
  readonly items: readonly LocatedFinding[];
}

export function orderFindings(analyses: readonly SheetAnalysis[]): LocatedFinding[] {
  const located: { item: LocatedFinding; sheetIndex: number; row: number; col: number }[] = [];
  analyses.forEach((analysis, sheetIndex) => {
    if (analysis.status !== 'recognised') return;
    for (const finding of analysis.findings) {
      const { row, col } = safeA1(finding.cell);
      located.push({ item: { sheet: analysis.sheet, finding }, sheetIndex, row, col });
    }
  });
  // Rank each rule by its worst severity so a rule's findings stay together.
  const ruleRank = new Map<RuleId, number>();
  for (const { item } of located) {
    const rank = severityOrder(item.finding.severity);
    ruleRank.set(item.finding.rule, Math.min(rank, ruleRank.get(item.finding.rule) ?? rank));
  }
  const firstSeen = new Map<RuleId, number>();
  located.forEach(({ item }, i) => {
    if (!firstSeen.has(item.finding.rule)) firstSeen.set(item.finding.rule, i);
  });
  return located
    .sort(
      (a, b) =>
        (ruleRank.get(a.item.finding.rule) ?? 0) - (ruleRank.get(b.item.finding.rule) ?? 0) ||
        (firstSeen.get(a.item.finding.rule) ?? 0) - (firstSeen.get(b.item.finding.rule) ?? 0) ||
        a.sheetIndex - b.sheetIndex ||
        a.row - b.row ||
        a.col - b.col,
    )
    .map(({ item }) => item);
}

export function groupByRule(ordered: readonly LocatedFinding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  ordered.forEach((item, index) => {
    const last = groups.at(-1);
    if (last && last.rule === item.finding.rule) {
      (last.items as LocatedFinding[]).push(item);
    } else {
      groups.push({
        rule: item.finding.rule,
        severity: item.finding.severity,
        start: index,
        items: [item],
      });
    }
  });
  return groups;
}

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

function safeA1(address: string): { row: number; col: number } {
  try {
    return fromA1(address.includes('!') ? (address.split('!').pop() ?? '') : address);
  } catch {
    return { row: Number.MAX_SAFE_INTEGER, col: 0 };
  }
}
