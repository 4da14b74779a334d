/**
 * `--format text`: the report a finance officer reads in a terminal. Per file: each
 * recognised sheet with what was found in it, the computed total against the stated one,
 * the grade, then the findings grouped by severity (errors first) in sheet order.
 */
import { formatScore, fromA1 } from '../engine/index.js';
import type {
  Finding,
  ProfileChoice,
  RecognisedSheet,
  Severity,
  SheetAnalysis,
  SheetGrade,
  SheetTotal,
  TableResult,
} from '../engine/index.js';
import { FORMAT_NAME } from '../file/fileFormat.js';
import { rangeToA1 } from '../engine/index.js';
import { SEVERITIES } from '../engine/index.js';
import { exitCodeOf, EXIT_NO_TABLE, type FileResult } from './fileResult.js';

const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

/**
 * The report of one file; empty when the file could not be read, since the reason already
 * went to stderr (the summary still counts it).
 */
export function formatTextReport(result: FileResult): string {
  if (result.failure && result.analyses.length === 0) return '';
  const format =
    result.format && result.format !== 'xlsx' ? `（${FORMAT_NAME[result.format]}）` : '';
  const lines = [`文件「${result.file}」${format}`];
  const recognised = result.analyses.filter((a): a is RecognisedSheet => a.status === 'recognised');
  if (recognised.length === 0) lines.push('  未在此文件中识别到自评表。');
  for (const sheet of recognised) lines.push(...sheetLines(sheet));
  for (const sheet of result.analyses)
    if (sheet.status === 'unrecognised') lines.push(unrecognisedLine(sheet));
  if (result.written) lines.push(`  已写出带标记的副本「${result.written}」。`);
  if (result.failure) lines.push('  未写出副本（原因见错误输出）。');
  return lines.join('\n') + '\n';
}

/** The closing line when several files were checked. */
export function formatTextSummary(results: readonly FileResult[]): string {
  const failed = results.filter((r) => r.failure).length;
  const unrecognised = results.filter((r) => exitCodeOf(r) === EXIT_NO_TABLE).length;
  const withErrors = results.filter(
    (r) => !r.failure && countBySeverity(r.analyses).error > 0,
  ).length;
  const clean = results.length - failed - withErrors - unrecognised;
  return `共检查 ${results.length} 个文件：${clean} 个无错误，${withErrors} 个有错误，${unrecognised} 个未识别到自评表，${failed} 个无法读取或写出。\n`;
}

function sheetLines(sheet: RecognisedSheet): string[] {
  const lines = [
    `工作表「${sheet.sheet}」：已识别 ${sheet.blocks.map((b) => b.label).join('；') || `指标 ${sheet.indicators} 项`}`,
    profileLine(sheet.profile),
  ];
  if (sheet.tables.length > 1) {
    lines.push(`  此表上下排列着 ${sheet.tables.length} 张自评表，各自计分：`);
    sheet.tables.forEach((table, i) => lines.push(...tableLines(table, i)));
  } else {
    lines.push(...totalLines(sheet.total, '  '), ...gradeLines(sheet.grade, '  '));
  }
  if (sheet.confidence.level === 'unsure') {
    lines.push(
      `  识别不确定，因此没有写入总分、等级、比率等计算值，只标出了问题：${sheet.confidence.reasons.join('；')}`,
    );
  }
  const counts = countBySeverity([sheet]);
  if (sheet.findings.length === 0) {
    lines.push('  未发现问题。');
    return lines;
  }
  lines.push(
    `  检查结果：${SEVERITIES.map((s) => `${counts[s]} 个${SEVERITY_LABEL[s]}`).join('，')}`,
  );
  for (const severity of SEVERITIES) {
    const group = sortByCell(sheet.findings.filter((f) => f.severity === severity));
    if (group.length === 0) continue;
    lines.push(`  ${SEVERITY_LABEL[severity]}（${group.length}）`);
    const width = Math.max(...group.map((f) => f.cell.length));
    for (const f of group) lines.push(`    ${f.cell.padEnd(width)}  ${f.message}  [${f.rule}]`);
  }
  return lines;
}

/** Which regional rules scored the sheet, and why those: the user's choice or what was seen. */
function profileLine(profile: ProfileChoice): string {
  if (profile.chosenBy === 'user') return `  规则：${profile.name}（用 --profile 指定）`;
  // The line names the profile already; the engine's closing "选用「…」" would say it twice.
  const evidence = profile.evidence.filter((e) => e !== `选用「${profile.name}」`);
  const line = `  规则：${profile.name}（依据：${evidence.join('；')}）`;
  return profile.sure
    ? line
    : `${line}——识别不确定，请核对；如不对，用 --profile 指定（ziping profiles 列出可选规则）`;
}

function tableLines(table: TableResult, index: number): string[] {
  const name = table.name ? `「${table.name}」` : '';
  const unsure = table.confidence.level === 'unsure' ? '（识别不确定，未写入计算值）' : '';
  return [
    `  表 ${index + 1}${name}（${rangeToA1(table.range)}，${table.indicators} 项指标）${unsure}`,
    ...totalLines(table.total, '    '),
    ...gradeLines(table.grade, '    '),
  ];
}

function totalLines(total: SheetTotal | null, indent: string): string[] {
  if (!total) return [`${indent}总分：此表没有需要汇总的得分。`];
  const { score, cap, stated, cell } = total;
  const statedText =
    stated === null ? '表中未填写总分' : `表中填写 ${formatScore(stated)}${at(cell)}`;
  if (score === null) return [`${indent}总分：${statedText}（表中没有可逐项计算的得分）`];
  const capText = cap === null ? '' : ` / ${formatScore(cap)}`;
  return [`${indent}总分 ${formatScore(score)}${capText}（计算值）；${statedText}`];
}

function gradeLines(grade: SheetGrade | null, indent: string): string[] {
  if (!grade) return [];
  const { value, stated, cell } = grade;
  return [
    `${indent}等级 ${value}（${stated === null ? '表中未填写等级' : `表中填写 ${stated}${at(cell)}`}）`,
  ];
}

function unrecognisedLine(sheet: SheetAnalysis & { status: 'unrecognised' }): string {
  return `工作表「${sheet.sheet}」：未识别（${sheet.reason}）`;
}

function at(cell: string | null): string {
  return cell ? `，位于 ${cell}` : '';
}

function countBySeverity(analyses: readonly SheetAnalysis[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const a of analyses)
    if (a.status === 'recognised') for (const f of a.findings) counts[f.severity]++;
  return counts;
}

/** Row by row, then column by column, as the user scans the sheet. */
function sortByCell(findings: readonly Finding[]): Finding[] {
  const key = (f: Finding) => {
    try {
      const { row, col } = fromA1(f.cell);
      return row * 16_384 + col;
    } catch {
      return Number.MAX_SAFE_INTEGER; // an unparsable address goes last rather than failing the report
    }
  };
  return [...findings].sort((a, b) => key(a) - key(b));
}
