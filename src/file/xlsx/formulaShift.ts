/**
 * Moving a formula to another cell as Excel fills it: relative references shift, `$`
 * references stay. A shared formula is stored once, on its first cell; every other cell
 * of the block holds only `<f t="shared" si="…"/>` and means the master's formula moved.
 */
import { columnLetter, fromA1 } from '../../engine/index.js';

const MAX_COL = 16_384; // XFD
const MAX_ROW = 1_048_576;
const REF = '#REF!';

/*
 * One alternative per token kind; only the reference kinds are rewritten. Strings, quoted
 * sheet names and structured references ([Column]) are matched so that their contents are
 * left alone. A reference is not part of a longer name (look-behind) and is not a
 * function name, a sheet name or a longer name (look-ahead).
 */
const TOKENS = new RegExp(
  [
    String.raw`"(?:[^"]|"")*"`,
    String.raw`'(?:[^']|'')*'`,
    String.raw`\[[^\]]*\]`,
    String.raw`(?<![\w.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(!])`,
    String.raw`(?<![\w.$:])(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w(!])`,
    String.raw`(?<![\w.$:])(\$?)(\d+):(\$?)(\d+)(?![\w.(!])`,
  ].join('|'),
  'g',
);

export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(
    TOKENS,
    (
      token,
      cAbs?: string,
      cCol?: string,
      rAbs?: string,
      cRow?: string,
      aAbs?: string,
      aCol?: string,
      bAbs?: string,
      bCol?: string,
      xAbs?: string,
      xRow?: string,
      yAbs?: string,
      yRow?: string,
    ) => {
      if (cCol !== undefined && cRow !== undefined) {
        const col = columnNumber(cCol);
        if (col > MAX_COL) return token; // a name such as "LOG10" or "ABCD1"
        const [c, r] = [shiftCol(col, cAbs, cols), shiftRow(Number(cRow), rAbs, rows)];
        return c === REF || r === REF ? REF : `${cAbs}${c}${rAbs}${r}`;
      }
      if (aCol !== undefined && bCol !== undefined) {
        const [a, b] = [columnNumber(aCol), columnNumber(bCol)];
        if (a > MAX_COL || b > MAX_COL) return token;
        const [x, y] = [shiftCol(a, aAbs, cols), shiftCol(b, bAbs, cols)];
        return x === REF || y === REF ? REF : `${aAbs}${x}:${bAbs}${y}`;
      }
      if (xRow !== undefined && yRow !== undefined) {
        const [x, y] = [shiftRow(Number(xRow), xAbs, rows), shiftRow(Number(yRow), yAbs, rows)];
        return x === REF || y === REF ? REF : `${xAbs}${x}:${yAbs}${y}`;
      }
      return token;
    },
  );
}

function shiftCol(col: number, absolute: string | undefined, by: number): string {
  const moved = absolute ? col : col + by;
  return moved < 1 || moved > MAX_COL ? REF : columnLetters(moved);
}

function shiftRow(row: number, absolute: string | undefined, by: number): string {
  const moved = absolute ? row : row + by;
  return moved < 1 || moved > MAX_ROW ? REF : String(moved);
}

/** "AB" → 28, through the engine's A1 helpers (one home for column letters). */
function columnNumber(letters: string): number {
  return fromA1(`${letters}1`).col + 1;
}

function columnLetters(n: number): string {
  return columnLetter(n - 1);
}
