/**
 * A finding on a cell that holds Ziping's own earlier output, which this run's plan rewrites, is
 * not the user's problem: a total Ziping wrote that a later edit (or an applied suggestion) made
 * stale is simply rewritten. Such findings leave the list and their lines leave the cell's mark,
 * which keeps only what is left (at least the note saying what the cell held).
 */
import type { CellMark, Finding, SheetAnalysis, Severity, WritePlan } from '../report.js';
import { worse } from '../severity.js';

export function withoutOwnFindings(
  analysis: SheetAnalysis,
  plan: WritePlan,
  ours: ReadonlySet<string>,
): { analysis: SheetAnalysis; plan: WritePlan } {
  if (analysis.status !== 'recognised') return { analysis, plan };
  const rewritten = new Set(plan.values.filter((w) => ours.has(w.address)).map((w) => w.address));
  const resolved = (f: Finding) => rewritten.has(f.cell);
  if (!analysis.findings.some(resolved)) return { analysis, plan };
  const findings = analysis.findings.filter((f) => !resolved(f));
  const gone = new Map<string, Set<string>>();
  for (const f of analysis.findings.filter(resolved)) {
    const lines = gone.get(f.cell) ?? new Set<string>();
    lines.add(f.message);
    gone.set(f.cell, lines);
  }
  const marks = plan.marks.flatMap((m): CellMark[] => {
    const dropped = gone.get(m.address);
    if (!dropped) return [m];
    const lines = m.note.split('\n').filter((line) => !dropped.has(line));
    if (lines.length === 0) return [];
    const left = findings.filter((f) => f.cell === m.address);
    const severity = left.reduce<Severity>((worst, f) => worse(worst, f.severity), 'info');
    return [{ ...m, severity, note: lines.join('\n') }];
  });
  return { analysis: { ...analysis, findings }, plan: { ...plan, marks } };
}
