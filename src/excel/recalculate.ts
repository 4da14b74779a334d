/**
 * 重新计算: read the sheets (one sync), let the engine recognise, score and plan, then write
 * values, marks and notes and the run record (one sync). Everything in between is pure.
 */
import { analyzeSheet } from '../engine/index.js';
import type { SheetAnalysis, WritePlan } from '../engine/report.js';
import type { RunOptions, RunSummary } from './actions.js';
import { queueLocate } from './annotations.js';
import { noteSupport, type Capabilities } from './capabilities.js';
import { commit } from './commit.js';
import { Refusal } from './errors.js';
import type { ExcelHost } from './host.js';
import { overrideFor, parseMappings } from './mappings.js';
import { EMPTY_RECORD, parseRecord, replaceSheets, sheetRecord } from './record.js';
import { readWorkbook } from './readWorkbook.js';
import { planRun, type SheetChange } from './sheetChanges.js';
import type { SheetSnapshot } from './snapshot.js';
import { MAPPINGS_NAMESPACE, RUN_RECORD_NAMESPACE } from './workbookStore.js';
import { summarize } from './messages.js';

const EMPTY_PLAN: WritePlan = { values: [], marks: [] };

/** The engine's entry point; a parameter so the write half can be tested with hand-built plans. */
export type Analyzer = typeof analyzeSheet;

export async function recalculate(
  host: ExcelHost,
  capabilities: Capabilities,
  context: Excel.RequestContext,
  options: RunOptions,
  analyzer: Analyzer = analyzeSheet,
): Promise<{ summary: RunSummary; message: string }> {
  const sheets = context.workbook.worksheets;
  const names = options.sheets === 'active' ? null : [...new Set(options.sheets)];
  if (names?.length === 0) throw new Refusal('没有选择要检查的工作表。');
  const read = await readWorkbook(context, capabilities, {
    sheets: () =>
      names === null ? [sheets.getActiveWorksheet()] : names.map((name) => sheets.getItem(name)),
    namespaces: [RUN_RECORD_NAMESPACE, MAPPINGS_NAMESPACE],
    extra: () => () => undefined,
  });
  const recordPart = read.parts.get(RUN_RECORD_NAMESPACE);
  if (!recordPart) throw new Refusal('未能读取自评助手的记录，未做任何修改。');
  // An unreadable record cannot be trusted for originals; start a new one rather than block every run.
  const stored = parseRecord(recordPart.text);
  const before = stored ?? EMPTY_RECORD;
  const mappings = parseMappings(read.parts.get(MAPPINGS_NAMESPACE)?.text ?? null);

  const analyses = read.snapshots.map((snapshot) =>
    analyze(analyzer, snapshot, options.writeValues, overrideFor(mappings, snapshot.id)),
  );
  const annotation = noteSupport(capabilities, options.notes);
  const occupied = await locateUserNotes(context, read.snapshots, analyses, annotation !== 'none');

  const changes: SheetChange[] = read.snapshots.map((snapshot, i) =>
    planRun({
      snapshot,
      plan: planOf(analyses[i]),
      earlier: sheetRecord(before, snapshot.id),
      annotation,
      occupied: occupied[i] ?? new Set(),
    }),
  );
  const after = replaceSheets(
    before,
    changes.map((c) => c.record),
  );
  await commit(host, capabilities, context, {
    snapshots: read.snapshots,
    changes,
    recordPart,
    before,
    after,
  });

  const summary: RunSummary = {
    analyses,
    written: sum(changes, (c) => c.values),
    marked: sum(changes, (c) => c.marks),
    noteSupport: annotation,
  };
  const restarted = stored === null ? '工作簿中原有的撤销记录无法读取，已重新开始记录。' : '';
  return { summary, message: summarize(summary, changes) + restarted };
}

function analyze(
  analyzer: Analyzer,
  snapshot: SheetSnapshot,
  writeValues: boolean,
  mapping: ReturnType<typeof overrideFor>,
): SheetAnalysis {
  if (snapshot.used === null) {
    return { status: 'unrecognised', sheet: snapshot.name, reason: '工作表是空的。' };
  }
  try {
    return analyzer(snapshot.grid, { writeValues, mapping });
  } catch (error) {
    // The engine promises not to throw; if it does, nothing may be written from a half-analysis.
    throw new Refusal(
      `识别工作表「${snapshot.name}」时出错（${error instanceof Error ? error.message : String(error)}），未做任何修改。`,
    );
  }
}

/** An unrecognised sheet gets an empty plan: the earlier run's marks there are still replaced (removed). */
function planOf(analysis: SheetAnalysis | undefined): WritePlan {
  return analysis?.status === 'recognised' ? analysis.plan : EMPTY_PLAN;
}

/**
 * Cells holding the user's own notes, per sheet. Costs one extra small sync, and only on a sheet
 * that has such notes while this run adds notes of its own.
 */
async function locateUserNotes(
  context: Excel.RequestContext,
  snapshots: readonly SheetSnapshot[],
  analyses: readonly SheetAnalysis[],
  annotating: boolean,
): Promise<Set<string>[]> {
  const pending = snapshots.map((snapshot, i) => {
    const wanted = annotating && planOf(analyses[i]).marks.length > 0;
    return wanted && snapshot.annotations.some((a) => !a.ours)
      ? queueLocate(snapshot.annotations)
      : null;
  });
  if (pending.every((p) => p === null)) return snapshots.map(() => new Set());
  await context.sync();
  return pending.map((p) => p?.collect() ?? new Set());
}

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((total, item) => total + pick(item), 0);
}
