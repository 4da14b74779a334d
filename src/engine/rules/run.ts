/**
 * Runs every rule over a sheet's facts: each visitor once per thing it visits, in one walk.
 * Severity comes from the profile when it sets one, else from the rule.
 */
import type { ColumnSum } from '../model.js';
import type { Profile } from '../profile/profile.js';
import type { SheetView } from '../recognize/sheetView.js';
import type { Finding } from '../report.js';
import type { EvaluationFacts } from '../score/evaluation.js';
import type { LeafFacts } from '../score/leaf.js';
import { RULES } from './registry.js';
import type { Rule, RuleContext } from './rule.js';

export function runRules(
  evaluations: readonly EvaluationFacts[],
  columnSums: readonly ColumnSum[],
  view: SheetView,
  profile: Profile,
  rules: readonly Rule[] = RULES,
  /** Called with each leaf after its rules, so others can use the same facts (the plan). */
  afterLeaf?: (evaluation: EvaluationFacts, leaf: LeafFacts) => void,
): Finding[] {
  const findings: Finding[] = [];
  const contexts = rules.map((rule) => contextFor(rule, profile, findings));
  const each = <K extends keyof Rule>(
    key: K,
    visit: (fn: NonNullable<Rule[K]>, ctx: RuleContext) => void,
  ) => {
    rules.forEach((rule, i) => {
      const fn = rule[key];
      if (fn) visit(fn as NonNullable<Rule[K]>, contexts[i]!);
    });
  };
  for (const ev of evaluations) {
    const leafRules = rules.flatMap((r, i) => (r.leaf ? [[r.leaf, contexts[i]!] as const] : []));
    for (let i = 0; i < ev.leafCount; i++) {
      if (i === ev.executionIndex) continue;
      const leaf = ev.leaf(i);
      for (const [visit, ctx] of leafRules) visit(leaf, ctx);
      afterLeaf?.(ev, leaf);
    }
    for (const block of ev.blocks) each('block', (visit, ctx) => visit(block, ctx));
    for (const row of ev.totalRows) each('totalRow', (visit, ctx) => visit(row, ctx));
    for (const table of ev.evaluation.budgets)
      each('budget', (visit, ctx) => visit({ table, evaluation: ev }, ctx));
    each('evaluation', (visit, ctx) => visit(ev, ctx));
  }
  for (const sum of columnSums) each('columnSum', (visit, ctx) => visit({ sum, view }, ctx));
  return findings;
}

function contextFor(rule: Rule, profile: Profile, findings: Finding[]): RuleContext {
  const severity = profile.severities[rule.id] ?? rule.severity;
  return {
    profile,
    report(cell, message, expected, found, suggestion) {
      const finding: Finding = { rule: rule.id, severity, cell, message, expected, found };
      findings.push(suggestion === undefined ? finding : { ...finding, suggestion });
    },
  };
}
