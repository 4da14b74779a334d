/**
 * `--summary`: one row per recognised table across the batch, for a reviewer who checks a
 * hundred departments' workbooks and wants them side by side; a row per file that could not
 * be read or had no 自评表, so none goes missing from the list.
 */
import type { Finding, ProfileChoice, RecognisedSheet, TableResult } from '../engine/index.js';
import { fromA1 } from '../engine/index.js';
import { hasRecognisedSheet, type FileResult } from './fileResult.js';

export type SummaryValue = string | number | null;

export const SUMMARY_HEADER = [
  '文件',
  '工作表',
  '表名',
  '计算总分',
  '表中总分',
  '计算等级',
  '表中等级',
  '错误数',
  '警告数',
  '第一个错误',
  '说明',
  // Last, so a script that reads the columns by position before it was added still works.
  '规则',
] as const;

/** Column widths in characters, for the .xlsx summary. */
export const SUMMARY_WIDTHS = [28, 16, 28, 10, 10, 9, 9, 8, 8, 60, 40, 40] as const;

export function summaryRows(results: readonly FileResult[]): SummaryValue[][] {
  return results.flatMap((result): SummaryValue[][] => {
    if (result.failure && result.analyses.length === 0)
      return [
        [
          result.file,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          `无法读取：${result.failure.message}`,
          null,
        ],
      ];
    if (!hasRecognisedSheet(result))
      return [
        [result.file, null, null, null, null, null, null, null, null, null, '未识别到自评表', null],
      ];
    return result.analyses.flatMap((sheet) =>
      sheet.status === 'recognised'
        ? tablesOf(sheet).map(({ table, findings }) => tableRow(result, sheet, table, findings))
        : [],
    );
  });
}

/** Each table with the findings on its cells (all of them when the sheet has one table). */
function tablesOf(
  sheet: RecognisedSheet,
): { table: TableResult | null; findings: readonly Finding[] }[] {
  if (sheet.tables.length <= 1)
    return [{ table: sheet.tables[0] ?? null, findings: sheet.findings }];
  return sheet.tables.map((table, i) => ({
    table,
    findings: sheet.findings.filter((f) => {
      const at = safeA1(f.cell);
      const r = table.range;
      const inside =
        at !== null &&
        at.row >= r.top &&
        at.row <= r.bottom &&
        at.col >= r.left &&
        at.col <= r.right;
      // Findings outside every table (a header's total) belong to the first.
      return (
        inside ||
        (i === 0 &&
          !sheet.tables.some(
            (t) => at !== null && at.row >= t.range.top && at.row <= t.range.bottom,
          ))
      );
    }),
  }));
}

function tableRow(
  result: FileResult,
  sheet: RecognisedSheet,
  table: TableResult | null,
  findings: readonly Finding[],
): SummaryValue[] {
  const total = table ? table.total : sheet.total;
  const grade = table ? table.grade : sheet.grade;
  const errors = findings.filter((f) => f.severity === 'error');
  const notes: string[] = [];
  const confidence = table?.confidence ?? sheet.confidence;
  if (confidence.level === 'unsure')
    notes.push(`识别不确定，未写入计算值：${confidence.reasons.join('；')}`);
  if (result.failure) notes.push(result.failure.message);
  return [
    result.file,
    sheet.sheet,
    table?.name ?? null,
    rounded(total?.score ?? null),
    total?.stated ?? null,
    grade?.value ?? null,
    grade?.stated ?? null,
    errors.length,
    findings.filter((f) => f.severity === 'warning').length,
    errors[0] ? `${errors[0].cell} ${errors[0].message}` : null,
    notes.length > 0 ? notes.join('；') : null,
    profileCell(sheet.profile),
  ];
}

/** The profile's name; an unsure detection says so, for the reviewer to rerun with --profile. */
function profileCell(profile: ProfileChoice): string {
  return profile.sure ? profile.name : `${profile.name}（识别不确定）`;
}

function rounded(n: number | null): number | null {
  return n === null ? null : Math.round(n * 1e4) / 1e4;
}

function safeA1(address: string): { row: number; col: number } | null {
  try {
    return fromA1(address);
  } catch {
    return null;
  }
}

/** CSV as Excel and WPS open it by double-click: UTF-8 with a byte-order mark, CRLF, quoted where needed. */
export function formatCsv(rows: readonly (readonly SummaryValue[])[]): string {
  const field = (v: SummaryValue) => {
    const text = v === null ? '' : String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
