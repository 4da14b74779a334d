/**
 * What the reader needs from the workbook part: the sheets in tab order and where each
 * lives, the date system, the defined names (for formulas it evaluates), and the shared
 * strings and styles parts.
 */
import { prefixedAttr, scanXml, textOf } from '../xml/scanner.js';
import type { ZipArchive } from '../zip/zipArchive.js';
import { isType, readRelationships, type Relationship } from './relationships.js';

export interface SheetEntry {
  readonly name: string;
  /** The worksheet part, or null for a chart sheet, dialog sheet or macro sheet. */
  readonly part: string | null;
}

export interface DefinedName {
  readonly name: string;
  /** The sheet a name is scoped to (its index), or null for a workbook-wide name. */
  readonly sheetIndex: number | null;
  readonly formula: string;
}

export interface WorkbookInfo {
  readonly part: string;
  readonly date1904: boolean;
  readonly sheets: readonly SheetEntry[];
  readonly definedNames: readonly DefinedName[];
  readonly sharedStringsPart: string | null;
  readonly stylesPart: string | null;
  readonly relationships: readonly Relationship[];
}

/** Null when the package has no workbook part (a zip that is not a workbook, or an .xlsb). */
export async function readWorkbookInfo(zip: ZipArchive): Promise<WorkbookInfo | null> {
  const rootRels = await readRelationships(zip, '');
  const office = rootRels.find((r) => isType(r, 'officeDocument') && !r.external);
  const part = office?.target ?? (zip.has('xl/workbook.xml') ? 'xl/workbook.xml' : null);
  if (part === null || !zip.has(part) || !part.toLowerCase().endsWith('.xml')) return null;
  const relationships = await readRelationships(zip, part);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const parsed = parseWorkbook(await zip.readText(part));
  const sheets = parsed.sheets.map(({ name, rid }) => {
    const rel = rid === undefined ? undefined : byId.get(rid);
    const isWorksheet = rel !== undefined && isType(rel, 'worksheet') && zip.has(rel.target);
    return { name, part: isWorksheet ? rel.target : null };
  });
  const partOf = (kind: string) =>
    relationships.find((r) => isType(r, kind) && !r.external && zip.has(r.target))?.target ?? null;
  return {
    part,
    date1904: parsed.date1904,
    sheets,
    definedNames: parsed.definedNames,
    sharedStringsPart: partOf('sharedStrings'),
    stylesPart: partOf('styles'),
    relationships,
  };
}

interface ParsedWorkbook {
  readonly date1904: boolean;
  readonly sheets: { name: string; rid: string | undefined }[];
  readonly definedNames: DefinedName[];
}

function parseWorkbook(xml: string): ParsedWorkbook {
  const result: ParsedWorkbook = { date1904: false, sheets: [], definedNames: [] };
  let date1904 = false;
  let name: { name: string; sheetIndex: number | null; formula: string } | null = null;
  scanXml(xml, {
    open(tag) {
      if (tag.name === 'workbookPr') date1904 = isTrue(tag.attrs.date1904);
      else if (tag.name === 'sheet')
        result.sheets.push({ name: tag.attrs.name ?? '', rid: prefixedAttr(tag, 'id') });
      else if (tag.name === 'definedName' && !tag.selfClosing) {
        const local = tag.attrs.localSheetId;
        name = {
          name: tag.attrs.name ?? '',
          sheetIndex: local === undefined ? null : Number(local),
          formula: '',
        };
      }
    },
    text(source, start, end, cdata) {
      if (name) name.formula += textOf(source, start, end, cdata);
    },
    close(tagName) {
      if (tagName === 'definedName' && name) {
        result.definedNames.push(name);
        name = null;
      }
    },
  });
  return { ...result, date1904 };
}

export function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
