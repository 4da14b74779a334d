/**
 * A 评分标准 text cut into clauses. Published texts number their parts ("1." "①" "(1)"), end
 * sentences with "；" or "。", and — when copied out of a PDF — separate sentences by a bare
 * space; each clause keeps its words as written (for quoting) and a normalised form (for
 * matching).
 */
import { normalizeText } from '../text/normalize.js';

export interface Clause {
  /** As written, white space collapsed: what a message quotes. */
  readonly raw: string;
  /** Normalised (full-width folded, no spaces), outer punctuation trimmed. */
  readonly text: string;
  /** The numbered part ("1." or "①") it belongs to; 0 before the first one. */
  readonly item: number;
  /** The numbered sub-part ("(1)") within its part; 0 when none. */
  readonly sub: number;
}

const CIRCLED_FIRST = 0x2460; // ①
const CIRCLED_LAST = 0x2473; // ⑳
const CJK = /[\u3400-\u9fff]/;

export function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  for (const part of numberedParts(text.replace(/^\s*注\s*[:：]\s*/, ''))) {
    for (const raw of sentences(part.text)) {
      const normalized = trimPunctuation(normalizeText(raw));
      if (normalized) clauses.push({ raw, text: normalized, item: part.item, sub: part.sub });
    }
  }
  return clauses;
}

interface Part {
  readonly text: string;
  readonly item: number;
  readonly sub: number;
}

/**
 * Splits at part markers. A digit marker counts only when it is the next number expected
 * ("2." after "1."), so "2.90%>固定资产利用率≥75%" is part 2 and "1.5分" is never a marker.
 */
function numberedParts(text: string): Part[] {
  const parts: Part[] = [];
  let item = 0;
  let sub = 0;
  let from = 0;
  const cut = (at: number, skip: number, nextItem: number, nextSub: number): void => {
    parts.push({ text: text.slice(from, at), item, sub });
    from = at + skip;
    item = nextItem;
    sub = nextSub;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= CIRCLED_FIRST && code <= CIRCLED_LAST) {
      if (code - CIRCLED_FIRST + 1 === item + 1) cut(i, 1, item + 1, 0);
      continue;
    }
    if (!atBoundary(text, i)) continue;
    const top = /^(\d{1,2})\s*[.、．]/.exec(text.slice(i, i + 4));
    const n = Number(top?.[1]);
    // A numbered note may start at its own number ("3. 定性指标…"), never at "1.5分".
    const first = i === 0 && n > 0 && !/^\d{1,2}\s*[.、．]\d/.test(text);
    if (top && (n === item + 1 || first)) {
      cut(i, top[0].length, n, 0);
      continue;
    }
    const inner = /^[(（](\d{1,2})[)）]/.exec(text.slice(i, i + 5));
    if (inner && Number(inner[1]) === sub + 1) cut(i, inner[0].length, item, sub + 1);
  }
  parts.push({ text: text.slice(from), item, sub });
  return parts;
}

/** A marker starts the text or follows a space or a sentence end, never a word or digit. */
function atBoundary(text: string, i: number): boolean {
  if (i === 0) return true;
  return /[\s;；。:：]/.test(text[i - 1]!);
}

/**
 * Sentences of one part: cut at "；" "。" line breaks, a full stop not inside a number, "其中："
 * and "注：" (what follows defines, it does not score), after "(1分)，" or "(1分) " between
 * checklist items, and at a bare space between two Chinese words (PDF text loses the full stop).
 */
function sentences(text: string): string[] {
  const marked = text
    .replace(/[；;。\n\r]|(?<!\d)\.|\.(?!\d)/g, '\u0000')
    .replace(/(?=其中\s*[:：]|注\s*[:：])/g, '\u0000')
    // An item's "(1分)" ends it, spaced from the next or not ("…法规(1分)符合经济社会…").
    .replace(
      /([(（]\s*\d+(?:\.\d+)?\s*分\s*[)）])(?:\s*[，,、]|\s+(?=\S)|(?=[\u4e00-\u9fff]))/g,
      '$1\u0000',
    )
    .replace(/(\S)\s+(?=(\S))/g, (whole, before: string, after: string) =>
      CJK.test(before) && (CJK.test(after) || after === '“') ? `${before}\u0000` : whole,
    );
  return marked
    .split('\u0000')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');
}

function trimPunctuation(text: string): string {
  return text.replace(/^[,;:.、]+|[,;:.、]+$/g, '');
}
