/**
 * A rule is a unit, in the shape of an ESLint rule: its id, default severity, Chinese title
 * and documentation, and the visitors that check it. The analysis walks an evaluation's facts
 * once and calls every rule's visitor for each thing it visits; a rule only reports.
 * Adding a rule is adding one module (and its test) and listing it in registry.ts.
 */
import type { ColumnSum } from '../model.js';
import type { Profile } from '../profile/profile.js';
import type { SheetView } from '../recognize/sheetView.js';
import type { RuleId, Severity } from '../report.js';
import type { AmountTable } from '../model.js';
import type { BlockFacts, EvaluationFacts, TotalRowFacts } from '../score/evaluation.js';
import type { LeafFacts } from '../score/leaf.js';

export interface RuleContext {
  readonly profile: Profile;
  /** Reports a finding of this rule at an A1 address. */
  report(
    cell: string,
    message: string,
    expected: number | string | null,
    found: number | string | null,
    suggestion?: number,
  ): void;
}

/** A money table of an evaluation, with the evaluation it belongs to. */
export interface BudgetFacts {
  readonly table: AmountTable;
  readonly evaluation: EvaluationFacts;
}

export interface ColumnSumFacts {
  readonly sum: ColumnSum;
  readonly view: SheetView;
}

export interface Rule {
  readonly id: RuleId;
  /** The default; a profile may raise or lower it. */
  readonly severity: Severity;
  /** Short Chinese title (the pane's label for the rule). */
  readonly title: string;
  /** When it fires, for docs/rules.md. */
  readonly description: string;
  readonly leaf?: (leaf: LeafFacts, ctx: RuleContext) => void;
  readonly block?: (block: BlockFacts, ctx: RuleContext) => void;
  readonly totalRow?: (row: TotalRowFacts, ctx: RuleContext) => void;
  readonly budget?: (budget: BudgetFacts, ctx: RuleContext) => void;
  readonly evaluation?: (evaluation: EvaluationFacts, ctx: RuleContext) => void;
  readonly columnSum?: (sum: ColumnSumFacts, ctx: RuleContext) => void;
}
