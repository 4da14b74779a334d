/**
 * Computed values and findings → the write plan. The plan never targets a formula cell and
 * never a score the user typed; it skips values the sheet already shows; every write keeps
 * the cell's previous content so it can be undone exactly.
 */
import { fromA1 } from '../grid.js';
import type {
  CellMark,
  Finding,
  PreviousContent,
  Severity,
  ValueWrite,
  WritePlan,
} from '../report.js';
import type { ComputedValue } from './computed.js';
import { normalizeText } from '../text/normalize.js';
import { isPercentFormat, tolerance } from '../values/reading.js';
import { showsRate } from '../values/rate.js';
import { worse } from '../severity.js';

export function buildWritePlan(
  computed: readonly ComputedValue[],
  findings: readonly Finding[],
  writeValues: boolean,
): WritePlan {
  const values = writeValues ? valueWrites(computed) : [];
  return { values, marks: marks(findings, values) };
}

/** What a written cell's note says it held, so a reader sees what Ziping replaced. */
export function previousNote(write: ValueWrite): string {
  const v = write.previous.value;
  const shown = v === null || v === '' ? '空' : typeof v === 'object' ? v.error : `${String(v)}`;
  return `${WRITE_PURPOSE_LABELS[write.purpose]}由自评助手写入 ${String(write.value)}，原为 ${shown}。`;
}

const WRITE_PURPOSE_LABELS: Readonly<Record<ValueWrite['purpose'], string>> = {
  total: '总分',
  subtotal: '小计',
  'score-rate': '得分率',
  'execution-rate': '预算执行率',
  'execution-score': '预算执行率得分',
  grade: '评价等级',
  'suggested-score': '得分',
};

function valueWrites(computed: readonly ComputedValue[]): ValueWrite[] {
  const writes = new Map<string, ValueWrite>();
  for (const c of computed) {
    const { field } = c;
    if (field.cell.formula || writes.has(field.address)) continue;
    if (c.purpose === 'suggested-score' && field.reading.kind !== 'empty') continue;
    if (alreadyShows(c)) continue;
    const previous: PreviousContent = {
      value: field.cell.value,
      ...(field.cell.format !== undefined ? { format: field.cell.format } : {}),
    };
    const needsFormat =
      c.format !== undefined && !(isPercentFormat(c.format) && isPercentFormat(field.cell.format));
    writes.set(field.address, {
      row: field.row,
      col: field.col,
      address: field.address,
      value: c.value,
      ...(needsFormat ? { format: c.format } : {}),
      previous,
      purpose: c.purpose,
    });
  }
  return [...writes.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

function alreadyShows(c: ComputedValue): boolean {
  const r = c.field.reading;
  if (typeof c.value === 'string')
    return r.kind === 'text' && normalizeText(r.text) === normalizeText(c.value);
  if (c.scale) return showsRate(r, c.value as number, c.scale);
  return r.kind === 'number' && Math.abs(r.value - c.value) <= tolerance(r);
}

/**
 * One mark per cell: the worst severity, every message on its own line. Every written cell
 * is marked too (info at least), its note saying what it held before.
 */
function marks(findings: readonly Finding[], values: readonly ValueWrite[]): CellMark[] {
  const byCell = new Map<string, { severity: Severity; lines: string[] }>();
  const add = (address: string, severity: Severity, line: string) => {
    const seen = byCell.get(address);
    if (!seen) byCell.set(address, { severity, lines: [line] });
    else {
      seen.lines.push(line);
      seen.severity = worse(seen.severity, severity);
    }
  };
  for (const f of findings) add(f.cell, f.severity, f.message);
  for (const w of values) add(w.address, 'info', previousNote(w));
  return [...byCell.entries()]
    .map(([address, { severity, lines }]) => {
      const { row, col } = fromA1(address);
      return { row, col, address, severity, note: lines.join('\n') };
    })
    .sort((a, b) => a.row - b.row || a.col - b.col);
}
