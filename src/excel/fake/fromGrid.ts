/**
 * An engine `Grid` (e.g. an example sheet) as a fake sheet, so tests and the demo load the same
 * tables. `extra.cells` adds to the grid's cells (a user's fill, lock or note).
 */
import { toA1, type Grid } from '../../engine/index.js';
import { rangeToA1 } from '../address.js';
import type { FakeCellInit, FakeSheetInit } from './index.js';

export function fakeSheetFromGrid(
  grid: Grid,
  extra: Partial<Omit<FakeSheetInit, 'name'>> = {},
): FakeSheetInit {
  const cells: Record<string, FakeCellInit> = {};
  grid.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.value === null && cell.formula === undefined && cell.format === undefined) return;
      cells[toA1(grid.origin.row + r, grid.origin.col + c)] = {
        value: cell.value,
        ...(cell.formula === undefined ? {} : { formula: cell.formula }),
        ...(cell.format === undefined ? {} : { format: cell.format }),
      };
    }),
  );
  // Extra cells refine the grid's (a fill, a lock, a note) rather than replace them.
  for (const [address, change] of Object.entries(extra.cells ?? {})) {
    const own =
      typeof change === 'object' && change !== null && !('error' in change)
        ? change
        : { value: change };
    cells[address] = { ...cells[address], ...own };
  }
  return { name: grid.sheet, merges: grid.merges.map(rangeToA1), ...extra, cells };
}
