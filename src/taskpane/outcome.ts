/**
 * The one line a run leaves at the top of the pane: coloured by the worst finding (red errors,
 * amber warnings, green clean), counting them, and saying when a table was not read with
 * confidence or not found — never a green tick over errors.
 */
import type { SheetAnalysis } from '../engine/index.js';
import type { Notice } from './components/StatusMessage.js';
import { countBySeverity } from './findings.js';
import { worstSeverity } from './severity.js';

export function runNotice(analyses: readonly SheetAnalysis[]): Notice {
  const findings = analyses.flatMap((a) => (a.status === 'recognised' ? a.findings : []));
  const counts = countBySeverity(findings);
  const unsure = analyses.some((a) => a.status === 'recognised' && a.confidence.level === 'unsure');
  const unrecognised = analyses.filter((a) => a.status === 'unrecognised').length;
  const parts: string[] = [];
  if (counts.error > 0) parts.push(`${counts.error} 个错误`);
  if (counts.warning > 0) parts.push(`${counts.warning} 个警告`);
  const worst = worstSeverity(findings);
  if (unrecognised === analyses.length) {
    return { intent: 'warning', oneLine: true, text: '没有识别出自评表，未做任何改动' };
  }
  const found = parts.length > 0 ? `发现 ${parts.join('、')}` : '';
  if (unsure) {
    return {
      intent: worst === 'error' ? 'error' : 'warning',
      oneLine: true,
      text: `识别结果不确定，未写入总分和等级${found ? `；${found}` : ''}`,
    };
  }
  if (worst === 'error' || worst === 'warning') {
    return { intent: worst, oneLine: true, text: found };
  }
  return { intent: 'success', oneLine: true, text: '检查完成，未发现错误或警告' };
}
