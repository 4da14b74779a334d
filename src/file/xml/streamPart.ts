/**
 * Tokenizing a package part: whole when it is small, as it is inflated when it is large, so a
 * 60 MB sheet is never one string.
 */
import { TextDecoder } from 'node:util';
import type { ZipArchive } from '../zip/zipArchive.js';
import { scanXml, XmlStream, type XmlHandler } from './scanner.js';

export async function streamPart(
  zip: ZipArchive,
  part: string,
  handler: XmlHandler,
): Promise<void> {
  if (zip.fitsWhole(part)) {
    scanXml(await zip.readText(part), handler);
    return;
  }
  const xml = new XmlStream(handler);
  let decoder: TextDecoder | null = null;
  for await (const chunk of await zip.stream(part)) {
    const bytes = chunk as Buffer;
    decoder ??= new TextDecoder(encodingOf(bytes));
    xml.write(decoder.decode(bytes, { stream: true }));
  }
  xml.write(decoder?.decode() ?? '');
  xml.end();
}

/** UTF-8 unless a byte-order mark says UTF-16 (TextDecoder then drops the mark). */
function encodingOf(first: Buffer): string {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}
