/**
 * The header text above each column of a recognised table, as the pane's column choices show
 * it ("H 列 · 得分"): the header rows' texts joined, a merged header read from its top-left cell.
 */
import { cellAt, type Grid } from '../engine/index.js';
import type { ColumnMapping } from '../engine/index.js';

/** Columns 0 to the table's right edge (at least `minimum`), "" where the header is blank. */
export function columnHeaders(grid: Grid, mapping: ColumnMapping, minimum = 11): string[] {
  const last = Math.max(mapping.range.right, minimum);
  const texts: string[] = [];
  for (let col = 0; col <= last; col++) {
    const parts: string[] = [];
    for (let row = mapping.headerRows.first; row <= mapping.headerRows.last; row++) {
      const text = textAt(grid, row, col);
      if (text && !parts.includes(text)) parts.push(text);
    }
    texts.push(parts.join(' / '));
  }
  return texts;
}

function textAt(grid: Grid, row: number, col: number): string {
  const merge = grid.merges.find(
    (m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right,
  );
  const value = cellAt(grid, merge ? merge.top : row, merge ? merge.left : col).value;
  return typeof value === 'string' || typeof value === 'number'
    ? String(value).replace(/\s+/g, ' ').trim()
    : '';
}
