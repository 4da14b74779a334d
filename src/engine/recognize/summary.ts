/**
 * The sheet's stated total and grade, wherever they stand: "自评得分 | 99.5" in a header
 * block, "绩效自评综合得分 | 92" in a form, "评价等级 | ☑优 …☐良 …" as tick boxes.
 */
import type { LabelledValue, StatedName } from '../model.js';
import { memoize } from '../text/memo.js';
import { normalizeText } from '../text/normalize.js';
import { readText } from '../values/reading.js';
import { withoutNote } from './labels.js';
import type { FieldRef, SheetView } from './sheetView.js';
import {
  BODY_ENDINGS,
  NAME_LABELS,
  SUMMARY_GRADE_LABELS,
  SUMMARY_TOTAL_LABELS,
} from './vocabulary.js';
import type { RowSet } from './rowSpans.js';

/** How far right of its label a value may stand (merged label cells leave gaps). */
const MAX_GAP = 4;

export interface Summary {
  readonly name: StatedName | null;
  readonly total: LabelledValue | null;
  readonly grade: LabelledValue | null;
}

/** What the recognised tables claim: summaries are looked for elsewhere. */
export interface Claimed {
  /** Rows of an indicator grid. */
  readonly rows: RowSet;
  /** Rows of a budget block, and its last column: cells right of it are free. */
  readonly besideBudgets: ReadonlyMap<number, number>;
  /** A grid's 合计 rows: claimed, but a grade label there counts. */
  readonly totalRows: ReadonlySet<number>;
}

/** The labelled name, total and grade among rows top..bottom, outside the tables. */
export function findSummary(
  view: SheetView,
  claimed: Claimed,
  top: number,
  bottom: number,
): Summary {
  let name: StatedName | null = null;
  let inline: StatedName | null = null;
  let inlineUnit: StatedName | null = null;
  let nameRank = NAME_LABELS.length;
  let total: LabelledValue | null = null;
  let grade: LabelledValue | null = null;
  for (let row = top; row <= bottom; row++) {
    const inTotal = claimed.totalRows.has(row);
    if (claimed.rows.has(row) && !inTotal) continue;
    const budgetRight = claimed.besideBudgets.get(row);
    for (let c = budgetRight === undefined ? view.left : budgetRight + 1; c <= view.right; c++) {
      const text = view.text(row, c);
      if (!text) continue;
      const kind = labelKind(text);
      // A 合计 row's own label is the grid's; only a grade label there is a summary.
      if (!kind || (inTotal && kind.kind !== 'grade')) continue;
      if (kind.kind === 'inline') {
        inline ??= inlineName(view, row, c, INLINE_NAME);
        inlineUnit ??= inlineName(view, row, c, INLINE_UNIT);
      } else if (kind.kind === 'stated') {
        total ??= statedInline(view, row, c, text, INLINE_TOTAL);
        grade ??= statedInline(view, row, c, text, INLINE_GRADE);
      } else if (kind.kind === 'name' && kind.rank < nameRank) {
        const value = valueRightOf(view, row, c, (r, col) => view.reading(r, col).kind === 'text');
        const stated = value === null ? '' : String(view.cell(row, value).value ?? '').trim();
        if (value !== null && stated) {
          name = { text: stated, field: view.field(row, value) };
          nameRank = kind.rank;
        }
      } else if (kind.kind === 'total' && !total) {
        const value = valueRightOf(view, row, c, (r, col) => view.reading(r, col).kind !== 'text');
        const below =
          value === null || view.reading(row, value).kind === 'empty'
            ? numberBelow(view, row, c)
            : null;
        if (below !== null) total = beside(view, row, c, view.field(below, c));
        else if (value !== null) total = beside(view, row, c, view.field(row, value));
      } else if (kind.kind === 'grade' && !grade) {
        const value = valueRightOf(view, row, c, () => true);
        if (value !== null) grade = beside(view, row, c, view.field(row, value));
      }
    }
  }
  return { name: name ?? inline ?? inlineUnit, total, grade };
}

type LabelKind =
  | { readonly kind: 'name'; readonly rank: number }
  // A label beside its value; a name stated inline; a total or grade stated inline.
  | { readonly kind: 'total' | 'grade' | 'inline' | 'stated' };

/** Labels are short; a longer text can only name the project inline ("评价项目:…"). */
const MAX_LABEL = 16;

/** What a cell's text labels, classified once per distinct text (labels repeat down sheets). */
const labelKind = memoize(classify);

function classify(text: string): LabelKind | null {
  if (INLINE_TOTAL.test(text) || INLINE_GRADE.test(text)) return { kind: 'stated' };
  if (text.length > MAX_LABEL) return isInline(text) ? { kind: 'inline' } : null;
  const label = withoutNote(text);
  // Every name label ends in 名称, 部门 or 单位: test the patterns only on those.
  const rank = /(名称|部门|单位)$/.test(label)
    ? NAME_LABELS.findIndex((pattern) => pattern.test(label))
    : -1;
  if (rank >= 0) return { kind: 'name', rank };
  if (SUMMARY_TOTAL_LABELS.includes(label)) return { kind: 'total' };
  if (SUMMARY_GRADE_LABELS.includes(label)) return { kind: 'grade' };
  return isInline(text) ? { kind: 'inline' } : null;
}

/** The label at (row, col) with its value in another cell. */
function beside(view: SheetView, row: number, col: number, value: FieldRef): LabelledValue {
  return labelledValue(view.field(row, col), value);
}

/** A label and the cell holding its value ("自评得分 | 98", a 合计 row's label and its grade). */
export function labelledValue(label: FieldRef, value: FieldRef): LabelledValue {
  const text = label.cell.value;
  return {
    label,
    value,
    labelText: withoutNote(normalizeText(typeof text === 'string' ? text : '')),
    stated: value.reading,
    inline: false,
  };
}

const byLength = (labels: readonly string[]) => [...labels].sort((a, b) => b.length - a.length);

/**
 * "自评得分：96分", "项目总得分99分", "自评等级：优" inside one cell (a title line, a sentence):
 * the label, then the figure or the grade word right after it (normalised text). Not a band
 * of a note ("综合得分90分以上为优", "等级:优(≥90)、良…").
 */
const INLINE_TOTAL = new RegExp(
  `(${byLength(SUMMARY_TOTAL_LABELS).join('|')}):?(\\d+(?:\\.\\d+)?分?)(?![\\d.%分以及至为~-])`,
);
const INLINE_GRADE = new RegExp(
  `(${byLength(SUMMARY_GRADE_LABELS).join('|')}):?(优秀|良好|合格|不合格|优|良|中|差)(?![、,(≥\\d])`,
);

function statedInline(
  view: SheetView,
  row: number,
  col: number,
  text: string,
  pattern: RegExp,
): LabelledValue | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const field = view.field(row, col);
  return {
    label: field,
    value: field,
    labelText: match[1]!,
    stated: readText(match[2]!),
    inline: true,
  };
}

/** A number right under a label ("自评得分" over "100"), when the value stands below it. */
function numberBelow(view: SheetView, row: number, col: number): number | null {
  const below = (view.spanAt(row, col)?.bottom ?? row) + 1;
  return below <= view.bottom && view.isNumber(below, col) ? below : null;
}

/** "评价单位:八塘街道 评价项目:2018年耕地地力保护补贴 评价人员:": a name stated inline. */
const INLINE_NAME = /(?:项目名称|评价项目|专项名称)\s*[:：]\s*(\S+)/;

/**
 * "单位:徐闻县住房和城乡建设局" alone in its cell: the unit evaluated, named inline, when no
 * project is named. A body's name ends as one does; "单位:万元" states a unit of measure.
 */
const INLINE_UNIT = new RegExp(
  `^(?:单位|部门|单位名称|部门名称)\\s*[:：]\\s*(\\S+?(?:${BODY_ENDINGS}|处|室|公司))$`,
);

/** Normalised text (half-width colon): whether it names the project or the unit inline. */
function isInline(text: string): boolean {
  return text.includes(':') && (INLINE_NAME.test(text) || INLINE_UNIT.test(text));
}

function inlineName(view: SheetView, row: number, col: number, pattern: RegExp): StatedName | null {
  const raw = view.cell(row, col).value;
  const match = typeof raw === 'string' ? pattern.exec(raw.trim()) : null;
  return match ? { text: match[1]!, field: view.field(row, col) } : null;
}

/**
 * Whether a row starts another 自评表: its title ("…绩效自评表") or its 项目名称 / 部门名称.
 * Stacked tables are told apart by these rows.
 */
export function opensEvaluation(
  view: SheetView,
  row: number,
  first = view.firstText(row),
): boolean {
  if (!first) return false;
  const text = first.text;
  // Name labels end in 名称, 部门 or 单位 (maybe with a colon), titles name a 表 or 报告: most
  // rows (every leaf of a 100,000-row grid) are passed on a character or two.
  const last =
    text.charAt(text.length - 1) === ':'
      ? text.charAt(text.length - 2)
      : text.charAt(text.length - 1);
  if ((last === '称' || last === '门' || last === '位') && labelKind(text)?.kind === 'name')
    return true;
  // A title stands alone in its row.
  return TITLE.test(text) && view.distinctTexts(row).length === 1;
}

const TITLE = /(自评表|评价表|评分表|自评报告)/;

function valueRightOf(
  view: SheetView,
  row: number,
  col: number,
  accepts: (row: number, col: number) => boolean,
): number | null {
  const span = view.spanAt(row, col);
  const from = (span?.right ?? col) + 1;
  for (let c = from; c <= Math.min(view.right, from + MAX_GAP); c++) {
    if (view.isCovered(row, c)) continue;
    if (view.reading(row, c).kind === 'empty') continue;
    return accepts(row, c) ? c : null;
  }
  // An empty value cell right beside the label is still the place the value belongs.
  return from <= view.right && !view.isCovered(row, from) ? from : null;
}
