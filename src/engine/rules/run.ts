/**
 * Runs every rule over a sheet's facts: each visitor once per thing it visits. Leaves are
 * visited from the scoring walk itself (`leaf`), so each leaf's facts are made once for the
 * total and the rules alike; the rest once its evaluation is scored (`evaluation`), then the
 * sheet's column sums. Severity comes from the profile when it sets one, else from the rule.
 */
import type { ColumnSum } from '../model.js';
import type { Profile } from '../profile/profile.js';
import type { SheetView } from '../recognize/sheetView.js';
import type { Finding } from '../report.js';
import type { EvaluationFacts } from '../score/evaluation.js';
import type { LeafFacts } from '../score/leaf.js';
import type { Rule, RuleContext } from './rule.js';

type Visitor<K extends keyof Rule> = readonly [NonNullable<Rule[K]>, RuleContext];

export class RuleRun {
  readonly findings: Finding[] = [];
  private readonly leafVisitors: readonly Visitor<'leaf'>[];
  private readonly rules: readonly (readonly [Rule, RuleContext])[];

  constructor(rules: readonly Rule[], profile: Profile) {
    this.rules = rules.map((rule) => [rule, contextFor(rule, profile, this.findings)] as const);
    this.leafVisitors = this.rules.flatMap(([r, ctx]) => (r.leaf ? [[r.leaf, ctx] as const] : []));
  }

  /** A leaf's rules, called by the scoring walk with the facts it made. */
  leaf(leaf: LeafFacts): void {
    for (const [visit, ctx] of this.leafVisitors) visit(leaf, ctx);
  }

  /** A scored evaluation's blocks, total rows, money tables and the evaluation itself. */
  evaluation(ev: EvaluationFacts): void {
    for (const block of ev.blocks) this.each('block', (visit, ctx) => visit(block, ctx));
    for (const row of ev.totalRows) this.each('totalRow', (visit, ctx) => visit(row, ctx));
    for (const table of ev.evaluation.budgets)
      this.each('budget', (visit, ctx) => visit({ table, evaluation: ev }, ctx));
    this.each('evaluation', (visit, ctx) => visit(ev, ctx));
  }

  /** The sheet's 合计 = Σ parts column checks. */
  columnSums(sums: readonly ColumnSum[], view: SheetView): void {
    for (const sum of sums) this.each('columnSum', (visit, ctx) => visit({ sum, view }, ctx));
  }

  private each<K extends keyof Rule>(
    key: K,
    visit: (fn: NonNullable<Rule[K]>, ctx: RuleContext) => void,
  ): void {
    for (const [rule, ctx] of this.rules) {
      const fn = rule[key];
      if (fn) visit(fn as NonNullable<Rule[K]>, ctx);
    }
  }
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
