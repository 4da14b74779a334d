/**
 * Every table of the corpus (corpus/<id>/): the workbook read as a user's file, analysed,
 * and compared with the figures worked out by hand. Prints one line per table, then asserts
 * each entry. A disagreement is investigated before anything changes: the hand derivation
 * is re-checked first, the engine second (corpus/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { CorpusExpectation, ExpectedTable } from '../../corpus/expectation.js';
import { analyzeSheet, type RecognisedSheet, type TableResult } from '../../src/engine/index.js';
import { readWorkbook } from '../../src/file/index.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
const ids = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

interface Line {
  id: string;
  province: string;
  tables: string;
  total: string;
  grade: string;
  errors: string;
  ok: string;
}
const lines: Line[] = [];
const disagreements: string[] = [];

afterAll(() => {
  console.log(
    `\n语料库 ${ids.length} 张表（${new Set(lines.map((l) => l.province)).size} 个省份）`,
  );
  console.table(lines);
  if (disagreements.length) console.log(disagreements.join('\n'));
});

describe.each(ids)('%s', (id) => {
  const dir = path.join(corpus, id);
  const expected = JSON.parse(
    readFileSync(path.join(dir, 'expected.json'), 'utf8'),
  ) as CorpusExpectation;

  it('gives the figures worked out by hand', async () => {
    const { grids } = await readWorkbook(path.join(dir, 'table.xlsx'));
    const problems: string[] = [];
    const summary = { tables: [] as string[], totals: [] as string[], grades: [] as string[] };
    let errorCount = 0;
    for (const sheet of expected.sheets) {
      const grid = grids.find((g) => g.sheet === sheet.sheet);
      if (!grid) {
        problems.push(`sheet ${sheet.sheet} missing`);
        continue;
      }
      const result = analyzeSheet(grid);
      if (
        expected.profile &&
        result.status === 'recognised' &&
        result.profile.id !== expected.profile
      )
        problems.push(`${sheet.sheet}: profile ${result.profile.id}, expected ${expected.profile}`);
      if (sheet.tables.length === 0) {
        if (result.status === 'recognised' && result.tables.some((t) => t.indicators > 0))
          problems.push(`${sheet.sheet}: expected no table, found ${result.tables.length}`);
        continue;
      }
      if (result.status !== 'recognised') {
        problems.push(`${sheet.sheet}: not recognised (${result.reason})`);
        continue;
      }
      const found = result.tables.filter((t) => t.indicators > 0 || t.total?.score != null);
      if (found.length !== sheet.tables.length)
        problems.push(`${sheet.sheet}: ${found.length} tables, expected ${sheet.tables.length}`);
      sheet.tables.forEach((want, i) => {
        const got = found[i];
        summary.tables.push(`${want.indicators}/${got?.indicators ?? '-'}`);
        summary.totals.push(`${show(want.total)}/${show(got?.total?.score)}`);
        summary.grades.push(`${want.grade ?? '-'}/${got?.grade?.value ?? '-'}`);
        if (got) compareTable(want, got, result, `${sheet.sheet}#${i + 1}`, problems);
      });
      errorCount += sheet.tables.reduce((n, t) => n + t.errors.length, 0);
      compareFindings(sheet.tables, result, sheet.sheet, problems);
    }
    lines.push({
      id,
      province: expected.province,
      tables: summary.tables.join(' '),
      total: summary.totals.join(' '),
      grade: summary.grades.join(' '),
      errors: String(errorCount),
      ok: problems.length === 0 ? '✓' : `✗ ${problems.length}`,
    });
    for (const p of problems) disagreements.push(`${id}: ${p}`);
    expect(problems).toEqual([]);
  });
});

function show(n: number | null | undefined): string {
  return n === null || n === undefined ? '-' : String(Math.round(n * 100) / 100);
}

function close(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a == b;
  return Math.abs(a - b) <= 0.005;
}

function compareTable(
  want: ExpectedTable,
  got: TableResult,
  sheet: RecognisedSheet,
  where: string,
  problems: string[],
): void {
  const check = (what: string, ok: boolean, w: unknown, g: unknown) => {
    if (!ok) problems.push(`${where} ${what}: expected ${String(w)}, got ${String(g)}`);
  };
  check('indicators', want.indicators === got.indicators, want.indicators, got.indicators);
  check('name', want.name === got.name, want.name, got.name);
  const uncertain = want.uncertain ?? false;
  check(
    'uncertain',
    uncertain === (got.confidence.level === 'unsure'),
    uncertain,
    got.confidence.level,
  );
  if (uncertain) {
    const inside = sheet.plan.values.filter(
      (v) => v.row >= got.range.top && v.row <= got.range.bottom,
    );
    check('writes while unsure', inside.length === 0, 0, inside.map((v) => v.address).join());
    return;
  }
  check('cap', close(want.cap, got.total?.cap), want.cap, got.total?.cap);
  check('total', close(want.total, got.total?.score), want.total, got.total?.score);
  check(
    'stated total',
    close(want.statedTotal, got.total?.stated),
    want.statedTotal,
    got.total?.stated,
  );
  check('grade', want.grade === (got.grade?.value ?? null), want.grade, got.grade?.value);
  if (want.reviewerTotal !== undefined)
    check(
      'reviewer total',
      close(want.reviewerTotal, got.reviewerTotal),
      want.reviewerTotal,
      got.reviewerTotal,
    );
  check(
    'stated grade',
    want.statedGrade === null ? got.grade?.stated == null : got.grade?.stated != null,
    want.statedGrade,
    got.grade?.stated,
  );
}

function compareFindings(
  tables: readonly ExpectedTable[],
  result: RecognisedSheet,
  sheet: string,
  problems: string[],
): void {
  const key = (f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`;
  const wantErrors = tables.flatMap((t) => t.errors.map(key)).sort();
  const gotErrors = result.findings
    .filter((f) => f.severity === 'error')
    .map(key)
    .sort();
  for (const e of wantErrors) if (!gotErrors.includes(e)) problems.push(`${sheet}: missed ${e}`);
  for (const e of gotErrors) if (!wantErrors.includes(e)) problems.push(`${sheet}: false ${e}`);
  const gotAll = result.findings.map(key);
  for (const w of tables.flatMap((t) => t.warnings.map(key)))
    if (!gotAll.includes(w)) problems.push(`${sheet}: missed warning ${w}`);
}
