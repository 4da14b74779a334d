/**
 * The simulated worksheet: an HTML table with Excel-like row and column headers, merged
 * cells, fills, note markers (the red corner Excel draws) and the selection outline.
 */
import { Fragment, useMemo } from 'react';
import { columnLetter } from '../taskpane/format.js';
import { toA1, type CellRange } from '../engine/index.js';
import type { DemoSnapshot } from './workbook.js';

export interface CellView {
  readonly text: string;
  readonly numeric: boolean;
  readonly fill: string | null;
  readonly note: string | null;
  readonly formula: string | null;
}

/** What the grid shows (the workbook's snapshot) and what it reports back. */
export type SheetViewProps = Omit<DemoSnapshot, 'sheet'> & {
  readonly onSelect: (row: number, col: number) => void;
  /** Double-click: start typing into the cell (through the formula bar). */
  readonly onEdit: (row: number, col: number) => void;
};

export function SheetView(props: SheetViewProps) {
  const { rows, cols, cell, merges, selection, widths, boldRows, onSelect, onEdit } = props;
  const layout = useMemo(() => mergeLayout(merges), [merges]);
  return (
    <table className="sheet" role="grid" aria-label="模拟工作表">
      <colgroup>
        <col className="sheet-rowhead-col" />
        {Array.from({ length: cols }, (_, c) => (
          <col key={c} style={{ width: `${Math.max(4, widths[c] ?? 9) * 7.5 + 8}px` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className="sheet-corner" />
          {Array.from({ length: cols }, (_, c) => (
            <th
              key={c}
              className={inSelection(selection, null, c) ? 'sheet-head is-active' : 'sheet-head'}
            >
              {columnLetter(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr key={r} className={boldRows.has(r) ? 'is-bold' : undefined}>
            <th className={inSelection(selection, r, null) ? 'sheet-head is-active' : 'sheet-head'}>
              {r + 1}
            </th>
            {Array.from({ length: cols }, (_, c) => {
              const key = `${r},${c}`;
              if (layout.covered.has(key)) return <Fragment key={c} />;
              const span = layout.spans.get(key);
              const view = cell(r, c);
              const address = toA1(r, c);
              const selected = selection !== null && selection.top === r && selection.left === c;
              const classes = ['sheet-cell'];
              if (view.numeric) classes.push('is-number');
              if (selected) classes.push('is-selected');
              if (view.note) classes.push('has-note');
              return (
                <td
                  key={c}
                  className={classes.join(' ')}
                  rowSpan={span?.rows}
                  colSpan={span?.cols}
                  style={view.fill ? { backgroundColor: view.fill } : undefined}
                  title={view.note ?? undefined}
                  data-address={address}
                  data-fill={view.fill ?? undefined}
                  data-note={view.note ?? undefined}
                  aria-selected={selected}
                  onClick={() => onSelect(r, c)}
                  onDoubleClick={() => onEdit(r, c)}
                >
                  {view.text}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function inSelection(selection: CellRange | null, row: number | null, col: number | null): boolean {
  if (!selection) return false;
  if (row !== null && (row < selection.top || row > selection.bottom)) return false;
  if (col !== null && (col < selection.left || col > selection.right)) return false;
  return true;
}

/** For each merged area: the span of its top-left cell and the cells it hides. */
function mergeLayout(merges: readonly CellRange[]) {
  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of merges) {
    spans.set(`${m.top},${m.left}`, { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
    }
  }
  return { spans, covered };
}
