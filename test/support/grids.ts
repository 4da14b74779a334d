/** Example sheets as Grids, and the edits a user (or a typo) makes to them. */
import { allExamples } from '../../examples/sheets/index.js';
import { sheetToGrid } from '../../examples/sheets/toGrid.js';
import { analyzeSheet, type AnalyzeOptions } from '../../src/engine/index.js';
import { fromA1, type Cell, type CellRange, type Grid } from '../../src/engine/grid.js';
import type { RecognisedSheet } from '../../src/engine/report.js';

export function exampleGrid(file: string, sheet?: string): Grid {
  const spec = allExamples.find((e) => e.file === file);
  if (!spec) throw new Error(`no example ${file}`);
  const sheetSpec = sheet ? spec.sheets.find((s) => s.name === sheet) : spec.sheets[0];
  if (!sheetSpec) throw new Error(`no sheet ${sheet} in ${file}`);
  return sheetToGrid(sheetSpec);
}

export function analyzed(grid: Grid, options?: AnalyzeOptions): RecognisedSheet {
  const result = analyzeSheet(grid, options);
  if (result.status !== 'recognised') throw new Error(`${grid.sheet}: ${result.reason}`);
  return result;
}

/** The cell at an A1 address. */
export function cellOf(grid: Grid, address: string): Cell {
  const { row, col } = fromA1(address);
  return grid.cells[row - grid.origin.row]?.[col - grid.origin.col] ?? { value: null };
}

/** A copy of the grid with some cells replaced (A1 addresses, sheet coordinates). */
export function withCells(grid: Grid, edits: Readonly<Record<string, Cell['value'] | Cell>>): Grid {
  const cells = grid.cells.map((row) => [...row]);
  for (const [address, edit] of Object.entries(edits)) {
    const { row, col } = fromA1(address);
    const r = row - grid.origin.row;
    const c = col - grid.origin.col;
    while (cells.length <= r) cells.push([]);
    const line = cells[r]!;
    while (line.length <= c) line.push({ value: null });
    line[c] =
      edit !== null && typeof edit === 'object' && 'value' in edit
        ? edit
        : { value: edit as Cell['value'] };
  }
  return { ...grid, cells };
}

/** The same sheet after "unmerge cells": values stay in the top-left cell, the rest blank. */
export function unmerged(grid: Grid): Grid {
  return { ...grid, merges: [] };
}

/** Level cells flattened the other way: every row of a merged area repeats the label. */
export function filledDown(grid: Grid): Grid {
  const cells = grid.cells.map((row) => [...row]);
  for (const m of grid.merges) {
    if (m.left !== m.right) continue;
    const master = cells[m.top - grid.origin.row]?.[m.left - grid.origin.col];
    for (let r = m.top + 1; r <= m.bottom; r++) {
      const line = cells[r - grid.origin.row];
      if (line && master) line[m.left - grid.origin.col] = master;
    }
  }
  return { ...grid, cells, merges: grid.merges.filter((m) => m.left !== m.right) };
}

/** Columns moved: `order[i]` is the old column (0-based within the grid) that lands at i. */
export function reordered(grid: Grid, order: readonly number[]): Grid {
  const cells = grid.cells.map((row) => order.map((old) => row[old] ?? { value: null }));
  const where = (old: number) => order.indexOf(old);
  const merges: CellRange[] = grid.merges.flatMap((m) => {
    const l = where(m.left - grid.origin.col);
    const r = where(m.right - grid.origin.col);
    // A merge across moved columns would no longer be contiguous: the user unmerged it.
    if (l < 0 || r < 0 || r - l !== m.right - m.left) return [];
    return [{ ...m, left: l + grid.origin.col, right: r + grid.origin.col }];
  });
  return { ...grid, cells, merges };
}

/** Findings as "rule@cell" strings, sorted: the shape most assertions compare. */
export function findingKeys(
  result: RecognisedSheet,
  severity?: 'error' | 'warning' | 'info',
): string[] {
  return result.findings
    .filter((f) => !severity || f.severity === severity)
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();
}
