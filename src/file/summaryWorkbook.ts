/**
 * The batch summary as a small .xlsx written from scratch: one sheet, a bold frozen header
 * row with filter buttons, set column widths, text as shared strings (as Excel writes it,
 * which WPS reads most reliably). No workbook library: the package is a handful of parts.
 */
import { writeFile } from 'node:fs/promises';
import { toA1 } from '../engine/index.js';
import { escapeXml } from './xml/text.js';
import { writeZip } from './zip/zipWriter.js';

export type SummaryCell = string | number | null;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const SHEET_NAME = '汇总';

export async function writeSummaryWorkbook(
  file: string,
  header: readonly string[],
  widths: readonly number[],
  rows: readonly (readonly SummaryCell[])[],
): Promise<void> {
  await writeFile(file, summaryWorkbookBytes(header, widths, rows));
}

export function summaryWorkbookBytes(
  header: readonly string[],
  widths: readonly number[],
  rows: readonly (readonly SummaryCell[])[],
): Buffer {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shared = (text: string) => {
    let index = stringIndex.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      stringIndex.set(text, index);
    }
    return index;
  };
  const cell = (value: SummaryCell, row: number, col: number, style: number) => {
    const ref = toA1(row, col);
    const s = style ? ` s="${style}"` : '';
    if (value === null || value === '') return '';
    if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
    return `<c r="${ref}"${s} t="s"><v>${shared(value)}</v></c>`;
  };
  const all = [header, ...rows];
  const sheetRows = all
    .map(
      (values, r) =>
        `<row r="${r + 1}">${values.map((v, c) => cell(v, r, c, r === 0 ? 1 : 2)).join('')}</row>`,
    )
    .join('');
  const lastRef = toA1(Math.max(0, all.length - 1), header.length - 1);
  const cols = widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join('');
  const sheet =
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<dimension ref="A1:${lastRef}"/>` +
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols><sheetData>${sheetRows}</sheetData>` +
    `<autoFilter ref="A1:${lastRef}"/>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>';
  const sharedStrings =
    `${XML_HEAD}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
    strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('') +
    '</sst>';
  const styles =
    `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
    '<fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font>' +
    '<font><b/><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font></fonts>' +
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>';
  const workbook =
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<bookViews><workbookView/></bookViews>' +
    `<sheets><sheet name="${SHEET_NAME}" sheetId="1" r:id="rId1"/></sheets>` +
    `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${SHEET_NAME}!$A$1:$${lastRef.replace(/\d+$/, '')}$${all.length}</definedName></definedNames>` +
    '</workbook>';
  const workbookRels =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
    `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>';
  const rootRels =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sml = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${sml}.sheet.main+xml"/>` +
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${sml}.worksheet+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${sml}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${sml}.sharedStrings+xml"/>` +
    '</Types>';
  const part = (name: string, text: string) => ({
    kind: 'new' as const,
    name,
    content: Buffer.from(text, 'utf8'),
  });
  return writeZip([
    part('[Content_Types].xml', contentTypes),
    part('_rels/.rels', rootRels),
    part('xl/workbook.xml', workbook),
    part('xl/_rels/workbook.xml.rels', workbookRels),
    part('xl/worksheets/sheet1.xml', sheet),
    part('xl/styles.xml', styles),
    part('xl/sharedStrings.xml', sharedStrings),
  ]);
}
