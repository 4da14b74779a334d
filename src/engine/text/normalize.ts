/**
 * Header and label matching works on normalised text: full-width forms folded to
 * half-width, every kind of white space removed. "指 标 值\n（%）" → "指标值(%)".
 */

const FULL_WIDTH_TO_HALF = 0xfee0;

/** Lookalikes that differ in code point: folded so "≧95％" reads as "≥95%". */
const LOOKALIKES: Readonly<Record<string, string>> = {
  '≧': '≥',
  '≦': '≤',
  '〈': '<',
  '〉': '>',
  '﹪': '%',
  '。': '.',
  '—': '-',
  '–': '-',
  '−': '-',
  '\u3000': ' ',
};

/** Every character toHalfWidth changes; only those are touched, long texts are not rebuilt. */
const FOLDED = /[\uff01-\uff5e\u3000≧≦〈〉﹪。—–−]/g;

function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0xff01 && code <= 0xff5e
    ? String.fromCharCode(code - FULL_WIDTH_TO_HALF)
    : (LOOKALIKES[ch] ?? ch);
}

export function toHalfWidth(text: string): string {
  return text.replace(FOLDED, fold);
}

const SPACES = /[\s\u00a0\u200b\ufeff]+/g;

export function normalizeText(text: string): string {
  return toHalfWidth(text).replace(SPACES, '');
}
