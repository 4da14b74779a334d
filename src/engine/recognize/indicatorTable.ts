/**
 * Reads the body of an indicator grid into leaves, level blocks and total rows. Level
 * cells merged vertically, or flattened to blanks by an export, inherit from the row above;
 * a header repeated at a page break continues the same table.
 */
import type { ColumnMapping, ColumnRole, MappingOverride } from '../report.js';
import type { Indicator, IndicatorTable, LevelBlock, StatedNumber, TotalRow } from '../model.js';
import { findIndicatorHeaders, headerAt, sameColumns, type HeaderBand } from './indicatorHeader.js';
import { rateScale } from './rateScale.js';
import type { FieldRef, SheetView } from './sheetView.js';
import { capInLabel, gradeOf, withoutNote } from './labels.js';
import { opensEvaluation } from './summary.js';
import {
  SUBTOTAL_LABEL,
  SUMMARY_GRADE_LABELS,
  TOTAL_LABEL,
  WHOLE_TABLE_MARKS,
} from './vocabulary.js';
import type { RowSet } from './rowSpans.js';

const NAME_ROLES = ['level1', 'level2', 'level3'] as const;
/** A grid row that is the execution score: 预算执行率, 项目预算执行率, 资金执行率. */
const EXECUTION_ROW = /^(项目|部门)?(预算|资金|预算资金)执行率$/;

/**
 * @param stopRows rows where another kind of table starts (budget, 其中 headers): a grid
 *   never reads past them.
 */
export function readIndicatorTables(
  view: SheetView,
  stopRows: RowSet,
  override: MappingOverride | undefined,
): IndicatorTable[] {
  const bands = headerBands(view, override);
  const tables: IndicatorTable[] = [];
  let i = 0;
  while (i < bands.length) {
    const band = bands[i]!;
    // Bands with the same columns that follow are the header repeated at page breaks, unless
    // another 自评表 opens between them (a project stacked under another with the same form).
    let j = i + 1;
    while (
      j < bands.length &&
      sameColumns(band, bands[j]!) &&
      !opensBetween(view, bands[j - 1]!.last, bands[j]!.first, stopRows)
    )
      j++;
    const end = j < bands.length ? bands[j]!.first - 1 : (override?.range?.bottom ?? view.bottom);
    const repeats = new Set<number>();
    for (let k = i + 1; k < j; k++)
      for (let r = bands[k]!.first; r <= bands[k]!.last; r++) repeats.add(r);
    const table = readBody(view, band, end, repeats, stopRows);
    if (table.indicators.length > 0) tables.push(table);
    i = j;
  }
  return tables;
}

/**
 * Grids that make up one 自评表 (a rubric part over an indicator part, each with its own
 * header) joined into one table: leaves renumbered in order, blocks and totals kept.
 */
export function joinTables(tables: readonly IndicatorTable[]): IndicatorTable {
  if (tables.length === 1) return tables[0]!;
  const moved = new Map<Indicator, Indicator>();
  const indicators: Indicator[] = [];
  for (const t of tables) {
    for (const ind of t.indicators) {
      const next = (ind as LeafRow).withIndex(indicators.length);
      moved.set(ind, next);
      indicators.push(next);
    }
  }
  const map = (ind: Indicator | null) => (ind ? (moved.get(ind) ?? ind) : null);
  const first = tables[0]!;
  return {
    mapping: {
      ...first.mapping,
      range: {
        top: Math.min(...tables.map((t) => t.mapping.range.top)),
        left: Math.min(...tables.map((t) => t.mapping.range.left)),
        bottom: Math.max(...tables.map((t) => t.mapping.range.bottom)),
        right: Math.max(...tables.map((t) => t.mapping.range.right)),
      },
    },
    indicators,
    execution: map(tables.find((t) => t.execution)?.execution ?? null),
    scoreRateScale: first.scoreRateScale,
    unlabeledFigures: tables.find((t) => t.unlabeledFigures !== null)?.unlabeledFigures ?? null,
    blocks: tables.flatMap((t) =>
      t.blocks.map((b) => ({
        ...b,
        indicators: b.indicators.map((i) => map(i)!),
        execution: map(b.execution),
      })),
    ),
    totals: tables.flatMap((t) =>
      t.totals.map((r) => ({ ...r, covers: r.covers.map((i) => map(i)!) })),
    ),
  };
}

function opensBetween(view: SheetView, after: number, before: number, stopRows: RowSet): boolean {
  for (let r = after + 1; r < before; r++)
    if (stopRows.has(r) || opensEvaluation(view, r)) return true;
  return false;
}

function headerBands(view: SheetView, override: MappingOverride | undefined): HeaderBand[] {
  const found =
    override?.headerRow !== undefined
      ? [headerAt(view, override.headerRow)]
      : findIndicatorHeaders(view);
  const corrections = override?.columns;
  if (!corrections) return found;
  return found.map((band) => {
    const columns: Partial<Record<ColumnRole, number>> = { ...band.columns };
    for (const [role, col] of Object.entries(corrections) as [ColumnRole, number | null][]) {
      if (col === null) delete columns[role];
      else columns[role] = col;
    }
    return { ...band, columns };
  });
}

interface Cursor {
  level1: string;
  level2: string;
  block1: MutableBlock | null;
  block2: MutableBlock | null;
}

interface MutableBlock {
  level: 0 | 1 | 2;
  label: string;
  labelCell: FieldRef;
  statedCap: StatedNumber | null;
  indicators: Indicator[];
  execution: Indicator | null;
  rows?: { top: number; bottom: number };
}

function readBody(
  view: SheetView,
  band: HeaderBand,
  end: number,
  repeats: RowSet,
  stopRows: RowSet,
): IndicatorTable {
  const cols = band.columns;
  const at = (row: number, role: ColumnRole): FieldRef | null => {
    const col = cols[role];
    return col === undefined ? null : view.field(row, col);
  };
  const nameText = (row: number, role: (typeof NAME_ROLES)[number]): string => {
    const col = cols[role];
    return col === undefined ? '' : view.text(row, col);
  };
  const deepest = [...NAME_ROLES].reverse().find((r) => cols[r] !== undefined)!;
  const nameCols = NAME_ROLES.flatMap((r) => (cols[r] === undefined ? [] : [cols[r]]));
  const leftmost = Math.min(...Object.values(cols));
  const rightmost = Math.max(...Object.values(cols));

  const indicators: Indicator[] = [];
  const blocks: MutableBlock[] = [];
  const totals: TotalRow[] = [];
  let execution: Indicator | null = null;
  const cursor: Cursor = { level1: '', level2: '', block1: null, block2: null };
  let sinceTotal = 0;
  let sinceSubtotal = 0;
  let lastRow = band.last;

  for (let row = band.last + 1; row <= end; row++) {
    if (repeats.has(row)) continue;
    if (stopRows.has(row)) break;
    const first = view.firstText(row);
    if (first && NOTES.test(first.text)) break;
    // The next project's 项目名称 or title: this grid has ended.
    if (indicators.length > 0 && opensEvaluation(view, row, first)) break;
    const label =
      first && first.col >= leftmost && first.col <= rightmost
        ? first
        : view.firstText(row, leftmost, rightmost);
    // A total row's label may stand left of the grid, merged across its side title ("总分").
    const totalLabel = first && first.col < leftmost && totalKindOf(first.text) ? first : label;
    if (!totalLabel && !view.hasNumber(row, leftmost, rightmost)) continue; // blank row
    // Names are never figures: a number in a name column is another table.
    if (anyNumber(view, row, nameCols)) break;

    const totalKind =
      (totalLabel && totalKindOf(totalLabel.text)) ||
      (isTotalByFigures(view, row, cols, nameCols, indicators, sinceTotal, totalLabel)
        ? 'total'
        : null);
    if (totalKind) {
      const covers = indicators.slice(totalKind === 'total' ? sinceTotal : sinceSubtotal);
      totals.push({
        row,
        kind: totalKind,
        label: view.field(row, totalLabel?.col ?? leftmost),
        cap: firstNumeric([at(row, 'cap'), at(row, 'level2Cap'), at(row, 'level1Cap')]),
        score: at(row, 'score'),
        scoreRate: at(row, 'scoreRate'),
        grade: gradeIn(view, row, totalLabel?.col ?? leftmost),
        covers,
      });
      sinceSubtotal = indicators.length;
      if (totalKind === 'total') sinceTotal = indicators.length;
      lastRow = row;
      continue;
    }
    if (label && isGradeLabel(label.text)) continue;
    if (!view.hasNumber(row) && view.distinctTexts(row).length <= 1) continue; // a title inside the table

    updateLevels(view, row, cols, cursor, blocks);
    const name = nameText(row, deepest);
    // Without points (target and actual only), a named row with a target or actual is a leaf.
    const scored = cols.cap !== undefined || cols.score !== undefined;
    const isLeaf =
      !name.startsWith('其中') &&
      (scored
        ? filled(view, row, cols.cap) || filled(view, row, cols.score)
        : name !== '' && (filled(view, row, cols.target) || filled(view, row, cols.actual)));
    lastRow = row;
    if (!isLeaf) continue;
    const indicator = new LeafRow(
      view,
      cols,
      indicators.length,
      row,
      deepest === 'level1' ? '' : cursor.level1,
      deepest === 'level2' ? '' : cursor.level2,
      deepest === 'level1' ? cursor.level1 : deepest === 'level2' ? cursor.level2 : name,
    );
    if (!execution && name.includes('执行率') && EXECUTION_ROW.test(withoutNote(name))) {
      execution = indicator;
      if (cursor.block1) cursor.block1.execution = indicator;
      if (cursor.block2) cursor.block2.execution = indicator;
    }
    indicators.push(indicator);
    if (deepest !== 'level1') cursor.block1?.indicators.push(indicator);
    if (deepest === 'level3') cursor.block2?.indicators.push(indicator);
  }

  blocks.push(
    ...sideBlocks(view, leftmost, indicators),
    ...goalAbove(view, band, indicators, lastRow),
  );
  const mapping: ColumnMapping = {
    headerRows: { first: band.first, last: band.last },
    range: { top: band.first, left: leftmost, bottom: lastRow, right: rightmost },
    columns: cols,
  };
  const rateRows = [...indicators.map((i) => i.row), ...totals.map((t) => t.row)];
  const unlabeledFigures =
    cols.cap === undefined && cols.score === undefined
      ? figureColumn(view, cols, indicators)
      : null;
  return {
    mapping,
    indicators,
    execution,
    scoreRateScale:
      cols.scoreRate === undefined
        ? 'fraction'
        : rateScale(view, mapping.headerRows, cols.scoreRate, rateRows),
    unlabeledFigures,
    blocks: blocks as LevelBlock[],
    totals,
  };
}

/** A column outside the mapping with a number on at least half the leaf rows. */
function figureColumn(
  view: SheetView,
  cols: Partial<Record<ColumnRole, number>>,
  indicators: readonly Indicator[],
): number | null {
  const mapped = new Set(Object.values(cols));
  for (let c = view.left; c <= view.right; c++) {
    if (mapped.has(c)) continue;
    let figures = 0;
    for (const ind of indicators) if (view.isNumber(ind.row, c)) figures++;
    if (indicators.length > 0 && figures * 2 >= indicators.length) return c;
  }
  return null;
}

/**
 * A leaf whose other cells are read when a rule asks. Nothing is cached: a field is a
 * position, cheap to make again, while a million cached ones would outlive the young
 * generation and cost the garbage collector more than the rules cost.
 */
class LeafRow implements Indicator {
  constructor(
    private readonly view: SheetView,
    private readonly cols: Partial<Record<ColumnRole, number>>,
    readonly index: number,
    readonly row: number,
    readonly level1: string,
    readonly level2: string,
    readonly name: string,
  ) {}

  /** The same row at another position (when tables are joined). */
  withIndex(index: number): LeafRow {
    return new LeafRow(this.view, this.cols, index, this.row, this.level1, this.level2, this.name);
  }

  get cap(): FieldRef | null {
    return this.at(this.cols.cap);
  }
  get score(): FieldRef | null {
    return this.at(this.cols.score);
  }
  get target(): FieldRef | null {
    return this.at(this.cols.target);
  }
  get direction(): FieldRef | null {
    return this.at(this.cols.direction);
  }
  get unit(): FieldRef | null {
    return this.at(this.cols.unit);
  }
  get actual(): FieldRef | null {
    return this.at(this.cols.actual);
  }
  get scoreRate(): FieldRef | null {
    return this.at(this.cols.scoreRate);
  }
  get reason(): FieldRef | null {
    return this.at(this.cols.reason);
  }
  /** A 评分标准 merged down over several rows is the standard of each of them. */
  get standard(): FieldRef | null {
    const col = this.cols.standard;
    if (col === undefined) return null;
    const merge = this.view.isCovered(this.row, col) ? this.view.mergeAt(this.row, col) : null;
    return merge ? this.view.field(merge.top, merge.left) : this.view.field(this.row, col);
  }
  get reviewer(): FieldRef | null {
    return this.at(this.cols.reviewer);
  }

  private at(col: number | undefined): FieldRef | null {
    return col === undefined ? null : this.view.field(this.row, col);
  }
}

/**
 * Titles merged down the side of the grid that state a cap ("项目绩效85分" beside the
 * indicator part of a form): blocks over the leaves they stand beside.
 */
function sideBlocks(
  view: SheetView,
  leftmost: number,
  indicators: readonly Indicator[],
): MutableBlock[] {
  const byMaster = new Map<string, MutableBlock>();
  for (const ind of indicators) {
    for (let c = view.left; c < leftmost; c++) {
      const span = view.mergeAt(ind.row, c);
      if (!span || span.bottom === span.top) continue;
      const label = view.text(span.top, span.left);
      const cap = capInLabel(label);
      if (cap === null) continue;
      const key = `${span.top},${span.left}`;
      let block = byMaster.get(key);
      if (!block) {
        const field = view.field(span.top, span.left);
        block = {
          level: 0,
          label,
          labelCell: field,
          statedCap: { value: cap, field },
          indicators: [],
          execution: null,
          rows: { top: span.top, bottom: span.bottom },
        };
        byMaster.set(key, block);
      }
      block.indicators.push(ind);
    }
  }
  return [...byMaster.values()];
}

/**
 * A goal row right above the header that states the grid's cap ("年度目标1:(80分) | 增强政府
 * 工作效率…" in 湖北's 20+80 form): a block over every leaf below it, as a side title is.
 */
function goalAbove(
  view: SheetView,
  band: HeaderBand,
  indicators: readonly Indicator[],
  bottom: number,
): MutableBlock[] {
  const row = band.first - 1;
  if (row < view.top || indicators.length === 0 || view.hasNumber(row)) return [];
  const first = view.firstText(row);
  if (!first?.text.includes('目标')) return [];
  const cap = capInLabel(first.text);
  if (cap === null) return [];
  const field = view.field(row, first.col);
  return [
    {
      level: 0,
      label: first.text,
      labelCell: field,
      statedCap: { value: cap, field },
      indicators: [...indicators],
      execution: null,
      rows: { top: band.first, bottom },
    },
  ];
}

/** Carries 一级/二级 labels down, opening a new block when a label changes. */
function updateLevels(
  view: SheetView,
  row: number,
  cols: Partial<Record<ColumnRole, number>>,
  cursor: Cursor,
  blocks: MutableBlock[],
): void {
  const hasLevel3 = cols.level3 !== undefined;
  const l1 = cols.level1 !== undefined ? view.text(row, cols.level1) : '';
  if (l1 && l1 !== cursor.level1) {
    cursor.level1 = l1;
    cursor.level2 = '';
    cursor.block2 = null;
    cursor.block1 =
      cols.level2 !== undefined || hasLevel3
        ? openBlock(view, row, 1, cols.level1!, cols.level1Cap, blocks)
        : null;
  } else if (l1 && cursor.block1 && !cursor.block1.statedCap) {
    cursor.block1.statedCap = statedCap(view, row, cols.level1!, cols.level1Cap);
  }
  const l2 = cols.level2 !== undefined ? view.text(row, cols.level2) : '';
  if (l2 && l2 !== cursor.level2) {
    cursor.level2 = l2;
    cursor.block2 = hasLevel3
      ? openBlock(view, row, 2, cols.level2!, cols.level2Cap, blocks)
      : null;
  } else if (l2 && cursor.block2 && !cursor.block2.statedCap) {
    cursor.block2.statedCap = statedCap(view, row, cols.level2!, cols.level2Cap);
  }
}

function openBlock(
  view: SheetView,
  row: number,
  level: 1 | 2,
  labelCol: number,
  capCol: number | undefined,
  blocks: MutableBlock[],
): MutableBlock {
  const block: MutableBlock = {
    level,
    label: view.text(row, labelCol),
    labelCell: view.field(row, labelCol),
    statedCap: statedCap(view, row, labelCol, capCol),
    indicators: [],
    execution: null,
  };
  blocks.push(block);
  return block;
}

/** The block's cap from its own column, else from "(30分)" inside its label. */
function statedCap(
  view: SheetView,
  row: number,
  labelCol: number,
  capCol: number | undefined,
): StatedNumber | null {
  if (capCol !== undefined) {
    const field = view.field(row, capCol);
    if (field.reading.kind === 'number') return { value: field.reading.value, field };
  }
  const value = capInLabel(view.text(row, labelCol));
  return value === null ? null : { value, field: view.field(row, labelCol) };
}

function filled(view: SheetView, row: number, col: number | undefined): boolean {
  return col !== undefined && !view.isBlank(row, col);
}

function anyNumber(view: SheetView, row: number, cols: readonly number[]): boolean {
  for (const c of cols) if (view.isNumber(row, c)) return true;
  return false;
}

/**
 * A total known by its figures, not its words: a row with no label (seed 003's 部门影响力
 * table), or one whose label is merged across every name column and is no total word the
 * vocabulary knows ("分总", 总分 typed backwards), whose 分值 is Σ the caps above it since the
 * last total, or the whole 100 over them (the execution points standing in the budget block).
 */
function isTotalByFigures(
  view: SheetView,
  row: number,
  cols: Partial<Record<ColumnRole, number>>,
  nameCols: readonly number[],
  indicators: readonly Indicator[],
  since: number,
  label: { readonly text: string; readonly col: number } | null,
): boolean {
  if (indicators.length - since < 2 || cols.cap === undefined) return false;
  if (label) {
    // Asked of every labelled row: most have no merge at their label, and are passed at once.
    const span = view.spanAt(row, label.col);
    if (!span || span.right === span.left) return false;
    if (nameCols.some((c) => c < span.left || c > span.right)) return false;
    if (EXECUTION_ROW.test(withoutNote(label.text))) return false;
  } else if (nameCols.some((c) => view.text(row, c) !== '')) return false;
  const cap = view.reading(row, cols.cap);
  if (cap.kind !== 'number') return false;
  let sum = 0;
  for (let i = since; i < indicators.length; i++) {
    const r = indicators[i]!.cap?.reading;
    if (r?.kind === 'number') sum += r.value;
  }
  return (
    Math.abs(sum - cap.value) < 1e-6 || (cap.value === WHOLE_TABLE_MARKS && sum < WHOLE_TABLE_MARKS)
  );
}

function firstNumeric(fields: readonly (FieldRef | null)[]): FieldRef | null {
  return fields.find((f) => f?.reading.kind === 'number') ?? fields.find((f) => f !== null) ?? null;
}

function totalKindOf(label: string): 'total' | 'subtotal' | null {
  // Every total label starts with one of a few characters: most rows are passed on that alone.
  if (!TOTAL_STARTS.has(label.charAt(0))) return null;
  const bare = withoutNote(label);
  if (SUBTOTAL_LABEL.test(bare)) return 'subtotal';
  return TOTAL_LABEL.test(bare) ? 'total' : null;
}

const TOTAL_STARTS = new Set('合总得自综评项绩指小');

/** A grade word in a total row, right of its label ("总分 … 96 | 优"). */
function gradeIn(view: SheetView, row: number, labelCol: number): FieldRef | null {
  for (let c = labelCol + 1; c <= view.right; c++) {
    if (!view.isCovered(row, c) && gradeOf(view.text(row, c))) return view.field(row, c);
  }
  return null;
}

function isGradeLabel(label: string): boolean {
  return SUMMARY_GRADE_LABELS.some((t) => label.startsWith(t));
}

const NOTES = /^(注|说明|备注)[:\d]/;

/** "注：1. 自评采取打分评价的形式…" ends the table (texts are normalised: "：" is ":"). */
export function isNotes(view: SheetView, row: number): boolean {
  const first = view.firstText(row);
  return first !== null && NOTES.test(first.text);
}
