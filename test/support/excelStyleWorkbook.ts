/**
 * A workbook as an accountant's Excel 365 saves it, written part by part as Excel writes the
 * XML: the 自评表 (from a seed table) with notes by 张会计 (one always shown, one on an empty
 * cell), a threaded comment, SHA-512 sheet protection, an internal link, fit-to-page printing,
 * data bars and sparklines (x14 extensions), a chart and an image with alt text; a 汇总 sheet
 * whose formulas read the 自评表's total, under a legacy `password=` lock; a 数据 sheet with a
 * table and its filter; a pivot table with its cache; a locked workbook structure, defined
 * names (global, sheet-scoped, hidden), named cell styles and custom document properties.
 *
 * Built by hand rather than by a library so that everything a library would drop is there
 * for the --write tests to find intact.
 */
import { writeFileSync } from 'node:fs';
import { toA1, type Cell, type Grid } from '../../src/engine/grid.js';
import { escapeXml } from '../../src/file/xml/text.js';
import { writeZip } from '../../src/file/zip/zipWriter.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const SML = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const SHEET_ROOT =
  `<worksheet xmlns="${MAIN}" xmlns:r="${REL}" ` +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" ' +
  'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" ' +
  'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ' +
  'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" ' +
  'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"';

/** Where the fixture puts the user's notes and other things the tests look for. */
export const FIXTURE = {
  sheet: '自评表',
  /** An always-visible note by 张会计 on the title. */
  visibleNote: { cell: 'A2', author: '张会计', text: '张会计:\n请于3月底前报送' },
  /** A note on an empty cell, by 李审核. */
  emptyCellNote: { cell: 'K3', author: '李审核', text: '李审核:\n本表数据已与决算核对' },
  /** A note on a score the engine flags: the explanation goes beside it. */
  flaggedNote: { cell: 'H39', author: '张会计', text: '张会计:\n按去年口径计分' },
  /** A threaded comment (Excel 365 批注). */
  threaded: { cell: 'C5', text: '单位名称请用全称' },
  /** The 汇总 sheet's cell reading the 自评表 total. */
  summaryTotal: 'B2',
} as const;

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

interface Styles {
  /** Cell format index for a value's number format, in the bordered table. */
  xfFor(format: string | undefined): number;
  readonly titleXf: number;
  readonly filledXf: number;
  readonly xml: () => string;
}

function buildStyles(): Styles {
  const builtIn: Record<string, number> = { '0': 1, '0.00': 2, '0%': 9, '0.00%': 10 };
  const custom: string[] = [];
  const xfs = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="1" applyFont="1"/>',
    '<xf numFmtId="2" fontId="0" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1"><alignment vertical="center"/></xf>',
  ];
  const byFormat = new Map<string, number>();
  const xfFor = (format: string | undefined) => {
    const key = format ?? 'General';
    let index = byFormat.get(key);
    if (index !== undefined) return index;
    let id = format === undefined ? 0 : builtIn[format];
    if (id === undefined) {
      id = 164 + custom.length;
      custom.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(format ?? '')}"/>`);
    }
    index = xfs.length;
    xfs.push(
      `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>`,
    );
    byFormat.set(key, index);
    return index;
  };
  return {
    xfFor,
    titleXf: 1,
    filledXf: 2,
    xml: () =>
      `${HEAD}<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
      (custom.length ? `<numFmts count="${custom.length}">${custom.join('')}</numFmts>` : '') +
      '<fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font>' +
      '<font><b/><sz val="16"/><color theme="1"/><name val="黑体"/><family val="3"/><charset val="134"/></font></fonts>' +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills>' +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
      '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>' +
      '<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf>' +
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" applyFont="1"><alignment horizontal="center"/></xf></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="2"><cellStyle name="常规" xfId="0" builtinId="0"/><cellStyle name="自评标题" xfId="1" xr:uid="{6C1B2E33-5A0D-4B7B-9C4E-2F7A1D0E9B11}"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst>' +
      '</styleSheet>',
  };
}

class SharedStrings {
  private readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  private count = 0;

  of(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  xml(): string {
    const items = this.list.map((s) => {
      const space = /^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : '';
      return `<si><t${space}>${escapeXml(s)}</t></si>`;
    });
    return `${HEAD}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.list.length}">${items.join('')}</sst>`;
  }
}

function cellXml(ref: string, cell: Cell, style: number, strings: SharedStrings): string {
  const s = style ? ` s="${style}"` : '';
  const formula = cell.formula ? `<f>${escapeXml(cell.formula.slice(1))}</f>` : '';
  const v = cell.value;
  if (v === null) return formula ? `<c r="${ref}"${s}>${formula}</c>` : `<c r="${ref}"${s}/>`;
  if (typeof v === 'number') return `<c r="${ref}"${s}>${formula}<v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b">${formula}<v>${v ? 1 : 0}</v></c>`;
  if (typeof v === 'object') return `<c r="${ref}"${s} t="e">${formula}<v>${v.error}</v></c>`;
  if (formula) return `<c r="${ref}"${s} t="str">${formula}<v>${escapeXml(v)}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.of(v)}</v></c>`;
}

/** The 自评表's sheetData: values from `grid`, bordered from the header rows down. */
function selfEvaluationRows(grid: Grid, styles: Styles, strings: SharedStrings): string {
  const width = Math.max(...grid.cells.map((r) => r.length));
  const rows: string[] = [];
  grid.cells.forEach((line, r) => {
    const row = grid.origin.row + r;
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const col = grid.origin.col + c;
      const ref = toA1(row, col);
      const cell = line[c] ?? { value: null };
      const bordered = row >= 7;
      // The empty 预算执行率 cell of the total row keeps its format, as Excel stores it.
      const styledEmpty = ref === 'G15';
      if (cell.value === null && !cell.formula && !bordered && !styledEmpty) continue;
      if (ref === 'I9') continue; // an empty rate cell Excel never stored
      const style =
        ref === FIXTURE.flaggedNote.cell
          ? styles.filledXf
          : row === 1 && col === 0
            ? styles.titleXf
            : styledEmpty
              ? styles.xfFor('0%')
              : bordered || cell.value !== null
                ? styles.xfFor(cell.format)
                : 0;
      cells.push(cellXml(ref, cell, style, strings));
    }
    if (cells.length > 0)
      rows.push(
        `<row r="${row + 1}" spans="1:${width}"${row === 1 ? ' ht="27" customHeight="1"' : ''} x14ac:dyDescent="0.2">${cells.join('')}</row>`,
      );
  });
  return rows.join('');
}

function mergeXml(grid: Grid): string {
  const refs = grid.merges.map(
    (m) => `<mergeCell ref="${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}"/>`,
  );
  return `<mergeCells count="${refs.length}">${refs.join('')}</mergeCells>`;
}

const DATABAR_ID = '{A6B3C1D2-0F4E-4C5B-8D7A-1E2F3A4B5C6D}';

function selfEvaluationSheet(grid: Grid, styles: Styles, strings: SharedStrings): string {
  return (
    `${HEAD}${SHEET_ROOT} xr:uid="{9A0E5D7B-3C1F-4E2A-8B6D-5F4A3C2B1E0D}">` +
    '<sheetPr><tabColor rgb="FF00B050"/><pageSetUpPr fitToPage="1"/></sheetPr>' +
    '<dimension ref="A1:K66"/>' +
    '<sheetViews><sheetView tabSelected="1" zoomScale="85" zoomScaleNormal="85" workbookViewId="0"><selection activeCell="H5" sqref="H5"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/>' +
    '<cols><col min="1" max="1" width="12.625" customWidth="1"/><col min="2" max="3" width="18.875" customWidth="1"/><col min="4" max="9" width="11.5" customWidth="1"/></cols>' +
    `<sheetData>${selfEvaluationRows(grid, styles, strings)}</sheetData>` +
    '<sheetProtection algorithmName="SHA-512" hashValue="Wq1j5CzQ5Mq2Ydm0+ZkqWbq6rVz7Y1kG2bOc3oB+9o0oHk0mF3XkTj0wQvV4Xe0j3aN8k4bH8t7pG2mE1k0cZg==" saltValue="3k9Q2b8n1V7c5X4z6M0a1Q==" spinCount="100000" sheet="1" objects="1" scenarios="1" formatCells="0"/>' +
    mergeXml(grid) +
    `<conditionalFormatting sqref="H21:H66"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar>` +
    `<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>${DATABAR_ID}</x14:id></ext></extLst></cfRule></conditionalFormatting>` +
    `<hyperlinks><hyperlink ref="A3" location="'汇总'!A1" display="（2021年度）" xr:uid="{1B2C3D4E-5F60-4718-9A0B-C1D2E3F40516}"/></hyperlinks>` +
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.39370078740157483" right="0.39370078740157483" top="0.59055118110236227" bottom="0.59055118110236227" header="0.31496062992125984" footer="0.31496062992125984"/>' +
    '<pageSetup paperSize="9" scale="62" fitToHeight="6" orientation="landscape"/>' +
    '<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>' +
    '<drawing r:id="rId1"/><legacyDrawing r:id="rId2"/>' +
    '<extLst>' +
    `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}">` +
    `<x14:cfRule type="dataBar" id="${DATABAR_ID}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule>` +
    '<xm:sqref>H21:H66</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>' +
    `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}">` +
    '<x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/>' +
    '<x14:sparklines><x14:sparkline><xm:f>自评表!D9:H9</xm:f><xm:sqref>J9</xm:sqref></x14:sparkline><x14:sparkline><xm:f>自评表!D10:H10</xm:f><xm:sqref>J10</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup>' +
    '</x14:sparklineGroups></ext></extLst>' +
    '</worksheet>'
  );
}

function summarySheet(strings: SharedStrings): string {
  const s = (text: string) => strings.of(text);
  return (
    `${HEAD}${SHEET_ROOT} xr:uid="{2C3D4E5F-6071-4829-AB0C-D1E2F3041526}">` +
    '<dimension ref="A1:B3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/>' +
    '<sheetData>' +
    `<row r="1"><c r="A1" t="s"><v>${s('项目')}</v></c><c r="B1" t="s"><v>${s('数值')}</v></c></row>` +
    `<row r="2"><c r="A2" t="s"><v>${s('自评得分')}</v></c><c r="B2"><f>自评表!H5</f><v>97</v></c></row>` +
    `<row r="3"><c r="A3" t="s"><v>${s('自评等级')}</v></c><c r="B3" t="str"><f>IF(B2&gt;=90,"优","良")</f><v>优</v></c></row>` +
    '</sheetData>' +
    '<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>' +
    `<hyperlinks><hyperlink ref="A2" location="'自评表'!H5" display="自评得分"/></hyperlinks>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

const DATA_ROWS = [
  ['2021-01', '基本支出', '办公室', 35.8],
  ['2021-02', '基本支出', '财务科', 36.2],
  ['2021-03', '项目支出', '应急科', 12.4],
  ['2021-04', '项目支出', '安监科', 8.9],
  ['2021-05', '基本支出', '办公室', 35.1],
  ['2021-06', '项目支出', '应急科', 15.6],
] as const;

function dataSheet(strings: SharedStrings): string {
  const header = ['月份', '支出类型', '科室', '金额'];
  const rows = [header, ...DATA_ROWS].map(
    (values, r) =>
      `<row r="${r + 1}">${values
        .map((v, c) =>
          typeof v === 'number'
            ? `<c r="${toA1(r, c)}"><v>${v}</v></c>`
            : `<c r="${toA1(r, c)}" t="s"><v>${strings.of(v)}</v></c>`,
        )
        .join('')}</row>`,
  );
  return (
    `${HEAD}${SHEET_ROOT} xr:uid="{3D4E5F60-7182-49A3-BC1D-E2F304152637}">` +
    `<dimension ref="A1:D${DATA_ROWS.length + 1}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/>' +
    `<sheetData>${rows.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>' +
    '</worksheet>'
  );
}

function tablePart(): string {
  const ref = `A1:D${DATA_ROWS.length + 1}`;
  return (
    `${HEAD}<table xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" id="1" xr:uid="{4E5F6071-8293-4AB4-CD2E-F30415263748}" name="支出明细" displayName="支出明细" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}" xr:uid="{5F607182-93A4-4BC5-DE3F-041526374859}"/>` +
    '<tableColumns count="4"><tableColumn id="1" name="月份"/><tableColumn id="2" name="支出类型"/><tableColumn id="3" name="科室"/><tableColumn id="4" name="金额"/></tableColumns>' +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

function pivotSheet(strings: SharedStrings): string {
  return (
    `${HEAD}${SHEET_ROOT} xr:uid="{60718293-A4B5-4CD6-EF40-152637485960}">` +
    '<dimension ref="A3:B6"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/><sheetData>' +
    `<row r="3"><c r="A3" t="s"><v>${strings.of('行标签')}</v></c><c r="B3" t="s"><v>${strings.of('求和项:金额')}</v></c></row>` +
    `<row r="4"><c r="A4" t="s"><v>${strings.of('基本支出')}</v></c><c r="B4"><v>107.1</v></c></row>` +
    `<row r="5"><c r="A5" t="s"><v>${strings.of('项目支出')}</v></c><c r="B5"><v>36.9</v></c></row>` +
    `<row r="6"><c r="A6" t="s"><v>${strings.of('总计')}</v></c><c r="B6"><v>144</v></c></row>` +
    '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}

function pivotTablePart(): string {
  return (
    `${HEAD}<pivotTableDefinition xmlns="${MAIN}" name="数据透视表1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="值" updatedVersion="8" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="8" indent="0" outline="1" outlineData="1" multipleFieldFilters="0">` +
    '<location ref="A3:B6" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>' +
    '<pivotFields count="4"><pivotField showAll="0"/><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField showAll="0"/><pivotField dataField="1" showAll="0"/></pivotFields>' +
    '<rowFields count="1"><field x="1"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems>' +
    '<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="求和项:金额" fld="3" baseField="0" baseItem="0"/></dataFields>' +
    '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>'
  );
}

function pivotCacheDefinition(): string {
  return (
    `${HEAD}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshedBy="张会计" refreshedDate="44621.5" createdVersion="8" refreshedVersion="8" minRefreshableVersion="3" recordCount="${DATA_ROWS.length}">` +
    `<cacheSource type="worksheet"><worksheetSource ref="A1:D${DATA_ROWS.length + 1}" sheet="数据"/></cacheSource>` +
    '<cacheFields count="4"><cacheField name="月份" numFmtId="0"><sharedItems/></cacheField>' +
    '<cacheField name="支出类型" numFmtId="0"><sharedItems count="2"><s v="基本支出"/><s v="项目支出"/></sharedItems></cacheField>' +
    '<cacheField name="科室" numFmtId="0"><sharedItems/></cacheField>' +
    '<cacheField name="金额" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="8.9" maxValue="36.200000000000003"/></cacheField></cacheFields></pivotCacheDefinition>'
  );
}

function pivotCacheRecords(): string {
  const records = DATA_ROWS.map(
    ([month, kind, office, amount]) =>
      `<r><s v="${month}"/><x v="${kind === '基本支出' ? 0 : 1}"/><s v="${office}"/><n v="${amount}"/></r>`,
  );
  return `${HEAD}<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${REL}" count="${records.length}">${records.join('')}</pivotCacheRecords>`;
}

function drawingPart(): string {
  const xdr = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
  const a = 'http://schemas.openxmlformats.org/drawingml/2006/main';
  return (
    `${HEAD}<xdr:wsDr xmlns:xdr="${xdr}" xmlns:a="${a}">` +
    '<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>17</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>35</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1" descr="各项得分"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
    '<xdr:oneCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/>' +
    `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="图片 2" descr="上街区应急管理局公章"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    `<xdr:blipFill><a:blip xmlns:r="${REL}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>' +
    '</xdr:wsDr>'
  );
}

function chartPart(): string {
  const c = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
  const a = 'http://schemas.openxmlformats.org/drawingml/2006/main';
  const points = [
    ['预算执行率', 10],
    ['产出指标', 30],
    ['效益指标', 20],
  ] as const;
  const strCache = points.map(([name], i) => `<c:pt idx="${i}"><c:v>${name}</c:v></c:pt>`).join('');
  const numCache = points.map(([, v], i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('');
  return (
    `${HEAD}<c:chartSpace xmlns:c="${c}" xmlns:a="${a}" xmlns:r="${REL}"><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>` +
    '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:cat><c:strRef><c:f>自评表!$C$21:$C$23</c:f><c:strCache><c:ptCount val="3"/>${strCache}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>自评表!$G$21:$G$23</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/>${numCache}</c:numCache></c:numRef></c:val></c:ser>` +
    '<c:gapWidth val="219"/><c:axId val="1"/><c:axId val="2"/></c:barChart>' +
    '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
    '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>'
  );
}

interface Note {
  readonly cell: string;
  readonly author: string;
  readonly text: string;
  readonly visible?: boolean;
  readonly thread?: string;
}

function commentsPart(notes: readonly Note[]): string {
  const authors = [...new Set(notes.map((n) => n.author))];
  const comments = notes.map((n) => {
    const [head = '', ...rest] = n.text.split('\n');
    const body = rest.join('\n');
    const uid = n.thread ? ` xr:uid="${n.thread}"` : '';
    const text = n.thread
      ? `<t xml:space="preserve">${escapeXml(n.text)}</t>`
      : `<r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr><t>${escapeXml(head)}</t></r>` +
        `<r><rPr><sz val="9"/><color indexed="81"/><rFont val="宋体"/><family val="3"/><charset val="134"/></rPr><t xml:space="preserve">\n${escapeXml(body)}</t></r>`;
    return `<comment ref="${n.cell}" authorId="${authors.indexOf(n.author)}" shapeId="0"${uid}><text>${text}</text></comment>`;
  });
  return (
    `${HEAD}<comments xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
    `<authors>${authors.map((a) => `<author>${escapeXml(a)}</author>`).join('')}</authors>` +
    `<commentList>${comments.join('')}</commentList></comments>`
  );
}

/** VML as Excel writes it, CRLF line ends and single-quoted styles included. */
function vmlPart(notes: readonly Note[]): string {
  const shapes = notes.map((n, i) => {
    const { row, col } = a1(n.cell);
    const visibility = n.visible ? 'visible' : 'hidden';
    return (
      `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202" style='position:absolute;\r\n  margin-left:100pt;margin-top:2pt;width:108pt;height:59.25pt;z-index:${i + 1};\r\n  visibility:${visibility}' fillcolor="#ffffe1" o:insetmode="auto">\r\n` +
      ' <v:fill color2="#ffffe1"/>\r\n <v:shadow on="t" color="black" obscured="t"/>\r\n <v:path o:connecttype="none"/>\r\n' +
      " <v:textbox style='mso-direction-alt:auto'>\r\n  <div style='text-align:left'></div>\r\n </v:textbox>\r\n" +
      ` <x:ClientData ObjectType="Note">\r\n  <x:MoveWithCells/>\r\n  <x:SizeWithCells/>\r\n  <x:Anchor>\r\n   ${col + 1}, 15, ${Math.max(0, row - 1)}, 2, ${col + 3}, 15, ${row + 3}, 1</x:Anchor>\r\n` +
      `  <x:AutoFill>False</x:AutoFill>\r\n  <x:Row>${row}</x:Row>\r\n  <x:Column>${col}</x:Column>\r\n${n.visible ? '  <x:Visible/>\r\n' : ''} </x:ClientData>\r\n</v:shape>`
    );
  });
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n' +
    ' <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\r\n  path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype>' +
    shapes.join('') +
    '</xml>'
  );
}

function a1(ref: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) throw new Error(ref);
  let col = 0;
  for (const ch of match[1] as string) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(match[2]) - 1, col: col - 1 };
}

const THREAD_ID = '{7E8F9A0B-1C2D-4E3F-8A9B-0C1D2E3F4A5B}';
const PERSON_ID = '{0A1B2C3D-4E5F-4A6B-9C7D-8E9F0A1B2C3D}';

function threadedCommentsPart(): string {
  return (
    `${HEAD}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}">` +
    `<threadedComment ref="${FIXTURE.threaded.cell}" dT="2022-03-01T09:30:00.00" personId="${PERSON_ID}" id="${THREAD_ID}"><text>${FIXTURE.threaded.text}</text></threadedComment>` +
    '</ThreadedComments>'
  );
}

function personsPart(): string {
  return (
    `${HEAD}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${MAIN}">` +
    `<person displayName="王科长" id="${PERSON_ID}" userId="王科长" providerId="None"/></personList>`
  );
}

function workbookPart(): string {
  return (
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">` +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>' +
    '<workbookPr defaultThemeVersion="166925"/>' +
    '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="pQ0n7kR2bV9xC4zL1mS8dF6gH3jK5tY0uI2oP7aE9wR1qT4yU6iO8pA3sD5fG7hJ9kL0zX2cV4bN6mM8qW1eR3==" workbookSaltValue="7Hj2Kl9Mn4Pq1Rs6Tu3Vw==" workbookSpinCount="100000" lockStructure="1"/>' +
    '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" xr2:uid="{00000000-000D-0000-FFFF-FFFF00000000}"/></bookViews>' +
    '<sheets><sheet name="自评表" sheetId="1" r:id="rId1"/><sheet name="汇总" sheetId="2" r:id="rId2"/><sheet name="数据" sheetId="3" r:id="rId3"/><sheet name="透视" sheetId="4" r:id="rId4"/></sheets>' +
    '<definedNames>' +
    '<definedName name="_xlnm.Print_Area" localSheetId="0">自评表!$A$1:$I$66</definedName>' +
    '<definedName name="内部核对" hidden="1">汇总!$B$2</definedName>' +
    '<definedName name="满分">100</definedName>' +
    '<definedName name="自评总分" localSheetId="0">自评表!$H$5</definedName>' +
    '</definedNames>' +
    '<calcPr calcId="191029"/>' +
    '<pivotCaches><pivotCache cacheId="1" r:id="rId8"/></pivotCaches>' +
    '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>' +
    '</workbook>'
  );
}

function rels(items: readonly (readonly [string, string, string])[]): string {
  return `${HEAD}<Relationships xmlns="${PKG}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;
}

/** The parts of the workbook, by name, around the 自评表 `grid` (its values as Excel shows them). */
export function excelStyleParts(grid: Grid): Map<string, string | Buffer> {
  const styles = buildStyles();
  const strings = new SharedStrings();
  const notes: Note[] = [
    { ...FIXTURE.visibleNote, visible: true },
    FIXTURE.emptyCellNote,
    FIXTURE.flaggedNote,
    {
      cell: FIXTURE.threaded.cell,
      author: `tc=${THREAD_ID}`,
      text: `[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n    ${FIXTURE.threaded.text}`,
      thread: THREAD_ID,
    },
  ];
  const sheet1 = selfEvaluationSheet(grid, styles, strings);
  const sheet2 = summarySheet(strings);
  const sheet3 = dataSheet(strings);
  const sheet4 = pivotSheet(strings);
  const t = (kind: string) => `${REL}/${kind}`;
  return new Map<string, string | Buffer>([
    [
      '[Content_Types].xml',
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="png" ContentType="image/png"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${SML}.sheet.main+xml"/>` +
        [1, 2, 3, 4]
          .map(
            (n) =>
              `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${SML}.worksheet+xml"/>`,
          )
          .join('') +
        `<Override PartName="/xl/styles.xml" ContentType="${SML}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${SML}.sharedStrings+xml"/>` +
        `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>` +
        `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
        `<Override PartName="/xl/comments1.xml" ContentType="${SML}.comments+xml"/>` +
        '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>' +
        '<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>' +
        `<Override PartName="/xl/tables/table1.xml" ContentType="${SML}.table+xml"/>` +
        `<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="${SML}.pivotTable+xml"/>` +
        `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="${SML}.pivotCacheDefinition+xml"/>` +
        `<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="${SML}.pivotCacheRecords+xml"/>` +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
        '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' +
        '</Types>',
    ],
    [
      '_rels/.rels',
      rels([
        [
          'rId3',
          'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
          'docProps/app.xml',
        ],
        [
          'rId2',
          'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
          'docProps/core.xml',
        ],
        ['rId1', t('officeDocument'), 'xl/workbook.xml'],
        ['rId4', t('custom-properties'), 'docProps/custom.xml'],
      ]),
    ],
    [
      'docProps/app.xml',
      `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><Company>上街区应急管理局</Company><AppVersion>16.0300</AppVersion></Properties>`,
    ],
    [
      'docProps/core.xml',
      `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>张会计</dc:creator><cp:lastModifiedBy>张会计</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2022-02-28T08:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2022-03-01T09:30:00Z</dcterms:modified></cp:coreProperties>`,
    ],
    [
      'docProps/custom.xml',
      `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="填报单位"><vt:lpwstr>上街区应急管理局</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="报送批次"><vt:i4>2</vt:i4></property></Properties>`,
    ],
    ['xl/workbook.xml', workbookPart()],
    [
      'xl/_rels/workbook.xml.rels',
      rels([
        ['rId8', t('pivotCacheDefinition'), 'pivotCache/pivotCacheDefinition1.xml'],
        ['rId3', t('worksheet'), 'worksheets/sheet3.xml'],
        ['rId7', t('sharedStrings'), 'sharedStrings.xml'],
        ['rId2', t('worksheet'), 'worksheets/sheet2.xml'],
        ['rId1', t('worksheet'), 'worksheets/sheet1.xml'],
        ['rId6', t('styles'), 'styles.xml'],
        ['rId4', t('worksheet'), 'worksheets/sheet4.xml'],
        [
          'rId9',
          'http://schemas.microsoft.com/office/2017/10/relationships/person',
          'persons/person.xml',
        ],
      ]),
    ],
    ['xl/worksheets/sheet1.xml', sheet1],
    ['xl/worksheets/sheet2.xml', sheet2],
    ['xl/worksheets/sheet3.xml', sheet3],
    ['xl/worksheets/sheet4.xml', sheet4],
    [
      'xl/worksheets/_rels/sheet1.xml.rels',
      rels([
        ['rId3', t('comments'), '../comments1.xml'],
        ['rId2', t('vmlDrawing'), '../drawings/vmlDrawing1.vml'],
        ['rId1', t('drawing'), '../drawings/drawing1.xml'],
        [
          'rId4',
          'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
          '../threadedComments/threadedComment1.xml',
        ],
      ]),
    ],
    ['xl/worksheets/_rels/sheet3.xml.rels', rels([['rId1', t('table'), '../tables/table1.xml']])],
    [
      'xl/worksheets/_rels/sheet4.xml.rels',
      rels([['rId1', t('pivotTable'), '../pivotTables/pivotTable1.xml']]),
    ],
    [
      'xl/pivotTables/_rels/pivotTable1.xml.rels',
      rels([['rId1', t('pivotCacheDefinition'), '../pivotCache/pivotCacheDefinition1.xml']]),
    ],
    [
      'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels',
      rels([['rId1', t('pivotCacheRecords'), 'pivotCacheRecords1.xml']]),
    ],
    [
      'xl/drawings/_rels/drawing1.xml.rels',
      rels([
        ['rId2', t('image'), '../media/image1.png'],
        ['rId1', t('chart'), '../charts/chart1.xml'],
      ]),
    ],
    ['xl/drawings/drawing1.xml', drawingPart()],
    ['xl/charts/chart1.xml', chartPart()],
    ['xl/media/image1.png', PNG_1X1],
    ['xl/comments1.xml', commentsPart(notes)],
    ['xl/drawings/vmlDrawing1.vml', vmlPart(notes)],
    ['xl/threadedComments/threadedComment1.xml', threadedCommentsPart()],
    ['xl/persons/person.xml', personsPart()],
    ['xl/tables/table1.xml', tablePart()],
    ['xl/pivotTables/pivotTable1.xml', pivotTablePart()],
    ['xl/pivotCache/pivotCacheDefinition1.xml', pivotCacheDefinition()],
    ['xl/pivotCache/pivotCacheRecords1.xml', pivotCacheRecords()],
    ['xl/styles.xml', styles.xml()],
    ['xl/sharedStrings.xml', strings.xml()],
  ]);
}

export function writeExcelStyleWorkbook(file: string, grid: Grid): void {
  const items = [...excelStyleParts(grid)].map(([name, content]) => ({
    kind: 'new' as const,
    name,
    content: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  }));
  writeFileSync(file, writeZip(items, new Date(Date.UTC(2022, 2, 1, 9, 30))));
}
