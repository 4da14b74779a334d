/**
 * The one-line outcome each action reports (the pane shows it; the ribbon leaves it for the
 * pane). Plain Chinese, numbers an accountant can check against the sheet.
 */
import { formatScore, type SheetAnalysis } from '../engine/index.js';
import type { NoteSupport, RunSummary } from './actions.js';
import type { SheetChange } from './sheetChanges.js';

const NOTE_WAY: Readonly<Record<NoteSupport, string>> = {
  notes: '说明写在单元格备注中',
  comments: '说明写在单元格批注中',
  none: '说明仅在面板中列出',
  off: '说明仅在面板中列出（您已在选项中关闭备注）',
};

export function summarize(summary: RunSummary, changes: readonly SheetChange[]): string {
  const sheets = summary.analyses.map(describeSheet).join('；');
  const parts = [`${sheets}。写入 ${summary.written} 个单元格，标记 ${summary.marked} 个单元格`];
  if (summary.marked > 0) parts.push(NOTE_WAY[summary.noteSupport]);
  const unannotated = total(changes, (c) => c.unannotated);
  if (unannotated > 0) parts.push(`其中 ${unannotated} 个单元格已有您的备注或批注，未添加说明`);
  return `${parts.join('，')}。${kept(changes)}`;
}

export function clearMessage(changes: readonly SheetChange[]): string {
  if (changes.every((c) => c.steps.length === 0)) return kept(changes) || '没有自评助手的标记。';
  const marks = total(changes, (c) => c.marks);
  return `已清除标记：恢复 ${marks} 个单元格的原填充色，删除了自评助手添加的说明；您自己的备注、批注和填充色未改动。${kept(changes)}`;
}

function describeSheet(analysis: SheetAnalysis): string {
  if (analysis.status === 'unrecognised')
    return `「${analysis.sheet}」未识别出自评表：${analysis.reason}`;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of analysis.findings) counts[finding.severity]++;
  const score = analysis.total?.score ?? analysis.total?.stated ?? null;
  const cap = analysis.total?.cap ?? null;
  const total =
    score === null
      ? ''
      : `，总分 ${formatScore(score)}${cap === null ? '' : `/${formatScore(cap)}`}`;
  const grade = analysis.grade ? `，等级「${analysis.grade.value}」` : '';
  return `「${analysis.sheet}」识别 ${analysis.indicators} 项指标${total}${grade}，错误 ${counts.error}、警告 ${counts.warning}、提示 ${counts.info}`;
}

function kept(changes: readonly SheetChange[]): string {
  const n = total(changes, (c) => c.keptUserChanges);
  return n > 0 ? `有 ${n} 个单元格在自评助手写入或标记后被您改过，保留了您的修改。` : '';
}

function total(changes: readonly SheetChange[], pick: (c: SheetChange) => number): number {
  return changes.reduce((sum, c) => sum + pick(c), 0);
}
