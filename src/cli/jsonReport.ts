/**
 * `--format json`: one object per file, printed on one line. Others script against these
 * field names; add fields, never rename or remove them.
 *
 *   {"file": "a.xlsx",
 *    "sheets": [{"sheet", "indicators", "blocks": [{"kind", "range", "label"}],
 *                "total": {"score", "cap", "stated", "cell"} | null,
 *                "grade": {"value", "stated", "cell"} | null,
 *                "findings": [{"rule", "severity", "cell", "message", "expected", "found",
 *                              "suggestion"?}],
 *                "tables": [{"range", "name", "indicators", "total", "grade",
 *                            "confidence": {"level": "sure" | "unsure", "reasons"}}],
 *                "confidence": {"level", "reasons"},
 *                "profile": {"id", "name", "source", "evidence", "sure",
 *                            "chosenBy": "detection" | "user"}}],
 *    "skipped": [{"sheet", "reason"}],
 *    "written": "out.xlsx" | null,
 *    "error": {"code", "message"} | null,
 *    "format": "xlsx" | "xls" | "et" | "xlsb" | "ods" | null}
 *
 * `tables` lists every table of a sheet (a sheet may stack several projects' tables, each
 * with its own total and grade); the sheet's own `total` and `grade` are its first table's.
 * An `unsure` confidence means no computed figure was written to the copy.
 *
 * `profile` names the regional scoring rules the sheet was checked by: its `id` (what
 * `--profile` takes; `ziping profiles` lists them), `name`, `source` (the published document in
 * one line), `evidence` (what on the sheet pointed to it, in Chinese) and whether detection
 * was `sure`; `chosenBy` is "user" when `--profile` chose it.
 *
 * `sheets` holds the recognised sheets only; a sheet the engine did not recognise is listed
 * in `skipped` with the engine's Chinese reason. A sheet without scores to total (budget
 * tables only) has `total` and `grade` null; a form that states a total without scored
 * indicators (seed 001) has `total.score` and `total.cap` null. A file that could not be read has empty
 * `sheets` and `skipped` and an `error`.
 */
import type {
  Confidence,
  Finding,
  ProfileChoice,
  RecognisedSheet,
  SheetGrade,
  SheetTotal,
  TableResult,
} from '../engine/index.js';
import type { WorkbookFormat } from '../file/index.js';
import { rangeToA1 } from '../engine/index.js';
import type { FileResult } from './fileResult.js';

export interface JsonFinding {
  readonly rule: string;
  readonly severity: string;
  readonly cell: string;
  readonly message: string;
  readonly expected: number | string | null;
  readonly found: number | string | null;
  readonly suggestion?: number;
}

export interface JsonTotal {
  readonly score: number | null;
  readonly cap: number | null;
  readonly stated: number | null;
  readonly cell: string | null;
}

export interface JsonGrade {
  readonly value: string;
  readonly stated: string | null;
  readonly cell: string | null;
}

export interface JsonConfidence {
  readonly level: 'sure' | 'unsure';
  readonly reasons: readonly string[];
}

export interface JsonTable {
  readonly range: string;
  readonly name: string | null;
  readonly indicators: number;
  readonly total: JsonTotal | null;
  readonly grade: JsonGrade | null;
  readonly confidence: JsonConfidence;
}

export interface JsonProfileChoice {
  readonly id: string;
  readonly name: string;
  readonly source: string;
  readonly evidence: readonly string[];
  readonly sure: boolean;
  readonly chosenBy: 'detection' | 'user';
}

export interface JsonSheet {
  readonly sheet: string;
  readonly indicators: number;
  readonly blocks: readonly {
    readonly kind: string;
    readonly range: string;
    readonly label: string;
  }[];
  readonly total: JsonTotal | null;
  readonly grade: JsonGrade | null;
  readonly findings: readonly JsonFinding[];
  readonly tables: readonly JsonTable[];
  readonly confidence: JsonConfidence;
  readonly profile: JsonProfileChoice;
}

export interface JsonFileReport {
  readonly file: string;
  readonly sheets: readonly JsonSheet[];
  readonly skipped: readonly { readonly sheet: string; readonly reason: string }[];
  readonly written: string | null;
  readonly error: { readonly code: string; readonly message: string } | null;
  readonly format: WorkbookFormat | null;
}

export function toJsonReport(result: FileResult): JsonFileReport {
  const sheets: JsonSheet[] = [];
  const skipped: { sheet: string; reason: string }[] = [];
  for (const analysis of result.analyses) {
    if (analysis.status === 'recognised') sheets.push(toJsonSheet(analysis));
    else skipped.push({ sheet: analysis.sheet, reason: analysis.reason });
  }
  return {
    file: result.file,
    sheets,
    skipped,
    written: result.written,
    error: result.failure ? { code: result.failure.code, message: result.failure.message } : null,
    format: result.format,
  };
}

/** The report as one line of JSON (JSON Lines), without the newline. */
export function formatJsonReport(result: FileResult): string {
  return JSON.stringify(toJsonReport(result));
}

function toJsonSheet(sheet: RecognisedSheet): JsonSheet {
  return {
    sheet: sheet.sheet,
    indicators: sheet.indicators,
    blocks: sheet.blocks.map((b) => ({ kind: b.kind, range: rangeToA1(b.range), label: b.label })),
    total: toJsonTotal(sheet.total),
    grade: toJsonGrade(sheet.grade),
    findings: sheet.findings.map(toJsonFinding),
    tables: sheet.tables.map(toJsonTable),
    confidence: toJsonConfidence(sheet.confidence),
    profile: toJsonProfileChoice(sheet.profile),
  };
}

/** Field by field, so the JSON keeps its documented shape whatever the engine adds. */
function toJsonProfileChoice(choice: ProfileChoice): JsonProfileChoice {
  const { id, name, source, evidence, sure, chosenBy } = choice;
  return { id, name, source, evidence: [...evidence], sure, chosenBy };
}

function toJsonTable(table: TableResult): JsonTable {
  return {
    range: rangeToA1(table.range),
    name: table.name,
    indicators: table.indicators,
    total: toJsonTotal(table.total),
    grade: toJsonGrade(table.grade),
    confidence: toJsonConfidence(table.confidence),
  };
}

function toJsonTotal(total: SheetTotal | null): JsonTotal | null {
  return (
    total && {
      score: cleanValue(total.score),
      cap: cleanValue(total.cap),
      stated: total.stated,
      cell: total.cell,
    }
  );
}

function toJsonGrade(grade: SheetGrade | null): JsonGrade | null {
  return grade && { value: grade.value, stated: grade.stated, cell: grade.cell };
}

function toJsonConfidence(confidence: Confidence): JsonConfidence {
  return { level: confidence.level, reasons: [...confidence.reasons] };
}

function toJsonFinding(finding: Finding): JsonFinding {
  return {
    rule: finding.rule,
    severity: finding.severity,
    cell: finding.cell,
    message: finding.message,
    expected: cleanValue(finding.expected),
    found: cleanValue(finding.found),
    ...(finding.suggestion === undefined ? {} : { suggestion: clean(finding.suggestion) }),
  };
}

/**
 * Drops binary floating-point noise (99.50000000000001) from computed figures so scripts can
 * compare with what the sheet shows; nine decimals is far below any table's precision.
 */
function clean(n: number): number {
  return Number.isFinite(n) ? Math.round(n * 1e9) / 1e9 : n;
}

function cleanValue<T extends number | string | null>(v: T): T {
  return (typeof v === 'number' ? clean(v) : v) as T;
}
