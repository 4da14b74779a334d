/**
 * What a cell holds, compared the way undo needs: does it still show exactly what Ziping wrote
 * (so giving back the old content loses nothing the user typed since)?
 */
import type { Cell } from '../grid.js';
import type { PreviousContent } from '../report.js';

/** What Ziping put into a cell: a constant, and the number format when it set one. */
export interface Written {
  readonly value: number | string;
  readonly format?: string;
}

export function contentOf(cell: Cell): PreviousContent {
  return {
    value: cell.value,
    ...(cell.formula === undefined ? {} : { formula: cell.formula }),
    ...(cell.format === undefined ? {} : { format: cell.format }),
  };
}

/** Does the cell still hold exactly what Ziping wrote? */
export function holds(cell: Cell, written: Written): boolean {
  if (cell.formula !== undefined) return false;
  if (written.format !== undefined && (cell.format ?? 'General') !== written.format) return false;
  return cell.value === written.value;
}

export function isEmpty(cell: Cell): boolean {
  return cell.formula === undefined && (cell.value === null || cell.value === '');
}

/** A previous content that had something the user put there (a value or a formula). */
export function hadContent(previous: PreviousContent): boolean {
  return previous.formula !== undefined || (previous.value !== null && previous.value !== '');
}
