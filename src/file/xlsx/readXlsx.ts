/**
 * An Office Open XML workbook (.xlsx, .xlsm) → one `Grid` per worksheet asked for. Only
 * what the analysis needs is read: the workbook's sheet list and date system, the shared
 * strings, each style's number format, and the chosen sheets' XML, streamed. Formulas
 * without a cached value are evaluated (see formulas/evaluate.ts).
 */
import type { Grid } from '../../engine/index.js';
import { evaluateUncalculated, referencedSheets, type FormulaSheet } from '../formulas/evaluate.js';
import type { ZipArchive } from '../zip/zipArchive.js';
import { readSharedStrings } from './sharedStrings.js';
import { readSheet, type SheetContext } from './sheetReader.js';
import { readCellFormats } from './stylesReader.js';
import type { SheetEntry, WorkbookInfo } from './workbookInfo.js';

/** The worksheets of `info` (chart and dialog sheets have no cells). */
export function worksheetsOf(info: WorkbookInfo): SheetEntry[] {
  return info.sheets.filter((s) => s.part !== null);
}

export async function readXlsxGrids(
  zip: ZipArchive,
  info: WorkbookInfo,
  chosen: readonly SheetEntry[],
): Promise<Grid[]> {
  const [strings, styles] = await Promise.all([
    readSharedStrings(zip, info.sharedStringsPart),
    info.stylesPart ? zip.readText(info.stylesPart) : Promise.resolve(null),
  ]);
  const context: SheetContext = {
    strings,
    formatOf: readCellFormats(styles),
    date1904: info.date1904,
  };
  const read = new Map<string, FormulaSheet>();
  const readOne = async (entry: SheetEntry) => {
    if (read.has(entry.name) || entry.part === null) return;
    read.set(entry.name, await readSheet(zip, entry.part, entry.name, context));
  };
  for (const entry of chosen) await readOne(entry);
  await readFormulaSources(read, worksheetsOf(info), readOne);
  await evaluateUncalculated(
    read,
    info.definedNames,
    info.sheets.map((s) => s.name),
  );
  return chosen.flatMap((entry) => {
    const sheet = read.get(entry.name);
    return sheet ? [sheet.grid] : [];
  });
}

/**
 * Formulas to evaluate may read other sheets than those checked (a 汇总 sheet's totals):
 * read those too, and the sheets their own uncalculated formulas read, until none is missing.
 */
async function readFormulaSources(
  read: Map<string, FormulaSheet>,
  worksheets: readonly SheetEntry[],
  readOne: (entry: SheetEntry) => Promise<void>,
): Promise<void> {
  const seen = new Set<string>();
  for (;;) {
    const wanted = new Set<string>();
    for (const [name, sheet] of read) {
      if (seen.has(name)) continue;
      seen.add(name);
      for (const { row, col } of sheet.uncalculated) {
        const formula =
          sheet.grid.cells[row - sheet.grid.origin.row]?.[col - sheet.grid.origin.col]?.formula;
        for (const target of referencedSheets(formula ?? ''))
          if (!read.has(target)) wanted.add(target);
      }
    }
    const entries = worksheets.filter((w) => wanted.has(w.name));
    if (entries.length === 0) return;
    for (const entry of entries) await readOne(entry);
  }
}
