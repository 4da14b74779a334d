/**
 * Grid → recognised sheet → scores and findings → write plan. One pass over the sheet per
 * stage; nothing here depends on the host that read the grid.
 */
import type { Grid } from './grid.js';
import type { IndicatorTable, SheetModel, TotalRow } from './model.js';
import { buildWritePlan } from './plan/writePlan.js';
import { NATIONAL_PROFILE } from './profile/national.js';
import type { Profile } from './profile/profile.js';
import { recognizeSheet } from './recognize/index.js';
import { gradeOf } from './recognize/summary.js';
import { SheetView } from './recognize/sheetView.js';
import type {
  Confidence,
  Finding,
  MappingOverride,
  RecognisedBlock,
  SheetAnalysis,
  SheetGrade,
  SheetTotal,
  TableResult,
} from './report.js';
import { judgeTable, leastSure } from './confidence.js';
import { checkAmountTables } from './rules/budget.js';
import { checkBlocks } from './rules/blocks.js';
import { checkColumnSums } from './rules/columnSums.js';
import { RuleContext } from './rules/context.js';
import { checkGrade, gradeFor } from './rules/grade.js';
import { checkIndicators, sumLeaves, type LeafScores } from './rules/indicators.js';
import { checkFullMarks, checkStatedTotal, checkTotalRows } from './rules/totals.js';
import { toA1 } from './grid.js';
import { numberOf } from './values/reading.js';

export interface AnalyzeOptions {
  /** Write computed totals/rates/grade into the plan (true), or only marks (false). Default true. */
  readonly writeValues?: boolean;
  /** The user's correction of the recognised mapping. */
  readonly mapping?: MappingOverride;
  /** Regional rules; the national pattern by default. */
  readonly profile?: Profile;
}

export function analyzeSheet(grid: Grid, options: AnalyzeOptions = {}): SheetAnalysis {
  const view = new SheetView(grid);
  const model = recognizeSheet(view, options.mapping);
  const nothing =
    model.indicatorTables.length === 0 &&
    model.amountTables.length === 0 &&
    model.columnSums.length === 0 &&
    !model.statedTotal;
  if (nothing) {
    return {
      status: 'unrecognised',
      sheet: grid.sheet,
      reason:
        '没有找到绩效自评表：未识别到含「一级指标/二级指标/三级指标」及「分值」「得分」表头的指标表，也没有预算执行表、合计栏或「自评得分」。',
    };
  }

  const writeValues = options.writeValues ?? true;
  const ctx = new RuleContext(options.profile ?? NATIONAL_PROFILE);
  // One array per table, aligned with its indicators.
  const perTable = model.indicatorTables.map((t) => checkIndicators(t, ctx, writeValues));
  model.indicatorTables.forEach((table, i) => checkBlocks(table.blocks, perTable[i]!, ctx));
  const execution = checkAmountTables(model.amountTables, ctx);
  checkColumnSums(model.columnSums, view, ctx);

  const total = sheetTotal(model, perTable, execution, ctx);
  const gradeBasis = total?.score ?? total?.stated ?? null;
  const gradeValue = gradeBasis === null ? null : checkGrade(model.statedGrade, gradeBasis, ctx);
  const grade: SheetGrade | null = gradeValue && {
    value: gradeValue,
    stated: statedGradeText(model),
    cell: model.statedGrade?.value.address ?? null,
  };

  const tables = model.indicatorTables.map((table, i) =>
    tableResult(table, perTable[i]!, i === 0 ? { total, grade } : null, ctx, options.mapping),
  );
  const confidence = leastSure(tables.map((t) => t.confidence));
  if (confidence.level === 'unsure') reportUncertain(tables, ctx);
  const findings = sortFindings(ctx.findings);
  return {
    status: 'recognised',
    sheet: grid.sheet,
    blocks: describeBlocks(model),
    mapping: model.indicatorTables[0]?.mapping ?? null,
    indicators: leafCount(model),
    total,
    grade,
    findings,
    // An unsure reading never writes figures: only its marks, until the user confirms it.
    plan: buildWritePlan(ctx.computed, findings, writeValues && confidence.level === 'sure'),
    tables,
    confidence,
  };
}

function tableResult(
  table: IndicatorTable,
  scores: LeafScores,
  sheet: { total: SheetTotal | null; grade: SheetGrade | null } | null,
  ctx: RuleContext,
  override: MappingOverride | undefined,
): TableResult {
  const own = sumLeaves(scores, table.indicators);
  const total: SheetTotal | null = sheet
    ? sheet.total
    : { score: own.score, cap: own.cap, stated: null, cell: null };
  const grade: SheetGrade | null = sheet
    ? sheet.grade
    : { value: gradeFor(own.score, ctx.profile), stated: null, cell: null };
  let numericScores = 0;
  let scoreCells = 0;
  for (const ind of table.indicators) {
    const r = ind.score?.reading;
    if (!r || r.kind === 'empty') continue;
    scoreCells++;
    if (r.kind === 'number') numericScores++;
  }
  const judged = judgeTable({
    leaves: table.indicators.length,
    numericScores,
    scoreCells,
    hasCapColumn: table.mapping.columns.cap !== undefined,
    hasScoreColumn: table.mapping.columns.score !== undefined,
    capSum: total?.cap ?? null,
    fullMarks: ctx.profile.fullMarks,
    computedTotal: total?.score ?? null,
    statedTotal: total?.stated ?? null,
  });
  const confidence: Confidence = override?.confirmed
    ? { level: 'sure', reasons: ['表格结构已由用户确认', ...judged.reasons] }
    : judged;
  return {
    range: table.mapping.range,
    name: null,
    indicators: table.indicators.length,
    total,
    grade,
    confidence,
  };
}

function reportUncertain(tables: readonly TableResult[], ctx: RuleContext): void {
  for (const t of tables) {
    if (t.confidence.level !== 'unsure') continue;
    const why = t.confidence.reasons.join('；');
    ctx.report(
      'recognition-uncertain',
      toA1(t.range.top, t.range.left),
      `无法确定已正确识别此表（${why}）。未写入总分和等级；请在「映射」中核对表头行和各列后确认。`,
      null,
      null,
    );
  }
}

function sheetTotal(
  model: SheetModel,
  perTable: readonly LeafScores[],
  execution: { cap: number; score: number } | null,
  ctx: RuleContext,
): SheetTotal | null {
  const tables = model.indicatorTables;
  const labelled = model.statedTotal;
  const labelledValue = labelled ? numberOf(labelled.value.reading) : null;
  const leaves = leafCount(model);
  if (leaves === 0 && !execution) {
    return labelled
      ? { score: null, cap: null, stated: labelledValue, cell: labelled.value.address }
      : null;
  }
  let score = execution?.score ?? 0;
  let cap = execution?.cap ?? 0;
  let withCap = 0;
  let scoredWithoutCap = 0;
  for (const scores of perTable) {
    for (let i = 0; i < scores.caps.length; i++) {
      score += scores.counted[i]!;
      const c = scores.caps[i]!;
      if (!Number.isNaN(c)) {
        cap += c;
        withCap++;
      } else if (scores.counted[i] !== 0) scoredWithoutCap++;
    }
  }
  // Σ caps means something only when every scored leaf has a cap; otherwise it is unknown.
  const hasCaps = withCap > 0 && scoredWithoutCap === 0;

  // Every table's 合计 rows are checked; the first whole-table 合计 is the sheet's total.
  let totalRow: TotalRow | null = null;
  for (const [i, table] of tables.entries()) {
    const own = perTable[i]!;
    const sums = tables.length === 1 ? { score, cap } : sumLeaves(own, table.indicators);
    const whole = checkTotalRows(table, own, sums, ctx);
    totalRow ??= whole;
  }
  if (labelled) checkStatedTotal(labelled, score, ctx);
  if (hasCaps && !(totalRow?.cap && totalRow.cap.reading.kind === 'number')) {
    checkFullMarks(capHeaderAddress(tables[0]), cap, ctx);
  }
  const statedField = totalRow?.score ?? labelled?.value ?? null;
  return {
    score,
    cap: hasCaps || leaves === 0 ? cap : null,
    stated: statedField ? numberOf(statedField.reading) : null,
    cell: statedField?.address ?? null,
  };
}

function leafCount(model: SheetModel): number {
  return model.indicatorTables.reduce((n, t) => n + t.indicators.length, 0);
}

function capHeaderAddress(table: IndicatorTable | undefined): string {
  if (!table) return 'A1';
  const col = table.mapping.columns.cap ?? table.mapping.columns.score ?? table.mapping.range.left;
  return toA1(table.mapping.headerRows.last, col);
}

/** The stated grade as text: the ticked grade of a tick-box cell, else the cell's text. */
function statedGradeText(model: SheetModel): string | null {
  const v = model.statedGrade?.value.cell.value;
  return typeof v === 'string' && v.trim() ? (gradeOf(v) ?? v.trim()) : null;
}

function describeBlocks(model: SheetModel): RecognisedBlock[] {
  const blocks: RecognisedBlock[] = [];
  for (const t of model.indicatorTables) {
    blocks.push({
      kind: 'indicators',
      range: t.mapping.range,
      label: `指标表（${t.indicators.length} 项三级指标）`,
    });
  }
  for (const t of model.amountTables) {
    blocks.push({
      kind: t.total ? 'budget' : 'tasks',
      range: t.range,
      label: t.total
        ? `预算执行表（${t.title || '预算情况'}）`
        : `任务/项目明细（${t.groups.flat().length} 项）`,
    });
  }
  for (const s of model.columnSums) {
    const range = {
      top: s.headerRow,
      left: Math.min(s.totalCol, ...s.partCols),
      bottom: s.dataRows[s.dataRows.length - 1] ?? s.headerRow,
      right: Math.max(s.totalCol, ...s.partCols),
    };
    blocks.push({
      kind: 'column-sums',
      range,
      label: `合计栏「${s.totalLabel}」= ${s.partLabels.join(' + ')}`,
    });
  }
  for (const lv of [model.statedTotal, model.statedGrade]) {
    if (lv)
      blocks.push({
        kind: 'summary',
        range: { top: lv.label.row, left: lv.label.col, bottom: lv.value.row, right: lv.value.col },
        label: `${String(lv.label.cell.value).trim()}`,
      });
  }
  return blocks;
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  const order = { error: 0, warning: 1, info: 2 } as const;
  return [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
}
