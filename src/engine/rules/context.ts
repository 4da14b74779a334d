/**
 * What every rule module writes into: findings (with the profile's severity) and the values
 * the sheet should hold (computed totals, rates, grade, suggestions), from which plan/
 * builds the write plan.
 */
import type { Profile } from '../profile/profile.js';
import type { Finding, RuleId, WritePurpose } from '../report.js';
import type { FieldRef } from '../recognize/sheetView.js';

export interface ComputedValue {
  readonly field: FieldRef;
  readonly value: number | string;
  readonly purpose: WritePurpose;
  /** Number format for the written value when the cell has none that fits (e.g. "0.00%"). */
  readonly format?: string;
}

export class RuleContext {
  readonly findings: Finding[] = [];
  readonly computed: ComputedValue[] = [];

  constructor(readonly profile: Profile) {}

  report(
    rule: RuleId,
    address: string,
    message: string,
    expected: number | string | null,
    found: number | string | null,
    suggestion?: number,
  ): void {
    const finding: Finding = {
      rule,
      severity: this.profile.severities[rule],
      cell: address,
      message,
      expected,
      found,
    };
    this.findings.push(suggestion === undefined ? finding : { ...finding, suggestion });
  }

  compute(field: FieldRef, value: number | string, purpose: WritePurpose, format?: string): void {
    this.computed.push(
      format === undefined ? { field, value, purpose } : { field, value, purpose, format },
    );
  }
}
