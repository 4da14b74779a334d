/**
 * A suggested value the user applies is an edit of the sheet: the sheet is analysed again with
 * it, so the plan written in the same run brings the cell's mark and note, the total, the grade
 * and the findings up to date. And what a run already writes is not offered again.
 */
import { fromA1, type Cell, type Grid } from '../grid.js';
import type {
  CellMark,
  Finding,
  SheetAnalysis,
  SheetGrade,
  SheetTotal,
  ValueWrite,
  WritePlan,
} from '../report.js';
import { contentOf } from './cellState.js';
import { previousNote } from './writePlan.js';

/** A value the user chose for one cell (a suggested score from the findings list). */
export interface CellEdit {
  readonly address: string;
  readonly value: number;
}

/** The grid as it will be once the edit is written, and the write that does it. */
export function applyEdit(grid: Grid, edit: CellEdit): { grid: Grid; write: ValueWrite } {
  const { row, col } = fromA1(edit.address);
  const r = row - grid.origin.row;
  const c = col - grid.origin.col;
  const old: Cell = grid.cells[r]?.[c] ?? { value: null };
  const cell: Cell =
    old.format === undefined ? { value: edit.value } : { value: edit.value, format: old.format };
  const cells = grid.cells.map((line) => [...line]);
  // Rows above the grid cannot happen (a finding's cell is inside it); rows below are padded.
  while (cells.length <= r) cells.push([]);
  const line = cells[r]!;
  while (line.length < c) line.push({ value: null });
  line[c] = cell;
  return {
    grid: { ...grid, cells },
    write: {
      row,
      col,
      address: edit.address,
      value: edit.value,
      previous: contentOf(old),
      purpose: 'suggested-score',
    },
  };
}

/**
 * The plan of the edited sheet with the edits' own writes in front; each edited cell is marked
 * too, its note saying what it held.
 */
export function withEdits(plan: WritePlan, writes: readonly ValueWrite[]): WritePlan {
  const edited = new Set(writes.map((w) => w.address));
  const marks = new Map<string, CellMark>(plan.marks.map((m) => [m.address, m]));
  for (const w of writes) {
    const line = previousNote(w);
    const seen = marks.get(w.address);
    marks.set(
      w.address,
      seen
        ? { ...seen, note: `${seen.note}\n${line}` }
        : { row: w.row, col: w.col, address: w.address, severity: 'info', note: line },
    );
  }
  return {
    values: [...writes, ...plan.values.filter((v) => !edited.has(v.address))],
    marks: [...marks.values()].sort((a, b) => a.row - b.row || a.col - b.col),
  };
}

/**
 * The analysis as it is kept with the marks and listed by the pane once the plan is written:
 * without the plan itself, with no suggestion offered that the plan already wrote (a blank
 * score the run fills), and with the total and grade the table states now that they are written.
 */
export function listedAnalysis(analysis: SheetAnalysis, written: WritePlan): SheetAnalysis {
  if (analysis.status !== 'recognised') return analysis;
  const done = new Map(written.values.map((w) => [w.address, w.value]));
  const total = (t: SheetTotal | null): SheetTotal | null => {
    const now = t?.cell ? done.get(t.cell) : undefined;
    return t && typeof now === 'number' ? { ...t, stated: now } : t;
  };
  const grade = (g: SheetGrade | null): SheetGrade | null => {
    const now = g?.cell ? done.get(g.cell) : undefined;
    return g && typeof now === 'string' ? { ...g, stated: now } : g;
  };
  const findings = analysis.findings.map((f): Finding => {
    if (f.suggestion === undefined || done.get(f.cell) !== f.suggestion) return f;
    const rest: { -readonly [K in keyof Finding]?: Finding[K] } = { ...f };
    delete rest.suggestion;
    return rest as Finding;
  });
  return {
    ...analysis,
    total: total(analysis.total),
    grade: grade(analysis.grade),
    tables: analysis.tables.map((t) => ({ ...t, total: total(t.total), grade: grade(t.grade) })),
    findings,
    plan: { values: [], marks: [] },
  };
}
