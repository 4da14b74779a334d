/**
 * Editing an XML part as text: a list of replacements at known offsets, applied in one
 * pass, so every byte outside them stays exactly as the author's program wrote it.
 */
import { escapeXml } from '../xml/text.js';

export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping splices; insertions at one offset keep the order they were given. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  if (splices.length === 0) return text;
  const ordered = splices
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.start - b.s.start || a.s.end - b.s.end || a.i - b.i)
    .map(({ s }) => s);
  const out: string[] = [];
  let at = 0;
  for (const s of ordered) {
    if (s.start < at) throw new Error('overlapping XML edits');
    out.push(text.slice(at, s.start), s.text);
    at = s.end;
  }
  out.push(text.slice(at));
  return out.join('');
}

/**
 * A start tag's text with attributes set (added before the tag's end, or replaced in place);
 * every other attribute keeps its spelling, order and quoting.
 */
export function withAttributes(tag: string, values: Readonly<Record<string, string>>): string {
  let result = tag;
  for (const [name, value] of Object.entries(values)) {
    const pattern = new RegExp(`(\\s${name.replace(':', '\\:')}\\s*=\\s*)("[^"]*"|'[^']*')`);
    const quoted = `"${escapeXml(value)}"`;
    if (pattern.test(result))
      result = result.replace(pattern, (_, lead: string) => `${lead}${quoted}`);
    else {
      const close = result.endsWith('/>') ? result.length - 2 : result.length - 1;
      result = `${result.slice(0, close).trimEnd()} ${name}=${quoted}${result.slice(close)}`;
    }
  }
  return result;
}

/** The prefix (with its colon) an element was written with: "x:" for `<x:sheetData>`, else "". */
export function prefixOf(qname: string): string {
  const colon = qname.indexOf(':');
  return colon === -1 ? '' : qname.slice(0, colon + 1);
}
