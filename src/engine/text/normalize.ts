/**
 * Header and label matching works on normalised text: full-width forms folded to
 * half-width, every kind of white space removed. "指 标 值\n（%）" → "指标值(%)".
 */

const FULL_WIDTH_START = 0xff01;
const FULL_WIDTH_END = 0xff5e;
const FULL_TO_HALF = 0xfee0;

/** Characters that look alike in published tables but differ in code point. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  '≧': '≥',
  '≦': '≤',
  '〈': '<',
  '〉': '>',
  '﹪': '%',
  '．': '.',
  '。': '.',
  '、': '、',
  '－': '-',
  '—': '-',
  '–': '-',
  '−': '-',
};

/** Anything toHalfWidth would change; most cells have none, and skip the loop. */
const NEEDS_FOLDING = /[\uff01-\uff5e\u3000≧≦〈〉﹪．。－—–−]/;

export function toHalfWidth(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) {
      out += String.fromCodePoint(code - FULL_TO_HALF);
    } else if (code === 0x3000) {
      out += ' ';
    } else {
      out += LOOKALIKES[ch] ?? ch;
    }
  }
  return out;
}

/** Half-width, no white space at all: the form every vocabulary match uses. */
const SPACES = /[\s\u00a0\u200b\ufeff]+/g;

export function normalizeText(text: string): string {
  return toHalfWidth(text).replace(SPACES, '');
}
