/**
 * Form-style tables (seed 001) state totals in header structure: "支出合计 | 其中：" with
 * the parts under the 其中 span, maybe nested ("基本支出 | 其中：人员支出 | 公用支出"), or a
 * bare "合计" column beside its parts. Each becomes a ColumnSum checked row by row.
 */
import type { ColumnSum } from '../model.js';
import { isHeaderCandidate } from './indicatorHeader.js';
import type { SheetView } from './sheetView.js';
import { OF_WHICH } from './vocabulary.js';

const BARE_TOTAL = /^(合计|总计)(\(.*\))?$/;
const RATE_LABEL = /(率|系数)/;

export function findColumnSums(view: SheetView): ColumnSum[] {
  const sums: ColumnSum[] = [];
  for (let row = view.top; row <= view.bottom; row++) {
    if (view.hasNumber(row)) continue;
    for (let c = view.left; c <= view.right; c++) {
      if (view.isCovered(row, c)) continue;
      const t = view.text(row, c);
      const sum = t.startsWith(OF_WHICH)
        ? ofWhichSum(view, row, c, t)
        : BARE_TOTAL.test(t)
          ? bareTotalSum(view, row, c)
          : null;
      if (sum) sums.push(sum);
    }
  }
  return sums;
}

function ofWhichSum(view: SheetView, row: number, col: number, text: string): ColumnSum | null {
  const rest = text.slice(OF_WHICH.length).replace(/^[:：]/, '');
  const totalCol = labelledColumnLeftOf(view, row, col);
  if (totalCol === null) return null;
  let partCols: number[];
  let partLabels: string[];
  if (rest) {
    // "其中：财政资金" names its one part in the same cell.
    partCols = [col];
    partLabels = [rest];
  } else {
    const span = view.spanAt(row, col) ?? { left: col, right: col, top: row, bottom: row };
    partCols = [];
    partLabels = [];
    for (let c = span.left; c <= span.right; c++) {
      if (view.isCovered(row + 1, c)) continue;
      const label = view.text(row + 1, c);
      if (label && !label.startsWith(OF_WHICH)) {
        partCols.push(c);
        partLabels.push(label);
      }
    }
  }
  if (partCols.length === 0) return null;
  return {
    headerRow: row,
    totalCol,
    totalLabel: view.mergedText(row, totalCol),
    partCols,
    partLabels,
    subset: partCols.length === 1,
    // Part labels on the row below take it; a part named in the header ("其中：财政资金") does not.
    dataRows: dataRows(view, rest ? row : row + 1, [totalCol, ...partCols]),
  };
}

function bareTotalSum(view: SheetView, row: number, col: number): ColumnSum | null {
  const rows = dataRows(view, row, [col]).filter((r) => !isRateRow(view, r, col));
  // Its parts stand next to it, usually before it ("中央 | 省、地 | 本级 | 其他 | 合计"); the
  // columns beyond them (执行数, 执行率) are other figures of the same rows.
  const side = (step: 1 | -1) => {
    const cols: number[] = [];
    for (let c = col + step; c >= view.left && c <= view.right; c += step) {
      if (view.isCovered(row, c)) continue;
      const label = view.text(row, c);
      if (!label || BARE_TOTAL.test(label) || RATE_LABEL.test(label)) break;
      // A column of texts below its header is the rows' labels, not a part.
      if (rows.some((r) => view.reading(r, c).kind === 'text')) break;
      cols.push(c);
    }
    return step === 1 ? cols : cols.reverse();
  };
  const hasFigures = (cols: readonly number[]) =>
    cols.some((c) => rows.some((r) => view.reading(r, c).kind === 'number'));
  const left = side(-1);
  const right = side(1).filter((c) => rows.some((r) => view.reading(r, c).kind === 'number'));
  const partCols = left.length >= 2 && hasFigures(left) ? left : right;
  const partLabels = partCols.map((c) => view.text(row, c));
  if (partCols.length < 2 || rows.length === 0) return null;
  return {
    headerRow: row,
    totalCol: col,
    totalLabel: view.text(row, col),
    partCols,
    partLabels,
    subset: false,
    // Lines with parts but a blank 合计 are lines too: the blank is what is wrong with them.
    dataRows: dataRows(view, row, [col, ...partCols]).filter((r) => !isRateRow(view, r, col)),
  };
}

function isRateRow(view: SheetView, row: number, totalCol: number): boolean {
  const label = view.firstText(row);
  const total = view.reading(row, totalCol);
  return (
    (label !== null && RATE_LABEL.test(label.text)) || (total.kind === 'number' && total.percent)
  );
}

/** The nearest labelled header cell left of `col` (a merged label counts at its master). */
function labelledColumnLeftOf(view: SheetView, row: number, col: number): number | null {
  for (let c = col - 1; c >= view.left; c--) {
    const t = view.mergedText(row, c);
    if (!t) continue;
    if (t.startsWith(OF_WHICH)) return null;
    return c;
  }
  return null;
}

/** Rows under a header that carry figures in the given columns, until a blank row or the next header. */
function dataRows(view: SheetView, after: number, cols: readonly number[]): number[] {
  const rows: number[] = [];
  let started = false;
  for (let row = after + 1; row <= view.bottom; row++) {
    const hasFigure = cols.some((c) => view.reading(row, c).kind === 'number');
    if (hasFigure) {
      started = true;
      rows.push(row);
      continue;
    }
    const blank = view.firstText(row) === null && !view.hasNumber(row);
    if (started && (blank || isHeaderCandidate(view, row))) break;
    if (!started && view.hasNumber(row)) break; // figures, but not in these columns: another table
    if (rows.length === 0 && row - after > 3) break;
  }
  return rows;
}
