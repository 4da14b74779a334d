/**
 * The indicator grid as the tables print it: 一级 › 二级 › leaf rows, each level's label in the
 * first row of its block and merged down over the block. A table's grid is data (a `Grid`);
 * `levelGrid` writes its rows and merges.
 */
import type { SheetBuilder } from './sheet-builder.js';
import type { SpecCell } from './spec.js';

/** A leaf row's own cells, left to right after the level columns (三级指标, 指标值, 分值, 得分…). */
export type Leaf = readonly (SpecCell | undefined)[];

/**
 * A level: its label (one cell, or several side by side such as a name and its 分值, each merged
 * down over the block), then what it holds. No children: one row with the label alone.
 */
export type Level<Child> = readonly [...label: SpecCell[], children: readonly Child[]];

/** 一级 › 二级 › leaves, the usual grid. */
export type Grid<L extends Leaf = Leaf> = readonly Level<Level<L>>[];

/** A grid of any depth: a node is a leaf, or a level whose last element lists its children. */
export type GridNode<L> = L | Branch<L>;
type Branch<L> = readonly [...label: SpecCell[], children: readonly GridNode<L>[]];

export interface GridOptions<L> {
  /** Column (0-based) of the outermost level's label; the columns left of it stay empty. */
  readonly at?: number;
  /** How many of a leaf's own cells stand left of the level columns (a 序号). */
  readonly leading?: number;
  /** A leaf's cells as printed, when the data is not already them. */
  readonly cells?: (leaf: L) => Leaf;
  /** Further columns merged down over each innermost block (a 二级 block's one 得分). */
  readonly blockColumns?: readonly number[];
  /** Called with each leaf's sheet row, for merges of its own. */
  readonly each?: (row: number, leaf: L) => void;
}

/** Writes the grid's rows from the builder's next row, merging each level's label cells down. */
export function levelGrid<L extends Leaf>(
  s: SheetBuilder,
  grid: readonly GridNode<L>[],
  options: GridOptions<L> = {},
): void {
  const { at = 0, leading = 0, cells = (leaf: L): Leaf => leaf, blockColumns = [], each } = options;
  const blanks = (n: number): null[] => Array<null>(n).fill(null);

  /** `labels`: the level cells this node's first row prints (blank where a level began above). */
  const write = (node: GridNode<L>, labels: readonly SpecCell[]): void => {
    if (!isLevel(node)) {
      const own = cells(node);
      const r = s.row([
        ...own.slice(0, leading),
        ...blanks(at - leading),
        ...labels,
        ...own.slice(leading),
      ]);
      each?.(r, node);
      return;
    }
    const label = node.slice(0, -1) as SpecCell[];
    const children = node[node.length - 1] as readonly GridNode<L>[];
    const col = at + labels.length;
    const first = s.nextRow;
    const mine = [...labels, ...label];
    if (children.length === 0) s.row([...blanks(at), ...mine]);
    children.forEach((child, i) => write(child, i === 0 ? mine : blanks(mine.length)));
    const last = s.nextRow - 1;
    label.forEach((_, k) => s.down(col + k, first, last));
    if (!children.some(isLevel)) for (const c of blockColumns) s.down(c, first, last);
  };
  for (const node of grid) write(node, []);
}

/** A level ends with the list of its children; a leaf holds cells only, never a list. */
function isLevel<L extends Leaf>(node: GridNode<L>): node is Branch<L> {
  return Array.isArray(node[node.length - 1]);
}
