/**
 * Grid → recognised sheet → facts (scores, totals, grade) → rules (findings) → write plan.
 * One pass over the sheet per stage; nothing here depends on the host that read the grid.
 */
import type { Grid } from './grid.js';
import type { Evaluation, SheetModel } from './model.js';
import { leafValues, tableValues, type ComputedValue } from './plan/computed.js';
import { buildWritePlan } from './plan/writePlan.js';
import { detectProfile } from './profile/detect.js';
import { evidenceOf } from './profile/evidence.js';
import type { Profile } from './profile/profile.js';
import { sourceLine } from './profile/source.js';
import { recognizeSheet } from './recognize/index.js';
import { gradeOf } from './recognize/labels.js';
import { SheetView } from './recognize/sheetView.js';
import type {
  ProfileChoice,
  Finding,
  MappingOverride,
  RecognisedBlock,
  SheetAnalysis,
  SheetGrade,
  SheetTotal,
  TableResult,
} from './report.js';
import { RULES } from './rules/registry.js';
import type { Rule } from './rules/rule.js';
import { RuleRun } from './rules/run.js';
import { leastSure } from './confidence.js';
import { scoreEvaluation, type EvaluationFacts } from './score/evaluation.js';
import { numberOf } from './values/reading.js';
import { severityOrder } from './severity.js';

export interface AnalyzeOptions {
  /** Write computed totals/rates/grade into the plan (true), or only marks (false). Default true. */
  readonly writeValues?: boolean;
  /** The user's correction of the recognised mapping. */
  readonly mapping?: MappingOverride;
  /** Regional rules the user chose; detected from the sheet when absent. */
  readonly profile?: Profile;
  /** The rules to run; every registered rule by default (a rule's own test runs it alone). */
  readonly rules?: readonly Rule[];
}

export function analyzeSheet(grid: Grid, options: AnalyzeOptions = {}): SheetAnalysis {
  const view = new SheetView(grid);
  const model = recognizeSheet(view, options.mapping);
  if (isEmpty(model)) {
    return {
      status: 'unrecognised',
      sheet: grid.sheet,
      reason:
        '没有找到绩效自评表：未识别到含「一级指标/二级指标/三级指标」及「分值」「得分」（或「指标值」「实际完成值」）表头的指标表，也没有预算执行表、合计栏或「自评得分」。',
    };
  }

  const writeValues = options.writeValues ?? true;
  const choice = chooseProfile(view, model, options.profile);
  const profile = choice.profile;
  const confirmed = options.mapping?.confirmed ?? false;
  const run = new RuleRun(options.rules ?? RULES, profile);
  const computed: ComputedValue[] = [];
  const facts = model.evaluations.map((ev) => {
    // A leaf's values are known in the walk, whether to write them only once it is scored.
    const ofLeaves: ComputedValue[] = [];
    const f = scoreEvaluation(ev, profile, writeValues, confirmed, (leaf) => {
      run.leaf(leaf);
      if (writeValues) leafValues(leaf, ofLeaves);
    });
    run.evaluation(f);
    // An unsure reading never writes figures: only its marks, until the user confirms it.
    if (writeValues && f.confidence.level === 'sure') {
      if (f.scored) computed.push(...ofLeaves);
      tableValues(f, computed);
    }
    return f;
  });
  run.columnSums(model.columnSums, view);
  const findings = sortFindings(run.findings);
  const tables = facts.filter(isTable).map(tableResult);
  const first = tables[0] ?? tableResult(facts[0]!);
  return {
    status: 'recognised',
    sheet: grid.sheet,
    blocks: describeBlocks(model),
    mapping: model.evaluations.find((e) => e.grid)?.grid?.mapping ?? null,
    indicators: facts.reduce((n, f) => n + f.leaves, 0),
    total: first.total,
    grade: first.grade,
    findings,
    plan: buildWritePlan(computed, findings, writeValues),
    tables,
    confidence: leastSure(facts.map((f) => f.confidence)),
    profile: choice.described,
  };
}

/** The profile the user chose, else the one the sheet's evidence points to. */
function chooseProfile(
  view: SheetView,
  model: SheetModel,
  chosen: Profile | undefined,
): { profile: Profile; described: ProfileChoice } {
  const detection = chosen
    ? { profile: chosen, evidence: ['由用户选择'], sure: true }
    : detectProfile(evidenceOf(view, model));
  const { profile } = detection;
  return {
    profile,
    described: {
      id: profile.id,
      name: profile.name,
      source: sourceLine(profile.source),
      evidence: detection.evidence,
      sure: detection.sure,
      chosenBy: chosen ? 'user' : 'detection',
    },
  };
}

function isEmpty(model: SheetModel): boolean {
  return (
    model.columnSums.length === 0 &&
    model.evaluations.every((e) => !e.grid && e.budgets.length === 0 && !e.statedTotal)
  );
}

/** An evaluation worth reporting as a table: a grid, or figures to total. */
function isTable(f: EvaluationFacts): boolean {
  return f.evaluation.grid !== null || f.total !== null || f.evaluation.statedTotal !== null;
}

function tableResult(f: EvaluationFacts): TableResult {
  const ev = f.evaluation;
  return {
    range: rangeOf(ev),
    name: ev.name?.text ?? null,
    indicators: f.leaves,
    total: totalOf(f),
    grade: gradeResult(f),
    confidence: f.confidence,
    reviewerTotal: f.reviewerTotal,
  };
}

function rangeOf(ev: Evaluation): TableResult['range'] {
  const grid = ev.grid?.mapping.range;
  const tops = [grid?.top, ...ev.budgets.map((b) => b.range.top)].filter(
    (n): n is number => n !== undefined,
  );
  const bottoms = [grid?.bottom, ...ev.budgets.map((b) => b.range.bottom)].filter(
    (n): n is number => n !== undefined,
  );
  const lefts = [grid?.left, ...ev.budgets.map((b) => b.range.left)].filter(
    (n): n is number => n !== undefined,
  );
  const rights = [grid?.right, ...ev.budgets.map((b) => b.range.right)].filter(
    (n): n is number => n !== undefined,
  );
  return tops.length
    ? {
        top: Math.min(...tops),
        left: Math.min(...lefts),
        bottom: Math.max(...bottoms),
        right: Math.max(...rights),
      }
    : { top: ev.top, left: 0, bottom: ev.bottom, right: 0 };
}

function totalOf(f: EvaluationFacts): SheetTotal | null {
  const labelled = f.evaluation.statedTotal;
  const statedField = f.wholeRow?.score ?? labelled?.value ?? null;
  const statedReading = f.wholeRow?.score?.reading ?? labelled?.stated ?? null;
  const stated = statedReading ? numberOf(statedReading) : null;
  if (!f.total) {
    // A form stating a total without scored rows (seed 001), or a grid nobody scored yet.
    if (!labelled && !f.evaluation.grid) return null;
    return { score: null, cap: f.capSum, stated, cell: statedField?.address ?? null };
  }
  return {
    score: f.total.score,
    cap: f.capsKnown || f.leaves === 0 ? f.total.cap : null,
    stated,
    cell: statedField?.address ?? null,
  };
}

function gradeResult(f: EvaluationFacts): SheetGrade | null {
  if (!f.grade) return null;
  const r = f.evaluation.statedGrade?.stated;
  const v = r?.kind === 'text' ? r.text.trim() : '';
  const stated = v ? (gradeOf(v) ?? v) : null;
  return { value: f.grade, stated, cell: f.evaluation.statedGrade?.value.address ?? null };
}

function describeBlocks(model: SheetModel): RecognisedBlock[] {
  const blocks: RecognisedBlock[] = [];
  for (const ev of model.evaluations) {
    if (ev.grid) {
      blocks.push({
        kind: 'indicators',
        range: ev.grid.mapping.range,
        label: `指标表（${ev.grid.indicators.length} 项三级指标）`,
      });
    }
    for (const t of ev.budgets) {
      blocks.push({
        kind: t.total ? 'budget' : 'tasks',
        range: t.range,
        label: t.total
          ? `预算执行表（${t.title || '预算情况'}）`
          : `任务/项目明细（${t.groups.flat().length} 项）`,
      });
    }
  }
  for (const s of model.columnSums) {
    blocks.push({
      kind: 'column-sums',
      range: {
        top: s.headerRow,
        left: Math.min(s.totalCol, ...s.partCols),
        bottom: s.dataRows[s.dataRows.length - 1] ?? s.headerRow,
        right: Math.max(s.totalCol, ...s.partCols),
      },
      label: `合计栏「${s.totalLabel}」= ${s.partLabels.join(' + ')}`,
    });
  }
  for (const ev of model.evaluations) {
    for (const lv of [ev.statedTotal, ev.statedGrade]) {
      if (lv)
        blocks.push({
          kind: 'summary',
          range: {
            top: lv.label.row,
            left: lv.label.col,
            bottom: lv.value.row,
            right: lv.value.col,
          },
          label: lv.labelText,
        });
    }
  }
  return blocks;
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityOrder(a.severity) - severityOrder(b.severity));
}
