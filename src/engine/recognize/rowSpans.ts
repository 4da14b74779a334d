/**
 * Sets of sheet rows as the tables claim them: a few spans of consecutive rows. On a
 * 100,000-row grid a hash set of every row costs more than the recogniser that asks it.
 */

/** What the recognisers ask of a set of rows; a `Set<number>` of a few rows answers it too. */
export interface RowSet {
  has(row: number): boolean;
}

export interface RowSpan {
  readonly top: number;
  readonly bottom: number;
}

export class RowSpans implements RowSet {
  /** Sorted by top, disjoint and not touching. */
  private readonly spans: readonly RowSpan[];

  constructor(spans: Iterable<RowSpan>) {
    const sorted = [...spans].filter((s) => s.bottom >= s.top).sort((a, b) => a.top - b.top);
    const merged: RowSpan[] = [];
    for (const s of sorted) {
      const last = merged[merged.length - 1];
      if (last && s.top <= last.bottom + 1)
        merged[merged.length - 1] = { top: last.top, bottom: Math.max(last.bottom, s.bottom) };
      else merged.push(s);
    }
    this.spans = merged;
  }

  has(row: number): boolean {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.spans[mid]!;
      if (row < s.top) hi = mid - 1;
      else if (row > s.bottom) lo = mid + 1;
      else return true;
    }
    return false;
  }
}
