/**
 * A worksheet part as the writer sees it: where each row and cell tag is, each cell's style
 * and whether it holds a formula, the merged areas, and where the elements after
 * `sheetData` begin. Offsets are into the part's text, for splices.
 */
import type { CellRange } from '../../engine/index.js';
import { parseAddress, parseRange } from '../xlsx/sheetReader.js';
import { prefixedAttr, scanXml } from '../xml/scanner.js';

export interface CellTag {
  readonly row: number;
  readonly col: number;
  /** `<c …>` or `<c …/>`: the start tag's offsets. */
  readonly tagStart: number;
  readonly tagEnd: number;
  /** Just after `</c>` (or the self-closing tag). */
  end: number;
  readonly style: number;
  hasFormula: boolean;
}

export interface RowTag {
  readonly row: number;
  readonly tagStart: number;
  readonly tagEnd: number;
  readonly selfClosing: boolean;
  /** Offset of `</row>` (the self-closing tag's start when empty). */
  closeStart: number;
  readonly cells: CellTag[];
  /** The row's own format (`customFormat`), which its empty cells show. */
  readonly style: number | null;
}

/** A `<col>` range's format, which the column's empty cells show. */
export interface ColumnStyle {
  readonly min: number;
  readonly max: number;
  readonly style: number;
}

export interface SheetXml {
  readonly text: string;
  /** The SpreadsheetML prefix the part uses ("" or e.g. "x:"). */
  readonly prefix: string;
  readonly rows: readonly RowTag[];
  readonly columns: readonly ColumnStyle[];
  readonly merges: readonly CellRange[];
  /** `<sheetData>`'s start tag and where its content ends (`</sheetData>`), or self-closing. */
  readonly sheetData: {
    readonly tagStart: number;
    readonly tagEnd: number;
    readonly closeStart: number;
    readonly selfClosing: boolean;
  };
  /** Top-level elements after sheetData, by local name, with their start offsets. */
  readonly topLevel: readonly {
    readonly name: string;
    readonly start: number;
    readonly attrs: Readonly<Record<string, string>>;
    readonly rid: string | undefined;
  }[];
  /** Offset of the root's end tag. */
  readonly rootClose: number;
}

export function parseSheetXml(text: string): SheetXml {
  const rows: RowTag[] = [];
  const columns: ColumnStyle[] = [];
  const merges: CellRange[] = [];
  const topLevel: {
    name: string;
    start: number;
    attrs: Record<string, string>;
    rid: string | undefined;
  }[] = [];
  let prefix = '';
  let depth = 0;
  let sheetData = { tagStart: -1, tagEnd: -1, closeStart: -1, selfClosing: false };
  let row: RowTag | null = null;
  let cell: CellTag | null = null;
  let rowIndex = -1;
  let nextCol = 0;
  let rootClose = text.length;
  scanXml(text, {
    open(tag) {
      if (depth === 1)
        topLevel.push({
          name: tag.name,
          start: tag.start,
          attrs: tag.attrs,
          rid: prefixedAttr(tag, 'id'),
        });
      if (tag.name === 'sheetData' && depth === 1) {
        prefix = tag.qname.slice(0, tag.qname.length - tag.name.length);
        sheetData = {
          tagStart: tag.start,
          tagEnd: tag.end,
          closeStart: tag.start,
          selfClosing: tag.selfClosing,
        };
      } else if (tag.name === 'row' && depth === 2) {
        rowIndex = tag.attrs.r === undefined ? rowIndex + 1 : Number(tag.attrs.r) - 1;
        nextCol = 0;
        row = {
          row: rowIndex,
          tagStart: tag.start,
          tagEnd: tag.end,
          selfClosing: tag.selfClosing,
          closeStart: tag.start,
          cells: [],
          style:
            tag.attrs.customFormat === '1' || tag.attrs.customFormat === 'true'
              ? Number(tag.attrs.s ?? 0)
              : null,
        };
        rows.push(row);
      } else if (tag.name === 'c' && depth === 3 && row) {
        const at = tag.attrs.r === undefined ? null : parseAddress(tag.attrs.r);
        cell = {
          row: at?.row ?? row.row,
          col: at?.col ?? nextCol,
          tagStart: tag.start,
          tagEnd: tag.end,
          end: tag.end,
          style: Number(tag.attrs.s ?? 0),
          hasFormula: false,
        };
        nextCol = cell.col + 1;
        row.cells.push(cell);
      } else if (tag.name === 'f' && cell) {
        cell.hasFormula = true;
      } else if (tag.name === 'col' && depth === 2 && tag.attrs.style !== undefined) {
        columns.push({
          min: Number(tag.attrs.min) - 1,
          max: Number(tag.attrs.max) - 1,
          style: Number(tag.attrs.style),
        });
      } else if (tag.name === 'mergeCell') {
        const range = tag.attrs.ref === undefined ? null : parseRange(tag.attrs.ref);
        if (range) merges.push(range);
      }
      if (!tag.selfClosing) depth++;
      else if (tag.name === 'c') cell = null;
    },
    close(name, start, end) {
      depth--;
      if (name === 'c' && cell) {
        cell.end = end;
        cell = null;
      } else if (name === 'row' && row && depth === 2) {
        row.closeStart = start;
        row = null;
      } else if (name === 'sheetData' && depth === 1) {
        sheetData = { ...sheetData, closeStart: start };
      } else if (depth === 0) {
        rootClose = start;
      }
    },
  });
  return {
    text,
    prefix,
    rows,
    columns,
    merges,
    sheetData,
    topLevel: topLevel.filter((t) => t.start > sheetData.tagStart),
    rootClose,
  };
}
