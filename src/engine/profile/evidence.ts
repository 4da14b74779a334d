/**
 * What a recognised sheet shows that points to its regional rules: its title, the texts
 * around its tables (表号, 项目名称, notes), its headers, its level-1 blocks and the execution
 * cap. Filled from the model; detect.ts weighs it.
 */
import type { SheetModel } from '../model.js';
import type { SheetView } from '../recognize/sheetView.js';
import type { ProfileEvidence } from './detect.js';
import { RowSpans, type RowSpan } from '../recognize/rowSpans.js';

/** Enough of the texts outside the tables to find a 表号, a place or a note's wording. */
const MAX_TEXTS = 80;

export function evidenceOf(view: SheetView, model: SheetModel): ProfileEvidence {
  const tableSpans: RowSpan[] = [];
  const headers: string[] = [];
  for (const ev of model.evaluations) {
    const grid = ev.grid;
    if (grid) {
      const { headerRows, range } = grid.mapping;
      tableSpans.push({ top: headerRows.last + 1, bottom: range.bottom });
      for (let r = headerRows.first; r <= headerRows.last; r++)
        headers.push(...view.distinctTexts(r));
    }
    for (const t of ev.budgets) {
      tableSpans.push({ top: t.range.top + 1, bottom: t.range.bottom });
      headers.push(...view.distinctTexts(t.headerRow));
    }
  }
  const tableRows = new RowSpans(tableSpans);
  const texts: string[] = [];
  let title: string | undefined;
  for (let r = view.top; r <= view.bottom && texts.length < MAX_TEXTS; r++) {
    if (tableRows.has(r)) continue;
    for (let c = view.left; c <= view.right; c++) {
      const raw = view.cell(r, c).value;
      if (typeof raw !== 'string' || !raw.trim() || view.isCovered(r, c)) continue;
      title ??= /(表|报告)/.test(raw) ? raw.trim() : undefined;
      texts.push(raw.trim());
    }
  }
  const first = model.evaluations.find((e) => e.grid);
  const level1 = (first?.grid?.blocks ?? [])
    .filter((b) => b.level === 1)
    .map((b) => ({ label: b.label, cap: b.statedCap?.value ?? null }));
  const budget = model.evaluations.flatMap((e) => e.budgets).find((t) => t.total);
  const executionCap =
    (budget?.total?.cap?.reading.kind === 'number' ? budget.total.cap.reading.value : null) ??
    budget?.capInLabel?.value ??
    null;
  return {
    ...(title ? { title } : {}),
    sheetName: view.grid.sheet,
    texts,
    headers,
    level1,
    executionCap,
  };
}
