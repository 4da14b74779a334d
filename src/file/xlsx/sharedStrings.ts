/**
 * The shared string table: each `<si>` as the plain text Excel shows. Rich-text runs are
 * joined; phonetic guides (`<rPh>`, furigana/pinyin above the text) are not part of it.
 */
import { textOf } from '../xml/scanner.js';
import { streamPart } from '../xml/streamPart.js';
import { decodeOoxmlEscapes } from '../xml/text.js';
import type { ZipArchive } from '../zip/zipArchive.js';

export async function readSharedStrings(
  zip: ZipArchive,
  part: string | null,
): Promise<readonly string[]> {
  if (part === null) return [];
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  await streamPart(zip, part, {
    open(tag) {
      if (tag.name === 'si') current = tag.selfClosing ? (strings.push(''), null) : '';
      else if (tag.name === 'rPh' && !tag.selfClosing) phonetic++;
      else if (tag.name === 't' && !tag.selfClosing) inText = current !== null && phonetic === 0;
    },
    text(source, start, end, cdata) {
      if (inText) current += textOf(source, start, end, cdata);
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current !== null) {
        strings.push(decodeOoxmlEscapes(current));
        current = null;
      }
    },
  });
  return strings;
}
