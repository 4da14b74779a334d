/** The one order of severities, worst first: sorting findings, choosing a mark's fill. */
import type { Severity } from './report.js';

/** Worst first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export function severityOrder(severity: Severity): number {
  return ORDER[severity];
}

/** The worse of two severities. */
export function worse(a: Severity, b: Severity): Severity {
  return ORDER[a] <= ORDER[b] ? a : b;
}
