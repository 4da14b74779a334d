/**
 * Money tables: 预算情况 (a total row, then 其中 rows by source and by structure),
 * 年度主要任务 and 项目明细 (items, maybe a 合计 row at the end). Recognised by their header:
 * an 执行数 column beside a 预算 column.
 */
import type { AmountRow, AmountTable, StatedNumber } from '../model.js';
import { isNotes } from './indicatorTable.js';
import { rateScale } from './rateScale.js';
import type { FieldRef, SheetView } from './sheetView.js';
import { AMOUNT_TERMS, GROUP_OPENERS, matchTerm, type AmountRole } from './vocabulary.js';
import type { RowSet } from './rowSpans.js';
import { memoize } from '../text/memo.js';

type AmountColumns = Partial<Record<AmountRole, number>>;

const TOTAL_ROW = /(总额|合计|总计|总预算|预算总额|资金总额)/;
const NUMBERED_GROUP = /^\d+[、.．]/;

/** Every label of every row is asked: each distinct one is matched once. */
const amountTermOf = memoize((label: string) => matchTerm(label, AMOUNT_TERMS));

export function findAmountHeaders(view: SheetView): { row: number; columns: AmountColumns }[] {
  const headers: { row: number; columns: AmountColumns }[] = [];
  for (let row = view.top; row <= view.bottom; row++) {
    if (view.hasNumber(row)) continue;
    const columns: AmountColumns = {};
    for (let c = view.left; c <= view.right; c++) {
      const t = view.mergedText(row, c);
      const role = t && t.length <= 20 ? amountTermOf(t) : null;
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
  stopRows: RowSet,
): AmountTable | null {
  const cols = labelColumnsAsNames(view, header.row, header.columns);
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
      reason: field(row, 'reason'),
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
  // One unlabelled row of figures under a budget header is the table's total (重庆: 执行率 76%,
  // 权重 10, 得分 7.6 with no label and no amounts).
  const rows = groups.flat();
  if (!total && rows.length === 1 && (rows[0]!.cap || rows[0]!.score)) {
    total = rows[0]!;
    groups.length = 0;
  }
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
    capInLabel: cols.cap === undefined ? capInLabel(view, header.row) : null,
    rateScale:
      cols.rate === undefined
        ? 'fraction'
        : rateScale(view, { first: header.row, last: header.row }, cols.rate, [
            ...(total ? [total.row] : []),
            ...groups.flat().map((r) => r.row),
          ]),
    groups: groups.filter((g) => g.length > 0),
    title,
  };
}

/** The amount roles a labelled budget states, each figure beside its label. */
const FIGURE_ROLES = ['initial', 'adjusted', 'budget', 'executed', 'rate'] as const;
type FigureRole = (typeof FIGURE_ROLES)[number];
type LabelledFigures = Partial<Record<FigureRole, FieldRef>>;
const isFigureRole = (role: AmountRole): role is FigureRole =>
  (FIGURE_ROLES as readonly AmountRole[]).includes(role);

/**
 * A budget stated as labels and figures rather than columns (四川's 区域绩效目标自评表:
 * "转移支付预算数(A) | 5.8万 | 预算执行率(B/A) | 100%" over "转移支付执行数(B) | 5.8万"; "预算数: |
 * 2.38 | 执行数: | 2.38"): a table of one total row, its budget and 执行数 in one row or two
 * rows running, so that its rate is checked like a column table's.
 */
export function findLabelledBudgets(view: SheetView, claimed: RowSet): AmountTable[] {
  const tables: AmountTable[] = [];
  for (let row = view.top; row <= view.bottom; row++) {
    if (claimed.has(row) || !view.hasNumber(row)) continue;
    const here = labelledFigures(view, row);
    if (!here.initial && !here.adjusted && !here.budget) continue;
    const next =
      row + 1 <= view.bottom && !claimed.has(row + 1) ? labelledFigures(view, row + 1) : {};
    const figures: LabelledFigures = { ...next, ...here };
    if (!figures.executed) continue;
    const bottom = here.executed ? row : row + 1;
    const rate = figures.rate;
    const label = view.firstText(row);
    tables.push({
      headerRow: row,
      range: {
        top: row,
        left: view.left,
        bottom,
        right: Math.max(...Object.values(figures).map((f) => f.col)),
      },
      total: {
        row,
        label: view.field(row, label?.col ?? view.left),
        initial: figures.initial ?? null,
        adjusted: figures.adjusted ?? null,
        budget: figures.budget ?? null,
        executed: figures.executed,
        rate: rate ?? null,
        cap: null,
        score: null,
        reason: null,
      },
      capInLabel: null,
      // The rate's label is its header, its one figure the column's figures.
      rateScale: rate
        ? rateScale(view, { first: rate.row, last: rate.row }, rate.col, [rate.row], rate.col - 1)
        : 'fraction',
      groups: [],
      title: label?.text ?? '',
    });
    row = bottom;
  }
  return tables;
}

/** The amount labels of a row with the figure right beside each ("预算数: | 2.38"). */
function labelledFigures(view: SheetView, row: number): LabelledFigures {
  const found: LabelledFigures = {};
  for (let c = view.left; c < view.right; c++) {
    if (view.isCovered(row, c)) continue;
    const t = view.text(row, c);
    const role = t && t.length <= 20 ? amountTermOf(t) : null;
    if (!role || !isFigureRole(role)) continue;
    const value = (view.spanAt(row, c)?.right ?? c) + 1;
    if (value > view.right || !view.isNumber(row, value)) continue;
    found[role] ??= view.field(row, value);
  }
  return found;
}

/** "得分（20分*执行率）", "预算执行情况(万元)(20分)": a cap stated in a header label. */
const CAP_IN_LABEL = /\((\d+(?:\.\d+)?)分/;
const EXECUTION_WORDS = /(执行|得分|分值|权重)/;

function capInLabel(view: SheetView, headerRow: number): StatedNumber | null {
  for (let c = view.left; c <= view.right; c++) {
    if (view.isCovered(headerRow, c)) continue;
    const text = view.text(headerRow, c);
    const match = EXECUTION_WORDS.test(text) ? CAP_IN_LABEL.exec(text) : null;
    if (match) return { value: Number(match[1]), field: view.field(headerRow, c) };
  }
  return null;
}

/**
 * A column headed like an amount whose cells below are labels is the row-name column
 * (Sichuan's "年度预算数(万元) | 年初预算 | 调整后预算数 …", where the first heads the names).
 */
function labelColumnsAsNames(
  view: SheetView,
  headerRow: number,
  cols: AmountColumns,
): AmountColumns {
  const rows = Array.from({ length: 6 }, (_, i) => headerRow + 1 + i).filter(
    (r) => r <= view.bottom,
  );
  const result: AmountColumns = { ...cols };
  for (const role of ['budget', 'initial', 'adjusted'] as const) {
    const c = cols[role];
    if (c === undefined || result.name !== undefined) continue;
    const numbers = rows.some((r) => view.isNumber(r, c));
    const labels = rows.some((r) => view.text(r, c) !== '' && !view.isNumber(r, c));
    if (numbers || !labels) continue;
    delete result[role];
    result.name = c;
  }
  return result;
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
