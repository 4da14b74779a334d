/**
 * Header and label matching works on normalised text: full-width forms folded to
 * half-width, every kind of white space removed. "指 标 值\n（%）" → "指标值(%)".
 */

const FULL_WIDTH_TO_HALF = 0xfee0;

/** Lookalikes that differ in code point, by code: folded so "≧95％" reads as "≥95%". */
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
  [0x3000, ' '], // ideographic space
]);

/** Copies only when something must change; most cells are returned as they are. */
export function toHalfWidth(text: string): string {
  let out: string | null = null;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Below the lookalikes, or a CJK ideograph: nothing to fold (the common case).
    if (code < 0x2013 || (code >= 0x3400 && code < 0xfe6a)) continue;
    const folded =
      code >= 0xff01 && code <= 0xff5e
        ? String.fromCharCode(code - FULL_WIDTH_TO_HALF)
        : LOOKALIKES.get(code);
    if (folded === undefined) continue;
    out = (out ?? '') + text.slice(from, i) + folded;
    from = i + 1;
  }
  return out === null ? text : out + text.slice(from);
}

const SPACES = /[\s\u00a0\u200b\ufeff]+/g;

export function normalizeText(text: string): string {
  return toHalfWidth(text).replace(SPACES, '');
}
