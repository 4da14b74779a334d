/**
 * Money tables: 预算情况 (a total row, then 其中 rows by source and by structure),
 * 年度主要任务 and 项目明细 (items, maybe a 合计 row at the end). Recognised by their header:
 * an 执行数 column beside a 预算 column.
 */
import type { AmountRow, AmountTable } from '../model.js';
import { isNotes } from './indicatorTable.js';
import type { FieldRef, SheetView } from './sheetView.js';
import { AMOUNT_TERMS, GROUP_OPENERS, matchTerm, type AmountRole } from './vocabulary.js';

type AmountColumns = Partial<Record<AmountRole, number>>;

const TOTAL_ROW = /(总额|合计|总计|总预算|预算总额|资金总额)/;
const NUMBERED_GROUP = /^\d+[、.．]/;

export function findAmountHeaders(view: SheetView): { row: number; columns: AmountColumns }[] {
  const headers: { row: number; columns: AmountColumns }[] = [];
  for (let row = view.top; row <= view.bottom; row++) {
    if (view.hasNumber(row)) continue;
    const columns: AmountColumns = {};
    for (let c = view.left; c <= view.right; c++) {
      const t = view.mergedText(row, c);
      const role = t && t.length <= 20 ? matchTerm(t, AMOUNT_TERMS) : null;
      if (role && columns[role] === undefined) columns[role] = c;
    }
    const hasBudget =
      columns.budget !== undefined ||
      columns.initial !== undefined ||
      columns.adjusted !== undefined;
    if (hasBudget && columns.executed !== undefined) headers.push({ row, columns });
  }
  return headers;
}

export function readAmountTable(
  view: SheetView,
  header: { row: number; columns: AmountColumns },
  stopRows: ReadonlySet<number>,
): AmountTable | null {
  const cols = header.columns;
  const amountCols = Object.entries(cols)
    .filter(([role]) => role !== 'name')
    .map(([, c]) => c);
  const firstAmount = Math.min(...amountCols);
  const field = (row: number, role: AmountRole): FieldRef | null =>
    cols[role] === undefined ? null : view.field(row, cols[role]!);

  let total: AmountRow | null = null;
  const groups: AmountRow[][] = [];
  let current: AmountRow[] | null = null;
  let bottom = header.row;
  for (let row = header.row + 1; row <= view.bottom; row++) {
    if (stopRows.has(row) || isNotes(view, row)) break;
    const hasAmount = amountCols.some((c) => view.reading(row, c).kind === 'number');
    const label = rowLabel(view, row, header.row, cols.name, firstAmount);
    if (!hasAmount) {
      if (!label) continue;
      if (!opensGroup(label.text)) break;
      current = [];
      groups.push(current);
      bottom = row;
      continue;
    }
    const amountRow: AmountRow = {
      row,
      label: label ? view.field(row, label.col) : view.field(row, view.left),
      initial: field(row, 'initial'),
      adjusted: field(row, 'adjusted'),
      budget: field(row, 'budget'),
      executed: field(row, 'executed'),
      rate: field(row, 'rate'),
      cap: field(row, 'cap'),
      score: field(row, 'score'),
    };
    bottom = row;
    const text = label?.text ?? '';
    if (TOTAL_ROW.test(text) && !total) {
      total = amountRow;
      current = null;
      continue;
    }
    if (!current || opensGroup(text)) {
      current = [];
      groups.push(current);
    }
    current.push(amountRow);
  }
  if (!total && groups.length === 0) return null;
  // A title row right above the header ("预算情况", "绩效目标编报情况"), else the header's own label.
  const above =
    header.row - 1 >= view.top && view.distinctTexts(header.row - 1).length === 1
      ? view.firstText(header.row - 1)
      : null;
  const title = above?.text ?? view.firstText(header.row)?.text ?? '';
  return {
    headerRow: header.row,
    range: { top: header.row, left: view.left, bottom, right: Math.max(...amountCols) },
    total,
    groups: groups.filter((g) => g.length > 0),
    title,
  };
}

function opensGroup(label: string): boolean {
  return NUMBERED_GROUP.test(label) || GROUP_OPENERS.some((w) => label.includes(w));
}

/**
 * The row's own label: the 名称 column when there is one, else the first text left of the
 * amounts that is not a block title merged down the side ("预算情况", "年度主要任务").
 */
function rowLabel(
  view: SheetView,
  row: number,
  headerRow: number,
  nameCol: number | undefined,
  firstAmount: number,
): { text: string; col: number } | null {
  if (nameCol !== undefined) {
    const t = view.text(row, nameCol);
    if (t) return { text: t, col: nameCol };
  }
  for (let c = view.left; c < firstAmount; c++) {
    const t = view.text(row, c);
    if (!t || t === view.mergedText(headerRow, c)) continue; // the block's side title, repeated
    const span = view.spanAt(row, c);
    if (span && span.bottom > row && span.right < firstAmount - 1) continue; // side title
    return { text: t, col: c };
  }
  return null;
}
