/**
 * Applying the engine's write plan to a loaded ExcelJS worksheet: computed values, a fill
 * on each flagged cell and a note with the messages. Nothing else in the sheet changes.
 */
import type ExcelJS from 'exceljs';
import type { CellMark, Severity, ValueWrite, WritePlan } from '../engine/report.js';
import { WorkbookError } from './errors.js';

/**
 * Excel's own palette, so the marks look familiar: the "Bad" and "Neutral" cell-style fills
 * (light red, amber) and the 20 % tint of Accent 1 (light blue). Light enough to read the
 * value through, and distinct when printed in colour.
 */
export const MARK_FILL_ARGB: Readonly<Record<Severity, string>> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

/** Opens every note Ziping writes, so a reader knows where it came from (and a rerun can replace it). */
export const NOTE_HEADING = '【自评助手】';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

export interface AppliedPlan {
  readonly written: number;
  readonly marked: number;
}

/**
 * Applies `plan` to `worksheet`, all or nothing: a plan that would overwrite a formula or a
 * merged area's hidden cell is refused before any cell changes (`file` names the workbook in
 * the error).
 */
export function applyPlan(
  worksheet: ExcelJS.Worksheet,
  plan: WritePlan,
  file: string,
): AppliedPlan {
  const conflicts = plan.values.flatMap((write) => conflictOf(worksheet, write));
  if (conflicts.length > 0) {
    throw new WorkbookError(
      'plan-conflict',
      file,
      `「${file}」工作表「${worksheet.name}」：写入计划要覆盖受保护的单元格，已全部放弃写入：${conflicts.join('；')}。`,
    );
  }
  for (const write of plan.values)
    writeValue(worksheet.getCell(write.row + 1, write.col + 1), write);
  const marks = mergeMarksByCell(worksheet, plan.marks);
  for (const [cell, mark] of marks) markCell(cell, mark);
  return { written: plan.values.length, marked: marks.size };
}

function conflictOf(worksheet: ExcelJS.Worksheet, write: ValueWrite): string[] {
  const cell = worksheet.getCell(write.row + 1, write.col + 1);
  if (cell.formula) return [`${write.address} 含公式 =${cell.formula}，不会被覆盖`];
  if (cell.master !== cell) return [`${write.address} 在合并单元格 ${cell.master.address} 之内`];
  return [];
}

function writeValue(cell: ExcelJS.Cell, write: ValueWrite): void {
  cell.value = write.value;
  if (write.format) restyle(cell, { numFmt: write.format });
}

/**
 * One mark per visible cell: a mark on a merged area's hidden cell goes to the area's master
 * (Excel draws the whole area with the master's fill), and marks meeting there combine.
 */
function mergeMarksByCell(
  worksheet: ExcelJS.Worksheet,
  marks: readonly CellMark[],
): Map<ExcelJS.Cell, { severity: Severity; notes: string[] }> {
  const byCell = new Map<ExcelJS.Cell, { severity: Severity; notes: string[] }>();
  for (const mark of marks) {
    const cell = worksheet.getCell(mark.row + 1, mark.col + 1).master;
    const seen = byCell.get(cell);
    if (!seen) {
      byCell.set(cell, { severity: mark.severity, notes: [mark.note] });
      continue;
    }
    if (SEVERITY_RANK[mark.severity] > SEVERITY_RANK[seen.severity]) seen.severity = mark.severity;
    seen.notes.push(mark.note);
  }
  return byCell;
}

function markCell(
  cell: ExcelJS.Cell,
  mark: { severity: Severity; notes: readonly string[] },
): void {
  restyle(cell, {
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: MARK_FILL_ARGB[mark.severity] } },
  });
  cell.note = withOurNote(cell.note, `${NOTE_HEADING}\n${mark.notes.join('\n')}`);
}

/**
 * ExcelJS shares one style object among all cells loaded with the same style id, so
 * `cell.fill = …` would repaint every such cell; give this cell its own copy instead.
 */
function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...change };
}

/** Keeps the author's own note and puts ours after it, replacing one left by an earlier run. */
function withOurNote(
  existing: string | ExcelJS.Comment | undefined,
  ours: string,
): string | ExcelJS.Comment {
  if (existing === undefined || existing === '') return ours;
  if (typeof existing === 'string') {
    const own = existing.split(NOTE_HEADING)[0]?.trimEnd() ?? '';
    return own ? `${own}\n\n${ours}` : ours;
  }
  const runs = existing.texts ?? [];
  const kept = runs.slice(0, indexOfOurRun(runs));
  return { ...existing, texts: [...kept, { text: kept.length > 0 ? `\n\n${ours}` : ours }] };
}

function indexOfOurRun(runs: readonly ExcelJS.RichText[]): number {
  const index = runs.findIndex((run) => run.text.includes(NOTE_HEADING));
  return index === -1 ? runs.length : index;
}
