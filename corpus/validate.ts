/**
 * Structural checks of one corpus entry: the files it needs and an expected.json whose fields,
 * families, rule ids and cell addresses are well formed and whose sheets are the workbook's.
 * It never runs the engine: expectations are worked out by hand.
 */
import { ERROR_RULES, FAMILIES, KINDS, WARNING_RULES } from './expectation.js';
import type { WorkbookSpec } from '../examples/sheets/spec.js';

const A1 = /^[A-Z]{1,3}[1-9]\d*$/;
const GRADES = new Set(['优', '良', '中', '差', null]);

/** Every problem found, in Chinese-free plain English for the developer; empty when valid. */
export function validateEntry(
  id: string,
  expected: unknown,
  workbook: WorkbookSpec,
  source: string,
): string[] {
  const problems: string[] = [];
  const fail = (what: string) => problems.push(`${id}: ${what}`);
  if (!/https?:\/\/\S+/.test(source)) fail('source.md names no web address');
  if (!/^## Text as found/m.test(source)) fail('source.md has no "## Text as found" section');
  if (typeof expected !== 'object' || expected === null) {
    fail('expected.json is not an object');
    return problems;
  }
  const e = expected as Record<string, unknown>;
  if (e.id !== id) fail(`expected.json id "${String(e.id)}" is not the folder name`);
  for (const key of ['title', 'province', 'publisher', 'derivation'])
    if (typeof e[key] !== 'string' || !(e[key] as string).trim()) fail(`${key} missing`);
  if (typeof e.year !== 'number') fail('year missing');
  if ('truncated' in e && typeof e.truncated !== 'boolean') fail('truncated is not a boolean');
  if (e.truncated === true && !/^## Where the text stops/m.test(source))
    fail('a truncated entry needs a "## Where the text stops" section in source.md');
  if (!KINDS.includes(e.kind as never)) fail(`kind "${String(e.kind)}" unknown`);
  const families = Array.isArray(e.families) ? e.families : [];
  if (families.length === 0) fail('no families');
  for (const f of families) if (!FAMILIES.includes(f as never)) fail(`family "${f}" unknown`);
  const sheets = Array.isArray(e.sheets) ? (e.sheets as Record<string, unknown>[]) : [];
  const names = workbook.sheets.map((s) => s.name);
  if (JSON.stringify(sheets.map((s) => s.sheet)) !== JSON.stringify(names))
    fail(
      `sheets ${JSON.stringify(sheets.map((s) => s.sheet))} are not the workbook's ${JSON.stringify(names)}`,
    );
  for (const sheet of sheets) {
    const tables = Array.isArray(sheet.tables) ? (sheet.tables as Record<string, unknown>[]) : [];
    tables.forEach((t, i) => validateTable(t, `${String(sheet.sheet)} table ${i + 1}`, fail));
  }
  return problems;
}

function validateTable(t: Record<string, unknown>, where: string, fail: (w: string) => void): void {
  const numOrNull = (k: string) => t[k] === null || typeof t[k] === 'number';
  if (!(t.name === null || typeof t.name === 'string')) fail(`${where}: name`);
  if (typeof t.indicators !== 'number') fail(`${where}: indicators`);
  for (const k of ['cap', 'total', 'statedTotal']) if (!numOrNull(k)) fail(`${where}: ${k}`);
  if (!GRADES.has(t.grade as never)) fail(`${where}: grade "${String(t.grade)}"`);
  if (!(t.statedGrade === null || typeof t.statedGrade === 'string')) fail(`${where}: statedGrade`);
  if ('reviewerTotal' in t && !numOrNull('reviewerTotal')) fail(`${where}: reviewerTotal`);
  const check = (list: unknown, rules: readonly string[], what: string) => {
    if (!Array.isArray(list)) return fail(`${where}: ${what} is not a list`);
    for (const f of list as Record<string, unknown>[]) {
      if (!rules.includes(f.rule as string)) fail(`${where}: ${what} rule "${String(f.rule)}"`);
      if (!A1.test(String(f.cell))) fail(`${where}: ${what} cell "${String(f.cell)}"`);
      if (typeof f.why !== 'string' || !f.why) fail(`${where}: ${what} without why`);
    }
  };
  check(t.errors, ERROR_RULES, 'errors');
  check(t.warnings, WARNING_RULES, 'warnings');
}
