/**
 * A run — 重新计算, 采用建议值 which reruns the sheet with the suggested value in it, or a change
 * of 评分规则 which reruns the sheet under the chosen rules: read the sheets (one sync), let the
 * engine recognise, score and plan, then either stop with a preview (nothing written, nothing
 * remembered) or write values, marks, notes and the record with the new undo step and the rules
 * chosen per sheet (one sync). Everything in between is pure.
 */
import type { AnalyzeOptions, analyzeSheet } from '../engine/index.js';
import { fromA1, toA1 } from '../engine/index.js';
import type { SheetAnalysis, WritePlan } from '../engine/index.js';
import { holds } from '../engine/index.js';
import { applyEdit, listedAnalysis, withEdits, type CellEdit } from '../engine/index.js';
import { makeStep, pushStep } from '../engine/index.js';
import { withoutOwnFindings } from '../engine/index.js';
import {
  previewEntries,
  previewMarks,
  previewReasons,
  previewToken,
  type RunPreview,
  type SheetPreview,
} from '../engine/index.js';
import {
  EMPTY_RECORD,
  parseRecord,
  replaceSheets,
  sheetRecord,
  type RunRecord,
} from '../engine/index.js';
import type {
  ProfileSelection,
  RunConfirmation,
  RunOptions,
  RunOutcome,
  SuggestionTarget,
} from './actions.js';
import { queueLocate } from './annotations.js';
import { noteSupport, type Capabilities } from './capabilities.js';
import { commit } from './commit.js';
import { columnHeaders } from './headers.js';
import { Refusal } from './errors.js';
import type { ExcelHost } from './host.js';
import { overrideFor, parseMappings } from './mappings.js';
import { readWorkbook } from './readWorkbook.js';
import { planRun, type SheetChange } from './sheetChanges.js';
import type { SheetSnapshot } from './snapshot.js';
import { stateOf } from './state.js';
import { MAPPINGS_NAMESPACE, RUN_RECORD_NAMESPACE } from './workbookStore.js';
import { summarize } from './messages.js';

const EMPTY_PLAN: WritePlan = { values: [], marks: [] };

/** The engine's entry point; a parameter so the write half can be tested with hand-built plans. */
export type Analyzer = typeof analyzeSheet;

export interface RunRequest {
  readonly options: RunOptions;
  /** A suggested value to write, rerunning its sheet with it. */
  readonly suggestion?: SuggestionTarget;
  /** Rules chosen for one sheet: the run reruns that sheet under them and remembers them. */
  readonly profile?: ProfileSelection;
  readonly confirm?: RunConfirmation;
  readonly now?: Date;
}

/** One sheet of a run, once analysed and planned. */
interface SheetRun {
  readonly snapshot: SheetSnapshot;
  readonly analysis: SheetAnalysis;
  readonly plan: WritePlan;
  /** The suggestion's cell on this sheet, if any. */
  readonly edited: ReadonlySet<string>;
  /** The id of the rules the user chose for the sheet, to remember; absent: detected. */
  readonly profile: string | undefined;
}

export async function run(
  host: ExcelHost,
  capabilities: Capabilities,
  context: Excel.RequestContext,
  request: RunRequest,
  analyzer?: Analyzer,
): Promise<{ outcome: RunOutcome; message: string }> {
  // The engine loads with the first run, not with the pane: opening the pane stays light.
  const { analyzeSheet, profileById } = await import('../engine/index.js');
  const { options, suggestion, profile: selection } = request;
  const edit = suggestion ? checkedEdit(suggestion) : null;
  const requested = selection?.profile ? profileById(selection.profile) : undefined;
  if (selection?.profile && !requested) {
    throw new Refusal(`没有编号为「${selection.profile}」的评分规则，未做任何修改。`);
  }
  const sheets = context.workbook.worksheets;
  const only = suggestion?.sheet ?? selection?.sheet;
  const names =
    only !== undefined ? [only] : options.sheets === 'active' ? null : [...new Set(options.sheets)];
  if (names?.length === 0) throw new Refusal('没有选择要检查的工作表。');
  const read = await readWorkbook(context, capabilities, {
    sheets: () =>
      names === null ? [sheets.getActiveWorksheet()] : names.map((name) => sheets.getItem(name)),
    namespaces: [RUN_RECORD_NAMESPACE, MAPPINGS_NAMESPACE],
    extra: () => () => undefined,
  });
  const recordPart = read.parts.get(RUN_RECORD_NAMESPACE);
  if (!recordPart) throw new Refusal('未能读取自评助手的记录，未做任何修改。');
  const stored = parseRecord(recordPart.text);
  if (stored === null && edit) {
    throw new Refusal('工作簿中自评助手的记录无法读取，为保证可以撤销，未写入建议值。');
  }
  // An unreadable record cannot be trusted for originals; start a new one rather than block every run.
  const before = stored ?? EMPTY_RECORD;
  const mappings = parseMappings(read.parts.get(MAPPINGS_NAMESPACE)?.text ?? null);

  const runs = read.snapshots.map((snapshot) => {
    // The rules chosen now, else those remembered for the sheet; an id this version does not
    // know (saved by a newer one) is kept but not applied.
    const chosen = selection
      ? (selection.profile ?? undefined)
      : sheetRecord(before, snapshot.id)?.profile;
    const rules = chosen === undefined ? undefined : profileById(chosen);
    const analysis: AnalyzeOptions = {
      writeValues: options.writeValues,
      mapping: overrideFor(mappings, snapshot.id),
      ...(rules ? { profile: rules } : {}),
    };
    return settled(sheetRun(analyzer ?? analyzeSheet, snapshot, analysis, edit, chosen), before);
  });

  const preview = previewOf(runs, before);
  if (preview.reasons.length > 0 && request.confirm?.token !== preview.token) {
    const stale = request.confirm !== undefined;
    return {
      outcome: { kind: 'preview', preview },
      message: stale
        ? '预览之后表格有了变化，请核对新的预览后再确认。未做任何修改。'
        : '请核对将要写入的内容，确认后才会写入。',
    };
  }

  const annotation = noteSupport(capabilities, options.notes);
  const annotating = annotation === 'notes' || annotation === 'comments';
  const occupied = await locateUserNotes(context, runs, annotating);
  const changes: SheetChange[] = runs.map((r, i) =>
    planRun({
      snapshot: r.snapshot,
      plan: r.plan,
      analysis: listedAnalysis(r.analysis, r.plan),
      ...(r.analysis.status === 'recognised' && r.analysis.mapping
        ? { headers: columnHeaders(r.snapshot.grid, r.analysis.mapping) }
        : {}),
      earlier: sheetRecord(before, r.snapshot.id),
      annotation,
      occupied: occupied[i] ?? new Set(),
      explicit: r.edited,
      ...(r.profile === undefined ? {} : { profile: r.profile }),
    }),
  );
  const after = nextRecord(before, changes, request);
  await commit(host, capabilities, context, {
    snapshots: read.snapshots,
    changes,
    recordPart,
    before,
    after,
  });

  const state = stateOf(after);
  const summary = {
    analyses: runs.map((r) => sheetRecord(after, r.snapshot.id)?.analysis ?? r.analysis),
    undo: state.undo,
    headers: state.headers,
    written: sum(changes, (c) => c.values),
    marked: sum(changes, (c) => c.marks),
    noteSupport: annotation,
  };
  const restarted = stored === null ? '工作簿中原有的撤销记录无法读取，已重新开始记录。' : '';
  const applied = edit
    ? `已将「${suggestion?.sheet ?? ''}」${edit.address} 设为 ${edit.value}，并按新值重新计算。`
    : '';
  const ruled = !selection
    ? ''
    : requested
      ? `「${selection.sheet}」已改用「${requested.name}」评分规则，并重新计算。`
      : `「${selection.sheet}」的评分规则已改为自动识别，并重新计算。`;
  return {
    outcome: { kind: 'written', summary },
    message: applied + ruled + summarize(summary, changes) + restarted,
  };
}

function checkedEdit(target: SuggestionTarget): CellEdit {
  if (!Number.isFinite(target.value)) throw new Refusal('建议值不是有效数字，未做任何修改。');
  try {
    fromA1(target.address);
  } catch {
    throw new Refusal(`“${target.address}”不是有效的单元格地址，未做任何修改。`);
  }
  return { address: target.address.toUpperCase(), value: target.value };
}

function sheetRun(
  analyzer: Analyzer,
  snapshot: SheetSnapshot,
  options: AnalyzeOptions,
  edit: CellEdit | null,
  profile: string | undefined,
): SheetRun {
  if (!edit) {
    const analysis = analyze(analyzer, snapshot, snapshot.grid, options);
    return { snapshot, analysis, plan: planOf(analysis), edited: new Set(), profile };
  }
  const { grid, write } = applyEdit(snapshot.grid, edit);
  const analysis = analyze(analyzer, snapshot, grid, options);
  return {
    snapshot,
    analysis,
    plan: withEdits(planOf(analysis), [write]),
    edited: new Set([edit.address]),
    profile,
  };
}

/** The run without findings on Ziping's own earlier output that its plan rewrites anyway. */
function settled(run: SheetRun, record: RunRecord): SheetRun {
  const ours = new Set(
    (sheetRecord(record, run.snapshot.id)?.writes ?? [])
      .filter((w) => holds(run.snapshot.cell(w.row, w.col), w.written))
      .map((w) => toA1(w.row, w.col)),
  );
  const { analysis, plan } = withoutOwnFindings(run.analysis, run.plan, ours);
  return { ...run, analysis, plan };
}

function analyze(
  analyzer: Analyzer,
  snapshot: SheetSnapshot,
  grid: SheetSnapshot['grid'],
  options: AnalyzeOptions,
): SheetAnalysis {
  if (snapshot.used === null) {
    return { status: 'unrecognised', sheet: snapshot.name, reason: '工作表是空的。' };
  }
  try {
    return analyzer(grid, options);
  } catch (error) {
    // The engine promises not to throw; if it does, nothing may be written from a half-analysis.
    throw new Refusal(
      `识别工作表「${snapshot.name}」时出错（${error instanceof Error ? error.message : String(error)}），未做任何修改。`,
    );
  }
}

/** An unrecognised sheet gets an empty plan: the earlier run's marks there are still replaced (removed). */
function planOf(analysis: SheetAnalysis): WritePlan {
  return analysis.status === 'recognised' ? analysis.plan : EMPTY_PLAN;
}

/** What the run would write, and whether the user must see it first. */
function previewOf(runs: readonly SheetRun[], record: RunRecord): RunPreview {
  const sheets: (SheetPreview & { seen: boolean })[] = runs.map((r) => {
    const earlier = new Map(
      (sheetRecord(record, r.snapshot.id)?.writes ?? []).map((w) => [`${w.row}:${w.col}`, w]),
    );
    const writes = r.plan.values.filter((w) => !r.edited.has(w.address));
    const entries = previewEntries(
      writes,
      r.analysis.status === 'recognised' ? r.analysis.findings : [],
      (w) => {
        const ours = earlier.get(`${w.row}:${w.col}`);
        return ours !== undefined && holds(r.snapshot.cell(w.row, w.col), ours.written);
      },
    ).filter((e) => e.before !== e.after);
    return {
      sheet: r.snapshot.name,
      entries,
      marks: previewMarks(r.plan.marks),
      seen: record.previewed.includes(r.snapshot.id),
    };
  });
  const shown = sheets.map(({ sheet, entries, marks }) => ({ sheet, entries, marks }));
  return {
    token: previewToken(shown),
    reasons: previewReasons(sheets, record.directWrite),
    sheets: shown,
  };
}

function nextRecord(
  before: RunRecord,
  changes: readonly SheetChange[],
  request: RunRequest,
): RunRecord {
  const records = changes.map((c) => c.record);
  const step = makeStep(
    request.suggestion ? 'suggestion' : 'run',
    request.now ?? new Date(),
    changes.flatMap((c) => (c.undo ? [c.undo] : [])),
    records,
    stepDetail(request),
  );
  const replaced = pushStep(replaceSheets(before, records), step);
  // Sheets whose writes the user saw in a preview and confirmed.
  const seen = request.confirm
    ? changes.filter((c) => c.values > 0 || c.marks > 0).map((c) => c.sheetId)
    : [];
  return {
    ...replaced,
    previewed: [...new Set([...replaced.previewed, ...seen])],
    directWrite: replaced.directWrite || request.confirm?.remember === true,
  };
}

/** What names the step besides its kind and time: the value applied, or a change of rules. */
function stepDetail(request: RunRequest): string | undefined {
  if (request.suggestion) return `${request.suggestion.address} → ${request.suggestion.value}`;
  if (request.profile) return request.profile.profile ? '更换评分规则' : '评分规则改为自动识别';
  return undefined;
}

/**
 * Cells holding the user's own notes, per sheet. Costs one extra small sync, and only on a sheet
 * that has such notes while this run adds notes of its own.
 */
async function locateUserNotes(
  context: Excel.RequestContext,
  runs: readonly SheetRun[],
  annotating: boolean,
): Promise<Set<string>[]> {
  const pending = runs.map((r) => {
    const wanted = annotating && r.plan.marks.length > 0;
    return wanted && r.snapshot.annotations.some((a) => !a.ours)
      ? queueLocate(r.snapshot.annotations)
      : null;
  });
  if (pending.every((p) => p === null)) return runs.map(() => new Set());
  await context.sync();
  return pending.map((p) => p?.collect() ?? new Set());
}

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((total, item) => total + pick(item), 0);
}
