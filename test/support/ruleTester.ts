/**
 * A rule's own test, in the shape of ESLint's RuleTester: sheets on which the rule, run
 * alone, reports nothing (`valid`), and sheets on which it reports exactly the findings
 * listed (`invalid`): rule, cell, severity, expected, found, suggestion, and the figures
 * its Chinese message must show.
 */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/engine/grid.js';
import type { AnalyzeOptions } from '../../src/engine/index.js';
import type { Finding, Severity } from '../../src/engine/report.js';
import type { Rule } from '../../src/engine/rules/rule.js';
import { analyzed } from './grids.js';

export interface ValidCase {
  readonly name: string;
  readonly sheet: Grid;
  /** Analysis options besides the rule (a profile, a confirmed mapping); national by default. */
  readonly options?: Omit<AnalyzeOptions, 'rules'>;
  /**
   * Why the rule gets this case wrong today: the case states what the rule should do and runs
   * as `it.fails`, which fails once the rule does it: remove the mark then.
   */
  readonly wrongToday?: string;
}

export interface ExpectedFinding {
  readonly cell: string;
  /** The rule's default when absent. */
  readonly severity?: Severity;
  readonly expected: Finding['expected'];
  readonly found: Finding['found'];
  readonly suggestion?: number;
  /** Fragments the message must contain: the figures and words that matter. */
  readonly message: readonly string[];
}

export interface InvalidCase extends ValidCase {
  readonly findings: readonly ExpectedFinding[];
}

export function testRule(
  rule: Rule,
  cases: { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] },
): void {
  const run = (c: ValidCase) => analyzed(c.sheet, { ...c.options, rules: [rule] }).findings;
  const test = (c: ValidCase) => (c.wrongToday ? it.fails : it);

  describe(`${rule.id}: valid`, () => {
    for (const c of cases.valid) test(c)(c.name, () => expect(run(c)).toEqual([]));
  });

  describe(`${rule.id}: invalid`, () => {
    for (const c of cases.invalid) {
      test(c)(c.name, () => {
        const findings = run(c);
        expect(findings.map(({ message: _, ...f }) => f)).toEqual(
          c.findings.map((f) => ({
            rule: rule.id,
            severity: f.severity ?? rule.severity,
            cell: f.cell,
            expected: f.expected,
            found: f.found,
            ...(f.suggestion === undefined ? {} : { suggestion: f.suggestion }),
          })),
        );
        findings.forEach((f, i) => {
          for (const part of c.findings[i]!.message) expect(f.message).toContain(part);
        });
      });
    }
  });
}
