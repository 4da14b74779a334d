/**
 * A transcribed sheet as the engine's Grid, without writing a file: what Excel would hold
 * (values only in the top-left cell of a merge). Used by tests and by the demo page.
 */
import { fromA1, type Cell, type CellRange, type Grid } from '../../src/engine/grid.js';
import type { SheetSpec, SpecCell } from './spec.js';

export function sheetToGrid(spec: SheetSpec): Grid {
  const top = (spec.start?.row ?? 1) - 1;
  const left = (spec.start?.col ?? 1) - 1;
  const merges = (spec.merges ?? []).map(parseRange);
  const covered = new Set<string>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
    }
  }
  const cells = spec.rows.map((row, i) =>
    row.map((cell, j) => (covered.has(`${top + i},${left + j}`) ? { value: null } : toCell(cell))),
  );
  return { sheet: spec.name, origin: { row: top, col: left }, cells, merges };
}

function toCell(spec: SpecCell): Cell {
  if (spec === null || typeof spec !== 'object') return { value: spec };
  return {
    value: spec.v ?? null,
    ...(spec.fmt ? { format: spec.fmt } : {}),
    ...(spec.f ? { formula: `=${spec.f}` } : {}),
  };
}

function parseRange(a1: string): CellRange {
  const [from = '', to = from] = a1.split(':');
  const a = fromA1(from);
  const b = fromA1(to);
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}
