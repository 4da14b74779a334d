/**
 * Workbooks that are not Office Open XML — .xls (Excel 97–2003), WPS .et (the same binary
 * format inside), .xlsb and .ods — read for checking with SheetJS (@e965/xlsx: the project's
 * own 0.20.3 build, republished to the registry, past the two advisories against the frozen
 * `xlsx` 0.18.5 there). Values, formulas, number formats and merges: what the engine reads.
 */
import type * as XLSX from '@e965/xlsx';
import {
  EMPTY_CELL,
  type Cell,
  type CellRange,
  type CellValue,
  type Grid,
} from '../../engine/index.js';

export interface LegacySheet {
  readonly name: string;
  readonly grid: Grid;
}

/** Every worksheet of the workbook in tab order; throws what SheetJS throws on a bad file. */
export async function readLegacyWorkbook(bytes: Buffer): Promise<LegacySheet[]> {
  const xlsx = await loadSheetJs();
  const workbook = xlsx.read(bytes, {
    type: 'buffer',
    cellFormula: true,
    cellNF: true,
    cellDates: false,
    cellStyles: false,
    sheetStubs: false,
  });
  return workbook.SheetNames.flatMap((name) => {
    const sheet = workbook.Sheets[name];
    // Chart sheets and macro sheets carry no cells to check.
    if (!sheet || sheet['!type'] === 'chart') return [];
    return [{ name, grid: toGrid(name, sheet, xlsx) }];
  });
}

let sheetJs: Promise<typeof XLSX> | null = null;

/** SheetJS with its code pages, so a BIFF5 file's GBK text reads as Chinese. */
function loadSheetJs(): Promise<typeof XLSX> {
  sheetJs ??= (async () => {
    const [xlsx, codepages] = await Promise.all([
      import('@e965/xlsx'),
      import('@e965/xlsx/dist/cpexcel.full.mjs'),
    ]);
    xlsx.set_cptable(codepages);
    return xlsx;
  })();
  return sheetJs;
}

function toGrid(name: string, sheet: XLSX.WorkSheet, xlsx: typeof XLSX): Grid {
  const merges: CellRange[] = (sheet['!merges'] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  const hidden = new Set<string>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) hidden.add(`${r}:${c}`);

  const placed: { row: number; col: number; cell: Cell }[] = [];
  for (const [address, content] of Object.entries(sheet)) {
    if (address.startsWith('!')) continue;
    const { r: row, c: col } = xlsx.utils.decode_cell(address);
    if (hidden.has(`${row}:${col}`)) continue;
    const cell = toCell(content as XLSX.CellObject);
    if (cell) placed.push({ row, col, cell });
  }
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  for (const { row, col } of placed) {
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
  }
  for (const m of merges) {
    top = Math.min(top, m.top);
    left = Math.min(left, m.left);
    bottom = Math.max(bottom, m.bottom);
  }
  if (top === Infinity) return { sheet: name, origin: { row: 0, col: 0 }, cells: [], merges };
  const cells: Cell[][] = Array.from({ length: bottom - top + 1 }, () => []);
  placed.sort((a, b) => a.row - b.row || a.col - b.col);
  for (const { row, col, cell } of placed) {
    const line = cells[row - top] as Cell[];
    while (line.length < col - left) line.push(EMPTY_CELL);
    line.push(cell);
  }
  return { sheet: name, origin: { row: top, col: left }, cells, merges };
}

function toCell(content: XLSX.CellObject): Cell | null {
  const value = valueOf(content);
  const formula = content.f ? `=${content.f}` : undefined;
  if (value === null && formula === undefined) return null;
  const format = typeof content.z === 'string' && content.z !== 'General' ? content.z : undefined;
  return {
    value,
    ...(format !== undefined && typeof value === 'number' ? { format } : {}),
    ...(formula !== undefined ? { formula } : {}),
  };
}

function valueOf(content: XLSX.CellObject): CellValue {
  switch (content.t) {
    case 'n':
      return typeof content.v === 'number' ? content.v : null;
    case 's':
      return typeof content.v === 'string' ? content.v : null;
    case 'b':
      return typeof content.v === 'boolean' ? content.v : null;
    case 'e':
      return { error: content.w ?? '#N/A' };
    case 'd':
      return typeof content.v === 'number' ? content.v : null;
    default:
      return null;
  }
}
