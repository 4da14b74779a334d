/**
 * Issue 7's acceptance test for `--write`: on a workbook as Excel saves it (chart, pivot,
 * SHA-512 and legacy sheet protection, workbook lock, names, threaded and legacy notes, links,
 * custom properties, x14 extensions, a table) and on the same workbook saved by LibreOffice,
 * the copy differs from the original only where the issue allows, part by part; LibreOffice
 * opens it; and checking the copy finds its total, grade and rates consistent.
 *
 * The 自评表 is seed 000 with its stated total typed as 97 (the items add up to 99.5) and two
 * 预算执行率 cells left empty, so the plan writes three cells and marks them.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonFileReport } from '../../src/cli/jsonReport.js';
import { writeZip } from '../../src/file/zip/zipWriter.js';
import { NOTE_HEADING } from '../../src/file/applyPlan.js';
import { runZiping } from '../support/cliHarness.js';
import {
  excelStyleParts,
  FIXTURE,
  writeExcelStyleWorkbook,
} from '../support/excelStyleWorkbook.js';
import { exampleGrid, withCells } from '../support/grids.js';
import {
  allowedParts,
  changedCells,
  expectOnlyAdditions,
  expectOnlyCalcPrChanged,
  expectOnlyCellsChanged,
  expectStylesOnlyAppended,
  expectUntouchedOutside,
  noteShapesOf,
  notesOf,
  partsOf,
  type PackageParts,
} from '../support/packageDiff.js';
import { useTempDir } from '../support/tempDir.js';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const skipLibreOffice = !hasSoffice && !process.env.CI;
const tmp = useTempDir('ziping-surgical-');

const SHEET = FIXTURE.sheet;
const SHEET_PART = 'xl/worksheets/sheet1.xml';
/** The cells the plan writes: the total typed as 97, and the two empty 预算执行率 cells. */
const WRITTEN = { H5: 99.5, I9: 1, G15: 1 } as const;

function soffice(profile: string, ...args: string[]) {
  const run = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${tmp(profile)}`, '--headless', ...args],
    { encoding: 'utf8', timeout: 170_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  return run;
}

/** A LibreOffice profile that recalculates .xlsx formulas on load, as Excel does for fullCalcOnLoad. */
function recalculatingProfile(): string {
  const dir = tmp('lo-recalc/user');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>',
  );
  return 'lo-recalc';
}

async function jsonOf(file: string): Promise<JsonFileReport> {
  const run = await runZiping('check', file, '--sheet', SHEET, '--format', 'json');
  return JSON.parse(run.stdout) as JsonFileReport;
}

const original = tmp('自评表-excel.xlsx');
const copy = tmp('自评表-excel-已检查.xlsx');

beforeAll(async () => {
  const grid = withCells(exampleGrid('shangjie-2021.xlsx'), { H5: 97, G15: null, I9: null });
  writeExcelStyleWorkbook(original, grid);
  const run = await runZiping('check', original, '--write', copy);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(1); // the stated total disagrees with the items
});

describe('--write on a workbook as Excel 365 saves it', () => {
  let before: PackageParts;
  let after: PackageParts;
  beforeAll(async () => {
    [before, after] = await Promise.all([partsOf(original), partsOf(copy)]);
  });

  it('leaves every other part byte-identical, copied as stored', async () => {
    const changed = expectUntouchedOutside(before, after, await allowedParts(after, [SHEET]));
    expect(changed.sort()).toEqual(
      [
        SHEET_PART,
        'xl/comments1.xml',
        'xl/drawings/vmlDrawing1.vml',
        'xl/styles.xml',
        'xl/workbook.xml',
      ].sort(),
    );
    // Among them, unchanged: the chart, pivot, table, threaded comment, other sheets, properties.
    for (const part of [
      'xl/charts/chart1.xml',
      'xl/pivotCache/pivotCacheDefinition1.xml',
      'xl/pivotTables/pivotTable1.xml',
      'xl/tables/table1.xml',
      'xl/threadedComments/threadedComment1.xml',
      'xl/worksheets/sheet2.xml',
      'docProps/custom.xml',
      'xl/drawings/drawing1.xml',
    ])
      expect(after.bytes.get(part)?.equals(before.bytes.get(part) as Buffer), part).toBe(true);
  });

  it('changes in the sheet only the planned and marked cells', () => {
    const cells = changedCells(before, after, SHEET_PART);
    expect([...cells].sort()).toEqual(['D15', 'F52', 'G15', 'H39', 'H5', 'I9'].sort());
    expectOnlyCellsChanged(before, after, SHEET_PART, cells);
    const xml = after.bytes.get(SHEET_PART)?.toString('utf8') ?? '';
    for (const [ref, value] of Object.entries(WRITTEN))
      expect(xml).toMatch(new RegExp(`<c r="${ref}" s="\\d+"><v>${value}</v></c>`));
    // A mark keeps the cell's value; only its style index moves to a format with the fill.
    expect(xml).toMatch(/<c r="H39" s="\d+"><v>0.5<\/v><\/c>/);
    // Protection, links, printing and extensions are as they were.
    for (const kept of [
      'algorithmName="SHA-512"',
      'location="\'汇总\'!A1"',
      'fitToPage="1"',
      'fitToHeight="6"',
      'x14:sparklineGroups',
      'x14:dataBar',
    ])
      expect(xml).toContain(kept);
  });

  it('only appends fills and cell formats to the styles, keeping named styles', () => {
    expectStylesOnlyAppended(before, after, 'xl/styles.xml');
    expect(after.bytes.get('xl/styles.xml')?.toString()).toContain('<cellStyle name="自评标题"');
  });

  it('asks for a full recalculation on open and changes nothing else in the workbook part', () => {
    expectOnlyCalcPrChanged(before, after, 'xl/workbook.xml');
    const workbook = after.bytes.get('xl/workbook.xml')?.toString() ?? '';
    expect(workbook).toContain('workbookHashValue=');
    expect(workbook).toContain('<definedName name="满分">100</definedName>');
    expect(workbook).toContain('<definedName name="自评总分" localSheetId="0">');
    expect(workbook).toContain('<definedName name="内部核对" hidden="1">');
  });

  it('keeps each note’s text, author and box, and adds the explanation beside it', () => {
    const notesBefore = notesOf(before, 'xl/comments1.xml');
    const notesAfter = new Map(notesOf(after, 'xl/comments1.xml').map((n) => [n.ref, n]));
    for (const note of notesBefore) {
      const now = notesAfter.get(note.ref);
      expect(now?.author, note.ref).toBe(note.author);
      expect(now?.text.startsWith(note.text), note.ref).toBe(true);
    }
    expect(notesAfter.get(FIXTURE.visibleNote.cell)?.text).toBe(FIXTURE.visibleNote.text);
    expect(notesAfter.get(FIXTURE.emptyCellNote.cell)?.text).toBe(FIXTURE.emptyCellNote.text);
    const flagged = notesAfter.get(FIXTURE.flaggedNote.cell);
    expect(flagged?.text).toMatch(
      new RegExp(`^${FIXTURE.flaggedNote.text}\\n\\n${NOTE_HEADING}\\n「离退休人员经费变动率」`),
    );
    // The threaded comment's cell keeps its thread alone.
    expect(notesAfter.get(FIXTURE.threaded.cell)?.text).not.toContain(NOTE_HEADING);
    // Every user's box (the always-visible one too) is stored exactly as before.
    const boxesBefore = noteShapesOf(before, 'xl/drawings/vmlDrawing1.vml');
    const boxesAfter = noteShapesOf(after, 'xl/drawings/vmlDrawing1.vml');
    for (const [at, shape] of boxesBefore) expect(boxesAfter.get(at), at).toBe(shape);
    expect(boxesBefore.get('1:0')).toContain('<x:Visible/>');
  });

  it('marks every written cell with a note saying what it held before', () => {
    const notes = new Map(notesOf(after, 'xl/comments1.xml').map((n) => [n.ref, n]));
    expect(notes.get('H5')).toMatchObject({ author: '自评助手' });
    expect(notes.get('H5')?.text).toContain('原为 97');
    expect(notes.get('I9')?.text).toContain('原为 空');
    expect(notes.get('G15')?.text).toContain('原为 空');
    const boxes = noteShapesOf(after, 'xl/drawings/vmlDrawing1.vml');
    for (const at of ['4:7', '8:8', '14:6'])
      expect(boxes.get(at), at).toContain('visibility:hidden');
  });

  it('reads back consistent: total, grade and rates agree, nothing left to write', async () => {
    const report = await jsonOf(copy);
    const [sheet] = report.sheets;
    expect(sheet?.total).toMatchObject({ score: 99.5, stated: 99.5 });
    expect(sheet?.grade).toMatchObject({ value: '优', stated: '优' });
    const rules = sheet?.findings.map((f) => f.rule) ?? [];
    for (const rule of ['total-mismatch', 'grade-mismatch', 'rate-mismatch'])
      expect(rules).not.toContain(rule);
    // A second run has nothing left to write and keeps one explanation per note.
    const again = tmp('自评表-excel-再检查.xlsx');
    expect((await runZiping('check', copy, '--write', again)).code).toBe(0);
    const notes = notesOf(await partsOf(again), 'xl/comments1.xml');
    for (const note of notes)
      expect(note.text.split(NOTE_HEADING).length, note.ref).toBeLessThanOrEqual(2);
    expect(
      notes
        .find((n) => n.ref === FIXTURE.flaggedNote.cell)
        ?.text.startsWith(FIXTURE.flaggedNote.text),
    ).toBe(true);
  });
});

describe.skipIf(skipLibreOffice)('the copy in LibreOffice', () => {
  it('opens (converts to PDF) and, recalculating on load, shows the new total on 汇总', () => {
    soffice('lo-pdf', '--convert-to', 'pdf', '--outdir', tmp('pdf'), copy);
    expect(existsSync(tmp('pdf/自评表-excel-已检查.pdf'))).toBe(true);
    soffice(
      recalculatingProfile(),
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      tmp('csv'),
      copy,
    );
    const summary = readFileSync(tmp('csv/自评表-excel-已检查-汇总.csv'), 'utf8');
    expect(summary).toContain('自评得分,99.5');
  }, 180_000);
});

describe.skipIf(skipLibreOffice)('--write on the workbook saved by LibreOffice', () => {
  const saved = tmp('lo/自评表-excel.xlsx');
  const savedCopy = tmp('自评表-lo-已检查.xlsx');

  beforeAll(async () => {
    // An .xlsx input converted to .xlsx: LibreOffice re-saves it in its own way.
    copyFileSync(original, tmp('lo-input.xlsx'));
    soffice(
      'lo-save',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      tmp('lo'),
      original,
    );
    expect(existsSync(saved)).toBe(true);
  }, 180_000);

  it('is read with its table, checked, and copied changing only what issue 7 allows', async () => {
    const run = await runZiping('check', saved, '--write', savedCopy);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const [before, after] = await Promise.all([partsOf(saved), partsOf(savedCopy)]);
    const allowed = await allowedParts(after, [SHEET]);
    expectUntouchedOutside(before, after, allowed);
    expectStylesOnlyAppended(before, after, 'xl/styles.xml');
    expectOnlyCalcPrChanged(before, after, 'xl/workbook.xml');
    expectOnlyAdditions(before, after, '[Content_Types].xml', /<(?:Default|Override)\b[^>]*\/>/g);
    const sheetPart = [...allowed].find((p) => /worksheets\/sheet\d+\.xml$/.test(p)) as string;
    expectOnlyCellsChanged(before, after, sheetPart, changedCells(before, after, sheetPart));
    const report = await jsonOf(savedCopy);
    expect(report.sheets[0]?.total).toMatchObject({ score: 99.5, stated: 99.5 });
    expect(report.sheets[0]?.findings.map((f) => f.rule)).not.toContain('rate-mismatch');
    soffice('lo-pdf2', '--convert-to', 'pdf', '--outdir', tmp('pdf2'), savedCopy);
    expect(existsSync(tmp('pdf2/自评表-lo-已检查.pdf'))).toBe(true);
  }, 180_000);
});

describe('--write on a macro-enabled workbook', () => {
  it('writes an .xlsm copy that keeps the macros byte for byte', async () => {
    const grid = withCells(exampleGrid('shangjie-2021.xlsx'), { H5: 97 });
    const parts = excelStyleParts(grid);
    const vba = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    parts.set('xl/vbaProject.bin', vba);
    parts.set(
      '[Content_Types].xml',
      String(parts.get('[Content_Types].xml'))
        .replace('sheet.main+xml', 'sheet.macroEnabled.main+xml')
        .replace(
          '<Default Extension="png"',
          '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="png"',
        ),
    );
    parts.set(
      'xl/_rels/workbook.xml.rels',
      String(parts.get('xl/_rels/workbook.xml.rels')).replace(
        '</Relationships>',
        '<Relationship Id="rId10" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
      ),
    );
    const source = tmp('宏/自评表.xlsm');
    mkdirSync(path.dirname(source), { recursive: true });
    writeFileSync(
      source,
      writeZip(
        [...parts].map(([name, content]) => ({
          kind: 'new' as const,
          name,
          content: Buffer.from(content),
        })),
      ),
    );
    const out = tmp('宏-已检查');
    mkdirSync(out);
    expect((await runZiping('check', source, '--write', out)).code).toBe(1);
    const copy = await partsOf(path.join(out, '自评表.xlsm'));
    expect(copy.bytes.get('xl/vbaProject.bin')?.equals(vba)).toBe(true);
    expect(copy.bytes.get('[Content_Types].xml')?.toString()).toContain(
      'sheet.macroEnabled.main+xml',
    );
  });
});
