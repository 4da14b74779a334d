/**
 * Header and label matching works on normalised text: full-width forms folded to
 * half-width, lookalikes folded ("≧" → "≥"), every kind of white space removed.
 * "指 标 值\n（%）" → "指标值(%)".
 */

const FULL_WIDTH_TO_HALF = 0xfee0;

/** Lookalikes that differ in code point, by code. */
const LOOKALIKES: ReadonlyMap<number, string> = new Map([
  [0x2267, '≥'], // ≧
  [0x2266, '≤'], // ≦
  [0x3008, '<'], // 〈
  [0x3009, '>'], // 〉
  [0xfe6a, '%'], // ﹪
  [0x3002, '.'], // 。
  [0x2014, '-'], // —
  [0x2013, '-'], // –
  [0x2212, '-'], // −
  [0x2550, '='], // ═ (box drawing, typed for = in some tables)
]);

/** White space of every kind, as JavaScript's \s knows it, plus the zero-width space. */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * One pass; copies only when something changes, so most cells come back as they are
 * (this runs on every label of a 100,000-row sheet).
 */
export function normalizeText(text: string): string {
  let out: string | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Printable ASCII and CJK ideographs: nothing to do (the common case).
    if ((code > 0x20 && code < 0xa0) || (code >= 0x3400 && code < 0xfe6a)) continue;
    let replacement: string | undefined;
    if (isSpace(code)) replacement = '';
    else if (code >= 0xff01 && code <= 0xff5e)
      replacement = String.fromCharCode(code - FULL_WIDTH_TO_HALF);
    else replacement = LOOKALIKES.get(code);
    if (replacement === undefined) continue;
    out = (out ?? '') + text.slice(from, i) + replacement;
    from = i + 1;
  }
  return out === null ? text : out + text.slice(from);
}
