/**
 * The planned cells, written into the sheet's XML and nothing else: a written cell gets its
 * new value and style, a marked cell only its new style index; a cell or row the sheet does
 * not have yet is inserted in order.
 */
import { toA1 } from '../../engine/index.js';
import { escapeXml } from '../xml/text.js';
import type { RowTag, SheetXml } from './sheetXml.js';
import { withAttributes, type Splice } from './splice.js';

export interface CellEdit {
  readonly row: number;
  readonly col: number;
  /** The style index the cell gets. */
  readonly style: number;
  /** A new value, or absent to keep the cell's content (a mark). */
  readonly value?: number | string;
}

export function cellEditSplices(sheet: SheetXml, edits: readonly CellEdit[]): Splice[] {
  const rows = new Map(sheet.rows.map((r) => [r.row, r]));
  const byRow = new Map<number, CellEdit[]>();
  for (const edit of edits) {
    const list = byRow.get(edit.row) ?? [];
    list.push(edit);
    byRow.set(edit.row, list);
  }
  const splices: Splice[] = [];
  const missingRows: [number, CellEdit[]][] = [];
  for (const [rowIndex, rowEdits] of byRow) {
    rowEdits.sort((a, b) => a.col - b.col);
    const row = rows.get(rowIndex);
    if (row) splices.push(...rowSplices(sheet, row, rowEdits));
    else missingRows.push([rowIndex, rowEdits]);
  }
  missingRows.sort((a, b) => a[0] - b[0]);
  splices.push(...newRowSplices(sheet, missingRows));
  return splices;
}

function rowSplices(sheet: SheetXml, row: RowTag, edits: readonly CellEdit[]): Splice[] {
  const splices: Splice[] = [];
  const inserted: string[] = [];
  let insertAt = -1;
  const flush = () => {
    if (inserted.length === 0) return;
    splices.push({ start: insertAt, end: insertAt, text: inserted.join('') });
    inserted.length = 0;
  };
  for (const edit of edits) {
    const existing = row.cells.find((c) => c.col === edit.col);
    if (existing) {
      flush();
      if (edit.value === undefined) {
        const tag = sheet.text.slice(existing.tagStart, existing.tagEnd);
        splices.push({
          start: existing.tagStart,
          end: existing.tagEnd,
          text: withAttributes(tag, { s: String(edit.style) }),
        });
      } else {
        splices.push({
          start: existing.tagStart,
          end: existing.end,
          text: cellXml(sheet.prefix, edit),
        });
      }
      continue;
    }
    const next = row.cells.find((c) => c.col > edit.col);
    const at = next ? next.tagStart : row.closeStart;
    if (at !== insertAt) flush();
    insertAt = at;
    inserted.push(cellXml(sheet.prefix, edit));
  }
  flush();
  if (row.selfClosing && splices.length > 0) {
    // <row r="5"/> becomes <row r="5">…</row>.
    const open = sheet.text.slice(row.tagStart, row.tagEnd).replace(/\s*\/>$/, '>');
    const content = splices.map((s) => s.text).join('');
    return [
      { start: row.tagStart, end: row.tagEnd, text: `${open}${content}</${sheet.prefix}row>` },
    ];
  }
  const spans = widenedSpans(sheet.text.slice(row.tagStart, row.tagEnd), edits);
  if (spans) splices.push({ start: row.tagStart, end: row.tagEnd, text: spans });
  return splices;
}

/** A row's `spans` hint ("1:9") widened to the columns written, or null when it covers them. */
function widenedSpans(tag: string, edits: readonly CellEdit[]): string | null {
  const match = /\sspans\s*=\s*"(\d+):(\d+)"/.exec(tag);
  if (!match) return null;
  const [from, to] = [Number(match[1]), Number(match[2])];
  const cols = edits.map((e) => e.col + 1);
  const [low, high] = [Math.min(from, ...cols), Math.max(to, ...cols)];
  return low === from && high === to ? null : withAttributes(tag, { spans: `${low}:${high}` });
}

function newRowSplices(sheet: SheetXml, rows: readonly [number, CellEdit[]][]): Splice[] {
  const p = sheet.prefix;
  const splices: Splice[] = [];
  const data = sheet.sheetData;
  if (data.selfClosing) {
    const open = sheet.text.slice(data.tagStart, data.tagEnd).replace(/\s*\/>$/, '>');
    const content = rows.map(([r, edits]) => rowXml(p, r, edits)).join('');
    return [{ start: data.tagStart, end: data.tagEnd, text: `${open}${content}</${p}sheetData>` }];
  }
  for (const [rowIndex, edits] of rows) {
    const next = sheet.rows.find((r) => r.row > rowIndex);
    const at = next ? next.tagStart : data.closeStart;
    splices.push({ start: at, end: at, text: rowXml(p, rowIndex, edits) });
  }
  return splices;
}

function rowXml(p: string, row: number, edits: readonly CellEdit[]): string {
  return `<${p}row r="${row + 1}">${edits.map((e) => cellXml(p, e)).join('')}</${p}row>`;
}

/** A cell with its value: a number, or text as an inline string (the shared strings stay as they were). */
export function cellXml(p: string, edit: CellEdit): string {
  const ref = toA1(edit.row, edit.col);
  const style = edit.style === 0 ? '' : ` s="${edit.style}"`;
  if (edit.value === undefined) return `<${p}c r="${ref}"${style}/>`;
  if (typeof edit.value === 'number')
    return `<${p}c r="${ref}"${style}><${p}v>${numberText(edit.value)}</${p}v></${p}c>`;
  const space = /^\s|\s$|\n/.test(edit.value) ? ' xml:space="preserve"' : '';
  return `<${p}c r="${ref}"${style} t="inlineStr"><${p}is><${p}t${space}>${escapeXml(edit.value)}</${p}t></${p}is></${p}c>`;
}

/** Shortest round-tripping text, without float noise beyond 15 significant digits (Excel's precision). */
function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}
