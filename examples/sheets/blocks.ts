/**
 * The blocks a 自评表 stacks under a title in its left-hand column, merged down over the block:
 * 项目资金 (a header row of columns, then one row of figures per source of funds), 年度总体目标
 * (预期目标 / 实际完成情况, then the texts) and 绩效指标 (the indicator header, then the grid).
 */
import { cellsOf, layout, type Field, type Placed, type SheetBuilder } from './sheet-builder.js';
import type { SpecCell } from './spec.js';
import { levelGrid, type GridNode, type GridOptions, type Leaf } from './grid.js';

/**
 * A header row whose first field is the block's title, then rows whose values stand in the
 * header's columns (a value's cell merged like its column's header); a row may stop early.
 * The title is merged down over the header and the rows. Returns the header's sheet row.
 */
export function titledBlock(
  s: SheetBuilder,
  head: readonly Field[],
  rows: readonly (readonly SpecCell[])[],
  opts: { bold?: boolean } = {},
): number {
  const [title, ...columns] = layout(head);
  if (!title) throw new Error('a titled block needs a title');
  const top = headRow(s, title, columns, opts);
  for (const values of rows) {
    if (values.length > columns.length)
      throw new Error(`${values.length} values for ${columns.length} columns`);
    const r = s.row(cellsOf(values.map((value, i) => ({ ...columns[i]!, value }))));
    for (const { first, last } of columns) s.across(r, first, last);
  }
  s.merge(top, title.first, s.nextRow - 1, title.last);
  return top;
}

/**
 * The indicator table under its title (绩效指标): the bold header row, whose first field is the
 * title, then the grid, its levels starting right of the title; the title is merged down over
 * both. Returns the header's sheet row.
 */
export function titledGrid<L extends Leaf>(
  s: SheetBuilder,
  head: readonly Field[],
  grid: readonly GridNode<L>[],
  options: Omit<GridOptions<L>, 'at'> = {},
): number {
  const [title, ...columns] = layout(head);
  if (!title) throw new Error('a titled grid needs a title');
  const top = headRow(s, title, columns, { bold: true });
  levelGrid(s, grid, { ...options, at: title.last + 1 });
  s.merge(top, title.first, s.nextRow - 1, title.last);
  return top;
}

/** The header row; the title's own merge is left to the block, which takes it down the rows. */
function headRow(
  s: SheetBuilder,
  title: Placed,
  columns: readonly Placed[],
  opts: { bold?: boolean },
): number {
  const r = s.row(cellsOf([title, ...columns]), opts);
  for (const { first, last } of columns) s.across(r, first, last);
  return r;
}
