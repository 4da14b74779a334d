/**
 * See before it writes: the values a run would write, each as cell, before → after and why,
 * and whether the user must confirm them first. A preview is due on a sheet's first write and
 * whenever a run would overwrite something the user put in the table (a stated total, a grade,
 * a typed value) — not when it only replaces Ziping's own earlier output.
 */
import type { CellMark, Finding, Severity, ValueWrite, WritePurpose } from '../report.js';
import { hadContent } from './cellState.js';
import { displayValue } from './display.js';

export interface PreviewEntry {
  readonly address: string;
  /** As the cell shows it now; "" for an empty cell. */
  readonly before: string;
  readonly after: string;
  /** Why the value changes, in plain Chinese. */
  readonly why: string;
  /** The cell holds something the user put there (not Ziping's earlier output). */
  readonly overwrites: boolean;
}

/** A cell the run will mark (fill and note), without changing its value. */
export interface PreviewMark {
  readonly address: string;
  readonly severity: Severity;
}

export interface SheetPreview {
  readonly sheet: string;
  readonly entries: readonly PreviewEntry[];
  readonly marks: readonly PreviewMark[];
}

export interface RunPreview {
  /** Identifies exactly these writes: a confirmation applies only to what was shown. */
  readonly token: string;
  /** Why confirmation is asked, one sentence each. */
  readonly reasons: readonly string[];
  readonly sheets: readonly SheetPreview[];
}

const WHY: Readonly<Record<WritePurpose, string>> = {
  total: '总分按各项得分重新合计',
  subtotal: '小计按明细得分重新合计',
  'score-rate': '得分率 = 得分 ÷ 分值',
  'execution-rate': '预算执行率 = 执行数 ÷ 预算数',
  'execution-score': '预算执行率得分按执行率计算',
  grade: '评价等级按总分确定',
  'suggested-score': '得分按评分规则填写',
};

/**
 * The entries of one sheet. `ours` tells whether the cell still holds what Ziping wrote there
 * earlier: replacing that overwrites nothing of the user's.
 */
export function previewEntries(
  writes: readonly ValueWrite[],
  findings: readonly Finding[],
  ours: (write: ValueWrite) => boolean,
): PreviewEntry[] {
  return writes.map((w) => {
    const finding = findings.find((f) => f.cell === w.address && f.severity !== 'info');
    return {
      address: w.address,
      before: displayValue(w.previous.value, w.previous.format),
      after: displayValue(w.value, w.format ?? w.previous.format),
      why: finding ? `${WHY[w.purpose]}：${finding.message}` : `${WHY[w.purpose]}`,
      overwrites: hadContent(w.previous) && !ours(w),
    };
  });
}

/** The cells a run marks, as the preview lists them. */
export function previewMarks(marks: readonly CellMark[]): PreviewMark[] {
  return marks.map((m) => ({ address: m.address, severity: m.severity }));
}

/**
 * The reasons to ask before writing; empty when the run may write at once. `seen` tells
 * whether the user already confirmed a preview on the sheet.
 */
export function previewReasons(
  sheets: readonly (SheetPreview & { readonly seen: boolean })[],
  directWrite: boolean,
): string[] {
  if (directWrite) return [];
  const reasons: string[] = [];
  for (const s of sheets) {
    if (!s.seen && (s.entries.length > 0 || s.marks.length > 0))
      reasons.push(`这是自评助手第一次改动「${s.sheet}」。`);
    const overwritten = s.entries.filter((e) => e.overwrites).length;
    if (overwritten > 0)
      reasons.push(
        `将改写「${s.sheet}」上已填写的 ${overwritten} 个单元格（如表上填写的总分、等级）。`,
      );
  }
  return reasons;
}

/** A short fingerprint of what a run would write and mark (FNV-1a over the entries). */
export function previewToken(sheets: readonly SheetPreview[]): string {
  let hash = 0x811c9dc5;
  const text = JSON.stringify(
    sheets.map((s) => [
      s.sheet,
      s.marks.map((m) => [m.address, m.severity]),
      s.entries.map((e) => [e.address, e.before, e.after]),
    ]),
  );
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
