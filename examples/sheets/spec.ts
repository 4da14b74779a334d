/**
 * How an example workbook is described: plain data transcribed from ../shared/seeds/,
 * turned into .xlsx by scripts/build-examples.ts. Kept as data so tests can also read the
 * intended content (e.g. which row is 合计) without parsing the workbook.
 */

/** A cell: a constant, or an object when it needs a number format or a formula. */
export type SpecCell =
  | string
  | number
  | null
  | {
      readonly v?: string | number | null;
      /** Excel number format, e.g. "0.00%" (with v = 0.95) or "#,##0.00". */
      readonly fmt?: string;
      /** A formula without "=", e.g. "SUM(H9:H53)"; `v` is its cached result. */
      readonly f?: string;
    };

export interface SheetSpec {
  readonly name: string;
  /** 1-based row and column where `rows[0][0]` goes (tables need not start at A1). */
  readonly start?: { readonly row: number; readonly col: number };
  readonly rows: readonly (readonly SpecCell[])[];
  /** Merged areas in A1 notation, in sheet coordinates, e.g. "A1:I1". */
  readonly merges?: readonly string[];
  /** Column widths in characters, from the first sheet column. */
  readonly widths?: readonly number[];
  /** 1-based sheet rows to print bold (titles, headers, totals). */
  readonly boldRows?: readonly number[];
  /** Inclusive 1-based sheet row ranges that get thin borders (the tables), e.g. [[5, 60]]. */
  readonly bordered?: readonly (readonly [number, number])[];
}

export interface WorkbookSpec {
  /** File name under examples/, e.g. "shangjie-2021.xlsx". */
  readonly file: string;
  /** Which seed it was transcribed from, e.g. "000_0f550cf30aba9bfd.txt". */
  readonly seed: string;
  readonly sheets: readonly SheetSpec[];
}
