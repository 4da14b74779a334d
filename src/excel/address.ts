/**
 * A1 addresses as Office.js speaks them: "Sheet1!A1:C3", "'My sheet'!B2", "H5". Pure string
 * work, shared by the adapter and the in-memory fake, so both agree on the notation.
 */
import { fromA1, type CellPosition, type CellRange } from '../engine/index.js';

export interface QualifiedRange {
  /** Absent when the address had no "Sheet!" prefix. */
  readonly sheet?: string;
  readonly range: CellRange;
}

import { rangeToA1 } from '../engine/index.js';

export { rangeToA1 };

/** Quotes a sheet name the way Excel does when it holds anything but letters, digits and _. */
export function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) && !/^\d/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function qualify(sheet: string, range: CellRange): string {
  return `${quoteSheet(sheet)}!${rangeToA1(range)}`;
}

/** Parses one area ("A1", "A1:B2", "Sheet!A1:B2", "'It''s'!$A$1"); throws on anything else. */
export function parseArea(address: string): QualifiedRange {
  const text = address.trim();
  const bang = text.lastIndexOf('!');
  const sheet = bang === -1 ? undefined : unquoteSheet(text.slice(0, bang));
  const [first = '', second] = text.slice(bang + 1).split(':');
  const a = fromA1(first);
  const b = second === undefined ? a : fromA1(second);
  const range = {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
  return sheet === undefined ? { range } : { sheet, range };
}

/** Parses a multi-area address ("Sheet!A1:B2, Sheet!D4") as `RangeAreas.address` returns it. */
export function parseAreas(address: string): QualifiedRange[] {
  return splitAreas(address).map(parseArea);
}

export function containsCell(range: CellRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

export function boundingBox(cells: readonly CellPosition[]): CellRange | null {
  if (cells.length === 0) return null;
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const { row, col } of cells) {
    top = Math.min(top, row);
    left = Math.min(left, col);
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  return { top, left, bottom, right };
}

/**
 * Folds cells into few rectangles: vertical runs per column, then runs of equal row span across
 * adjacent columns. Marks cluster in score columns, so a column of flags becomes one area.
 */
export function cellsToAreas(cells: readonly CellPosition[]): CellRange[] {
  const byCol = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byCol.get(col) ?? [];
    rows.push(row);
    byCol.set(col, rows);
  }
  const runs: CellRange[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    let start = rows[0] ?? 0;
    for (let i = 1; i <= rows.length; i++) {
      const row = rows[i];
      const previous = rows[i - 1] ?? start;
      if (row === previous + 1) continue;
      runs.push({ top: start, bottom: previous, left: col, right: col });
      if (row !== undefined) start = row;
    }
  }
  // Widen a run into the next column when that column has the same run.
  const merged: CellRange[] = [];
  const open = new Map<string, number>();
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}`;
    const index = open.get(key);
    const prior = index === undefined ? undefined : merged[index];
    if (index !== undefined && prior && prior.right === run.left - 1) {
      merged[index] = { ...prior, right: run.right };
    } else {
      open.set(key, merged.length);
      merged.push(run);
    }
  }
  return merged;
}

function splitAreas(address: string): string[] {
  // Commas inside a quoted sheet name do not separate areas.
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

function unquoteSheet(text: string): string {
  return text.startsWith("'") && text.endsWith("'") ? text.slice(1, -1).replace(/''/g, "'") : text;
}
