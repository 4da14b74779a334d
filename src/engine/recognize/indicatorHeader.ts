/**
 * Finds the header of an indicator grid (一级/二级/三级指标, 分值, 得分 …) anywhere on the
 * sheet and resolves which column holds what. Multi-row headers are read column by column,
 * top to bottom: "一级指标" over "名称 | 分值" gives level1 and level1Cap.
 */
import type { ColumnRole } from '../report.js';
import { memoize } from '../text/memo.js';
import type { SheetView } from './sheetView.js';
import {
  INDICATOR_TERMS,
  matchTerm,
  REVIEWER_GROUP,
  type IndicatorHeaderRole,
} from './vocabulary.js';

export interface HeaderBand {
  readonly first: number;
  readonly last: number;
  readonly columns: Readonly<Partial<Record<ColumnRole, number>>>;
}

/** Header labels are short; a long text that happens to contain "得分" is prose. */
const MAX_LABEL_LENGTH = 20;
/** Deeper bands are titles or prose stacked above the real header. */
const MAX_HEADER_ROWS = 4;

const LEVELS = ['level1', 'level2', 'level3'] as const;
type Level = (typeof LEVELS)[number];
/** Roles that take a column only when no column has the role itself (备注 → reason, 指标说明 → standard). */
type Fallback = 'remark' | 'explanation';

export function isHeaderCandidate(view: SheetView, row: number): boolean {
  if (!view.hasNumber(row)) {
    const texts = view.distinctTexts(row);
    return texts.length >= 2 && texts.some((t) => roleOf(t) !== null);
  }
  // A header with one stray figure beside it (a section's points, "… | 实际完成指标值 | 50");
  // a row with several figures is data.
  let figures = 0;
  for (let c = view.left; c <= view.right && figures < 2; c++) if (view.isNumber(row, c)) figures++;
  if (figures > 1) return false;
  const columns = view.distinctTexts(row).filter((t) => {
    const role = roleOf(t);
    return role !== null && role !== 'ignored' && role !== 'level';
  });
  return columns.length >= 3;
}

/** Every indicator header band on the sheet, top to bottom. */
export function findIndicatorHeaders(view: SheetView): HeaderBand[] {
  const bands: HeaderBand[] = [];
  let row = view.top;
  while (row <= view.bottom) {
    if (!isHeaderCandidate(view, row)) {
      row++;
      continue;
    }
    let last = row;
    while (last + 1 <= view.bottom && isHeaderCandidate(view, last + 1)) last++;
    const first = Math.max(row, last - MAX_HEADER_ROWS + 1);
    const columns = resolveColumns(view, first, last);
    if (isIndicatorHeader(columns)) bands.push({ first, last, columns });
    row = last + 1;
  }
  return bands;
}

/** The band a user named (MappingOverride.headerRow), read the same way. */
export function headerAt(view: SheetView, row: number): HeaderBand {
  let first = row;
  while (
    first - 1 >= view.top &&
    row - first + 1 < MAX_HEADER_ROWS &&
    isHeaderCandidate(view, first - 1)
  )
    first--;
  return { first, last: row, columns: resolveColumns(view, first, row) };
}

/**
 * Levels with 分值 or 得分; or, in tables published without points (target and actual only,
 * many 转移支付 forms), levels with both 指标值 and 实际完成值.
 */
function isIndicatorHeader(columns: Partial<Record<ColumnRole, number>>): boolean {
  const hasLevel = LEVELS.some((l) => columns[l] !== undefined);
  const scored = columns.cap !== undefined || columns.score !== undefined;
  return hasLevel && (scored || (columns.target !== undefined && columns.actual !== undefined));
}

/** Two bands describe the same table when they map the same roles to the same columns. */
export function sameColumns(a: HeaderBand, b: HeaderBand): boolean {
  const keys = new Set([...Object.keys(a.columns), ...Object.keys(b.columns)]) as Set<ColumnRole>;
  for (const k of keys) if (a.columns[k] !== b.columns[k]) return false;
  return true;
}

/** Header labels repeat down a sheet and across sheets: each distinct one is matched once. */
const termOf = memoize((label: string) => matchTerm(label, INDICATOR_TERMS));

function roleOf(label: string): IndicatorHeaderRole | null {
  return label.length <= MAX_LABEL_LENGTH ? termOf(label) : null;
}

function resolveColumns(
  view: SheetView,
  first: number,
  last: number,
): Partial<Record<ColumnRole, number>> {
  const perColumn: (ColumnRole | Fallback | null)[] = [];
  for (let c = view.left; c <= view.right; c++) {
    const labels: string[] = [];
    for (let r = first; r <= last; r++) {
      // A title merged down the side of the body ("年度绩效目标(80分)", "绩效指标") heads rows,
      // not a column.
      if ((view.mergeAt(r, c)?.bottom ?? r) > last) continue;
      const t = view.mergedText(r, c);
      if (t && labels[labels.length - 1] !== t) labels.push(t);
    }
    perColumn.push(resolveColumn(labels));
  }
  assignLevelCaps(perColumn);
  const columns: Partial<Record<ColumnRole, number>> = {};
  perColumn.forEach((role, i) => {
    const col = view.left + i;
    if (!role || role === 'remark' || role === 'explanation') return;
    const taken = columns[role];
    // Two columns headed alike ("项目权重 | … | 分值"): the figures are in the one with numbers.
    if (taken === undefined || figuresBelow(view, last, col) > figuresBelow(view, last, taken))
      columns[role] = col;
  });
  headerlessScore(view, first, last, columns);
  const remark = perColumn.indexOf('remark');
  if (columns.reason === undefined && remark >= 0) columns.reason = view.left + remark;
  const explanation = perColumn.indexOf('explanation');
  if (columns.standard === undefined && explanation >= 0)
    columns.standard = view.left + explanation;
  return columns;
}

/** Numbers in the first rows under a header, in one column. */
function figuresBelow(view: SheetView, headerLast: number, col: number): number {
  let n = 0;
  for (let r = headerLast + 1; r <= Math.min(view.bottom, headerLast + 10); r++)
    if (view.isNumber(r, col)) n++;
  return n;
}

/**
 * A short scoring sheet ("目标名称 | 评分标准 | 分值 | ⟨blank⟩"): a column right of 分值 with
 * no header of its own is where the scores go.
 */
function headerlessScore(
  view: SheetView,
  first: number,
  last: number,
  columns: Partial<Record<ColumnRole, number>>,
): void {
  if (columns.cap === undefined || columns.score !== undefined) return;
  const next = columns.cap + 1;
  if (next > view.right || Object.values(columns).includes(next)) return;
  for (let r = first; r <= last; r++) if (view.mergedText(r, next) !== '') return;
  columns.score = next;
}

/** One column's labels, top to bottom, to its role. */
function resolveColumn(labels: readonly string[]): ColumnRole | Fallback | null {
  const roles = labels.map(roleOf);
  if (roles.includes('score') && labels.some((l) => REVIEWER_GROUP.test(l))) return 'reviewer';
  const level = [...roles].reverse().find((r): r is Level => LEVELS.includes(r as Level));
  const last = [...roles].reverse().find((r) => r !== null) ?? null;
  if (level && last === 'cap')
    return level === 'level1' ? 'level1Cap' : level === 'level2' ? 'level2Cap' : 'cap';
  if (level && (last === 'level' || last === level)) return level;
  if (last === null || last === 'level' || last === 'ignored') return null;
  return last;
}

/**
 * "一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值" (seed 004): a 分值 right after a level
 * column is that level's cap, unless that level is the deepest, whose cap is the leaf cap.
 */
function assignLevelCaps(perColumn: (ColumnRole | Fallback | null)[]): void {
  const deepest = [...LEVELS].reverse().find((l) => perColumn.includes(l));
  const caps = perColumn.filter((r) => r === 'cap').length;
  if (caps < 2) return;
  for (let i = 1; i < perColumn.length; i++) {
    const left = perColumn[i - 1];
    if (perColumn[i] !== 'cap' || left === deepest) continue;
    if (left === 'level1') perColumn[i] = 'level1Cap';
    else if (left === 'level2') perColumn[i] = 'level2Cap';
  }
}
