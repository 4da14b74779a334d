/** The part of fast-formula-parser's API the evaluator uses (the package ships no types). */
declare module 'fast-formula-parser' {
  export interface CellRef {
    readonly sheet: string;
    readonly row: number;
    readonly col: number;
  }
  export interface RangeRef {
    readonly sheet: string;
    readonly from: { readonly row: number; readonly col: number };
    readonly to: { readonly row: number; readonly col: number };
  }
  export type FormulaValue = number | string | boolean | null | FormulaErrorValue;
  export interface FormulaErrorValue {
    readonly error: string;
  }
  export interface FlattenInfo {
    readonly isLiteral: boolean;
  }
  export interface FormulaParserConfig {
    onCell?(ref: CellRef): FormulaValue;
    onRange?(ref: RangeRef): FormulaValue[][];
    functions?: Record<string, (...args: unknown[]) => unknown>;
  }
  export default class FormulaParser {
    constructor(config?: FormulaParserConfig);
    parse(formula: string, position: CellRef, allowReturnArray?: boolean): unknown;
    static readonly FormulaError: {
      new (error: string): FormulaErrorValue;
      readonly DIV0: FormulaErrorValue;
    };
    static readonly FormulaHelpers: {
      flattenParams(
        params: unknown[],
        type: number,
        allowUnion: boolean,
        hook: (item: unknown, info: FlattenInfo) => void,
      ): void;
    };
    static readonly Types: { readonly NUMBER: number };
  }
}
