/**
 * Workbooks written by other programs give the same figures as the .xlsx original (seed 000,
 * examples/shangjie-2021.xlsx): a file openpyxl writes, with a chart, an image and a note,
 * formulas it never calculates and a date in a value cell; the .xls and .ods LibreOffice
 * saves, an .et (WPS's name for the same binary format) and an .xlsb.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonFileReport, JsonSheet } from '../../src/cli/jsonReport.js';
import { cellAt, fromA1 } from '../../src/engine/grid.js';
import { readWorkbook } from '../../src/file/readWorkbook.js';
import { runZiping } from '../support/cliHarness.js';
import { exampleGrid } from '../support/grids.js';
import { useTempDir } from '../support/tempDir.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const ORIGINAL = path.join(root, 'examples', 'shangjie-2021.xlsx');
const SHEET = '部门整体绩效自评表';
const tmp = useTempDir('ziping-writers-');

const hasSoffice = spawnSync('soffice', ['--version']).status === 0;
/** openpyxl may be Debian's (python3-openpyxl) while `python3` on PATH is another install. */
const python = ['python3', '/usr/bin/python3'].find(
  (candidate) => spawnSync(candidate, ['-c', 'import openpyxl, PIL']).status === 0,
);

/** What must not change with the writer: the figures and where the findings are. */
function figures(sheet: JsonSheet | undefined) {
  return {
    indicators: sheet?.indicators,
    total: sheet?.total && {
      score: sheet.total.score,
      cap: sheet.total.cap,
      stated: sheet.total.stated,
    },
    grade: sheet?.grade && { value: sheet.grade.value, stated: sheet.grade.stated },
    findings: (sheet?.findings ?? []).map((f) => `${f.rule}@${f.cell}`).sort(),
  };
}

async function figuresOf(file: string): Promise<ReturnType<typeof figures>> {
  const run = await runZiping('check', file, '--sheet', SHEET, '--format', 'json');
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as JsonFileReport;
  return figures(report.sheets[0]);
}

let expected: ReturnType<typeof figures>;
beforeAll(async () => {
  expected = await figuresOf(ORIGINAL);
  expect(expected.total).toEqual({ score: 99.5, cap: 100, stated: 99.5 });
});

const OPENPYXL_SCRIPT = `
import datetime, json, sys
import openpyxl
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image

spec = json.load(sys.stdin)
wb = openpyxl.Workbook()
ws = wb.active
ws.title = spec["sheet"]
for r, line in enumerate(spec["cells"]):
    for c, cell in enumerate(line):
        if cell.get("value") is None:
            continue
        target = ws.cell(row=spec["top"] + r + 1, column=spec["left"] + c + 1, value=cell["value"])
        if cell.get("format"):
            target.number_format = cell["format"]
for m in spec["merges"]:
    ws.merge_cells(start_row=m["top"] + 1, start_column=m["left"] + 1, end_row=m["bottom"] + 1, end_column=m["right"] + 1)
# Formulas openpyxl stores without a result: the stated total and a 预算执行率.
ws["H5"] = "=SUM(H21:H65)+I15"
ws["G15"] = "=F15/E15"
ws["G15"].number_format = "0%"
# A date in a value cell.
ws["A67"] = "填报日期"
ws["B67"] = datetime.date(2022, 3, 1)
ws["B67"].number_format = "yyyy-mm-dd"
ws["H39"].comment = Comment("按去年口径计分", "张会计")
chart = BarChart()
chart.add_data(Reference(ws, min_col=7, min_row=20, max_row=30), titles_from_data=True)
ws.add_chart(chart, "K2")
ws.add_image(Image(spec["image"]), "K20")
wb.save(spec["out"])
`;

describe.skipIf(!python && !process.env.CI)('a workbook openpyxl writes', () => {
  const out = tmp('openpyxl.xlsx');

  beforeAll(() => {
    const image = tmp('seal.png');
    writeFileSync(
      image,
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const grid = exampleGrid('shangjie-2021.xlsx');
    const spec = {
      sheet: SHEET,
      top: grid.origin.row,
      left: grid.origin.col,
      cells: grid.cells,
      merges: grid.merges,
      image,
      out,
    };
    const run = spawnSync(python ?? 'python3', ['-c', OPENPYXL_SCRIPT], {
      input: JSON.stringify(spec),
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
  });

  it('is read as written: absolute part names, a chart, an image and a note', async () => {
    const { grids } = await readWorkbook(out);
    const grid = grids[0];
    expect(grid?.sheet).toBe(SHEET);
    // The date stays an Excel serial number with its date format.
    const date = fromA1('B67');
    expect(grid && cellAt(grid, date.row, date.col)).toEqual({
      value: 44621,
      format: 'yyyy-mm-dd',
    });
    // Formulas without a cached value are evaluated on reading.
    const total = fromA1('H5');
    expect(grid && cellAt(grid, total.row, total.col)).toEqual({
      value: 99.5,
      formula: '=SUM(H21:H65)+I15',
    });
    const rate = fromA1('G15');
    expect(grid && cellAt(grid, rate.row, rate.col)).toEqual({
      value: 1,
      format: '0%',
      formula: '=F15/E15',
    });
  });

  it('gives the figures of the .xlsx original', async () => {
    expect(await figuresOf(out)).toEqual(expected);
  });

  it('gets a --write copy that reads back consistent', async () => {
    const copy = tmp('openpyxl-checked.xlsx');
    const run = await runZiping('check', out, '--write', copy);
    expect(run.stderr).toBe('');
    expect(await figuresOf(copy)).toEqual(expected);
  });
});

describe.skipIf(!hasSoffice && !process.env.CI)(
  '.xls and .ods saved by LibreOffice, an .et, an .xlsb',
  () => {
    const dir = tmp('converted');

    beforeAll(() => {
      for (const format of ['xls', 'ods']) {
        const run = spawnSync(
          'soffice',
          [
            `-env:UserInstallation=file://${tmp('lo-profile')}`,
            '--headless',
            '--convert-to',
            format,
            '--outdir',
            dir,
            ORIGINAL,
          ],
          { encoding: 'utf8', timeout: 170_000 },
        );
        expect(run.status, run.stderr).toBe(0);
      }
      // WPS saves .et files in the same BIFF8 format as .xls.
      copyFileSync(path.join(dir, 'shangjie-2021.xls'), path.join(dir, 'shangjie-2021.et'));
      // An .xlsb, as SheetJS writes one (LibreOffice cannot save .xlsb).
      const book = XLSX.read(readFileSync(ORIGINAL), {
        type: 'buffer',
        cellNF: true,
        cellFormula: true,
      });
      writeFileSync(
        path.join(dir, 'shangjie-2021.xlsb'),
        XLSX.write(book, { type: 'buffer', bookType: 'xlsb' }),
      );
    }, 180_000);

    it.each(['xls', 'ods', 'et', 'xlsb'])(
      '.%s gives the figures of the .xlsx original',
      async (format) => {
        expect(await figuresOf(path.join(dir, `shangjie-2021.${format}`))).toEqual(expected);
      },
    );

    it.each([
      ['ods', 'OpenDocument 电子表格（.ods）'],
      ['et', 'WPS 表格（.et）'],
    ])('names an .%s by its format and refuses a copy of it', async (format, name) => {
      const file = path.join(dir, `shangjie-2021.${format}`);
      const checked = await runZiping('check', file);
      expect(checked.stdout).toContain(`文件「${file}」（${name}）`);
      const run = await runZiping('check', file, '--write', tmp(`from-${format}.xlsx`));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`「${file}」是${name}，自评助手只检查它，不写带标记的副本`);
    });
  },
);
