/**
 * A workbook as some platform exports write it (the .NET Open XML SDK style): every element
 * prefixed (`<x:row>`), cells and rows without `r` addresses, inline strings, absolute
 * relationship targets, no styles part and no shared strings. It reads, and a copy written
 * into it keeps its conventions and reads back.
 */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellAt, fromA1, type Grid } from '../../src/engine/grid.js';
import type { WritePlan } from '../../src/engine/report.js';
import { applyPlans } from '../../src/file/applyPlan.js';
import { readWorkbook } from '../../src/file/readWorkbook.js';
import { saveCopy } from '../../src/file/saveCopy.js';
import { writeZip } from '../../src/file/zip/zipWriter.js';
import { partsOf } from '../support/packageDiff.js';
import { useTempDir } from '../support/tempDir.js';

const tmp = useTempDir();
const X = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

const inline = (text: string) => `<x:c t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;
const number = (n: number) => `<x:c><x:v>${n}</x:v></x:c>`;

function writeExport(file: string): void {
  const rows = [
    [inline('三级指标'), inline('分值'), inline('得分')],
    [inline('培训人次'), number(10), number(9)],
    [inline('检查覆盖率'), number(10), number(10)],
    [inline('合计'), number(20), '<x:c/>'],
  ];
  const sheet =
    `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${X}"><x:sheetData>` +
    rows.map((cells) => `<x:row>${cells.join('')}</x:row>`).join('') +
    '</x:sheetData></x:worksheet>';
  const parts: [string, string][] = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PKG}"><Relationship Type="${R}/officeDocument" Target="/xl/workbook.xml" Id="R1"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:x="${X}"><x:sheets><x:sheet name="绩效表" sheetId="1" r:id="R2" xmlns:r="${R}"/></x:sheets></x:workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PKG}"><Relationship Type="${R}/worksheet" Target="/xl/worksheets/sheet1.xml" Id="R2"/></Relationships>`,
    ],
    ['xl/worksheets/sheet1.xml', sheet],
  ];
  writeFileSync(
    file,
    writeZip(parts.map(([name, text]) => ({ kind: 'new', name, content: Buffer.from(text) }))),
  );
}

const at = (grid: Grid | undefined, address: string) => {
  const { row, col } = fromA1(address);
  return grid ? cellAt(grid, row, col) : undefined;
};

describe('a platform export', () => {
  const file = tmp('export.xlsx');
  writeExport(file);

  it('reads with every cell where its position says', async () => {
    const { grids } = await readWorkbook(file);
    expect(grids[0]?.sheet).toBe('绩效表');
    expect(at(grids[0], 'A1')).toEqual({ value: '三级指标' });
    expect(at(grids[0], 'C3')).toEqual({ value: 10 });
    expect(at(grids[0], 'B4')).toEqual({ value: 20 });
    expect(at(grids[0], 'C4')).toEqual({ value: null });
  });

  it('gets a copy in its own prefix, with a stylesheet and notes added', async () => {
    const plan: WritePlan = {
      values: [
        {
          row: 3,
          col: 2,
          address: 'C4',
          value: 19,
          format: '0.00',
          previous: { value: null },
          purpose: 'total',
        },
      ],
      marks: [
        {
          row: 1,
          col: 2,
          address: 'C2',
          severity: 'warning',
          note: '扣了 1 分，但未完成原因为空。',
        },
        {
          row: 3,
          col: 2,
          address: 'C4',
          severity: 'info',
          note: '总分由自评助手写入 19，原为 空。',
        },
      ],
    };
    const { package: pkg } = await readWorkbook(file);
    if (!pkg) throw new Error('no package');
    const { parts } = await applyPlans(pkg, [{ sheet: '绩效表', plan }], file);
    const copy = tmp('export-checked.xlsx');
    await saveCopy(pkg, parts, copy, file, { overwrite: false });
    const after = await partsOf(copy);
    const sheet = after.bytes.get('xl/worksheets/sheet1.xml')?.toString() ?? '';
    expect(sheet).toMatch(/<x:c r="C4" s="\d+"><x:v>19<\/x:v><\/x:c>/);
    expect(sheet).toContain('<x:legacyDrawing');
    expect([...after.bytes.keys()]).toEqual(
      expect.arrayContaining([
        'xl/styles.xml',
        'xl/comments1.xml',
        'xl/drawings/vmlDrawing1.vml',
        'xl/worksheets/_rels/sheet1.xml.rels',
      ]),
    );
    const { grids } = await readWorkbook(copy);
    expect(at(grids[0], 'C4')).toEqual({ value: 19, format: '0.00' });
    expect(at(grids[0], 'C2')).toEqual({ value: 9 });
  });
});
