/**
 * A small XML tokenizer for the parts of an Office package: start/end tags with their
 * offsets and attributes, and text. It is not a validating parser: packages come from
 * Excel, WPS, LibreOffice and libraries that write well-formed XML, and what the reader
 * needs is speed on a 60 MB sheet and exact offsets for the writer's splices.
 *
 * Element and attribute names keep their prefix (`x:c`, `r:id`); `localName` drops it,
 * since some generators prefix every SpreadsheetML element (`<x:row>`).
 */
import { decodeXmlText } from './text.js';

/** A start tag. Attributes are read on demand: a sheet's `<c>` needs two or three of them. */
export class XmlTag {
  private parsed: Record<string, string> | null = null;

  constructor(
    private readonly source: string,
    private readonly attrStart: number,
    private readonly attrEnd: number,
    /** The name as written, prefix included. */
    readonly qname: string,
    /** The name without its prefix. */
    readonly name: string,
    /** `<a/>`: an element with no content. */
    readonly selfClosing: boolean,
    /** Offset of `<` and just after `>`, in the whole document. */
    readonly start: number,
    readonly end: number,
  ) {}

  /** Attributes by their written name, values decoded. */
  get attrs(): Readonly<Record<string, string>> {
    this.parsed ??= readAttributes(this.source, this.attrStart, this.attrEnd);
    return this.parsed;
  }

  /** One attribute by its written name, without reading the others. */
  attr(name: string): string | undefined {
    if (this.parsed) return this.parsed[name];
    const { source, attrEnd } = this;
    let at = source.indexOf(name, this.attrStart);
    while (at !== -1 && at < attrEnd) {
      let eq = at + name.length;
      while (isSpace(source.charCodeAt(eq))) eq++;
      if (source.charCodeAt(eq) === EQUALS && isSpace(source.charCodeAt(at - 1))) {
        let q = eq + 1;
        while (isSpace(source.charCodeAt(q))) q++;
        const quote = source.charCodeAt(q);
        const close = source.indexOf(quote === APOS ? "'" : '"', q + 1);
        return decodeXmlText(source.slice(q + 1, close));
      }
      at = source.indexOf(name, at + 1);
    }
    return undefined;
  }
}

export interface XmlHandler {
  open?(tag: XmlTag): void;
  close?(name: string, start: number, end: number): void;
  /**
   * Text between tags, as `source.slice(start, end)`: undecoded unless `cdata`; pass it to
   * {@link textOf}. Handlers slice only the text they keep.
   */
  text?(source: string, start: number, end: number, cdata: boolean): void;
}

const GT = 62; // >
const EQUALS = 61;
const COLON = 58;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const QUOTE = 34;
const APOS = 39;

/**
 * Tokenizes `xml` from `from`, calling `handler`, and returns where an incomplete token
 * begins (`xml.length` when everything was consumed), so a stream can carry it over.
 * `base` is the document offset of `xml[0]`.
 */
export function scanXml(xml: string, handler: XmlHandler, from = 0, base = 0): number {
  let i = from;
  const length = xml.length;
  while (i < length) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) return i; // trailing text may continue in the next chunk
    if (lt > i && handler.text) handler.text(xml, i, lt, false);
    const next = xml.charCodeAt(lt + 1);
    if (next === BANG || next === QUESTION) {
      const end = skipSpecial(xml, lt, handler);
      if (end === -1) return lt;
      i = end;
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (gt === -1) return lt;
    if (next === SLASH) {
      if (handler.close) handler.close(closeName(xml, lt + 2, gt), base + lt, base + gt + 1);
    } else if (handler.open) {
      handler.open(readTag(xml, lt, gt, base));
    }
    i = gt + 1;
  }
  return i;
}

/** Comments, CDATA, processing instructions and the DOCTYPE; -1 when incomplete. */
function skipSpecial(xml: string, lt: number, handler: XmlHandler): number {
  if (xml.startsWith('<!--', lt)) {
    const end = xml.indexOf('-->', lt + 4);
    return end === -1 ? -1 : end + 3;
  }
  if (xml.startsWith('<![CDATA[', lt)) {
    const end = xml.indexOf(']]>', lt + 9);
    if (end === -1) return -1;
    handler.text?.(xml, lt + 9, end, true);
    return end + 3;
  }
  if (xml.charCodeAt(lt + 1) === QUESTION) {
    const end = xml.indexOf('?>', lt + 2);
    return end === -1 ? -1 : end + 2;
  }
  const end = tagEnd(xml, lt);
  return end === -1 ? -1 : end + 1;
}

/** The `>` closing the tag that starts at `lt`, skipping quoted attribute values; -1 when incomplete. */
function tagEnd(xml: string, lt: number): number {
  const length = xml.length;
  for (let i = lt + 1; i < length; i++) {
    const code = xml.charCodeAt(i);
    if (code === GT) return i;
    if (code === QUOTE || code === APOS) {
      const close = xml.indexOf(code === QUOTE ? '"' : "'", i + 1);
      if (close === -1) return -1;
      i = close;
    }
  }
  return -1;
}

function readTag(xml: string, lt: number, gt: number, base: number): XmlTag {
  const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
  const stop = selfClosing ? gt - 1 : gt;
  let i = lt + 1;
  let colon = -1;
  for (; i < stop; i++) {
    const code = xml.charCodeAt(i);
    if (isSpace(code)) break;
    if (code === COLON) colon = i;
  }
  const qname = xml.slice(lt + 1, i);
  const name = colon === -1 ? qname : xml.slice(colon + 1, i);
  return new XmlTag(xml, i, stop, qname, name, selfClosing, base + lt, base + gt + 1);
}

/** The local name of an end tag `</x:row >`. */
function closeName(xml: string, from: number, gt: number): string {
  let start = from;
  let end = gt;
  for (let i = from; i < gt; i++) {
    const code = xml.charCodeAt(i);
    if (code === COLON) start = i + 1;
    else if (isSpace(code)) {
      end = i;
      break;
    }
  }
  return xml.slice(start, end);
}

function readAttributes(xml: string, from: number, stop: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  let i = from;
  while (i < stop) {
    while (i < stop && isSpace(xml.charCodeAt(i))) i++;
    if (i >= stop) break;
    const eq = xml.indexOf('=', i);
    if (eq === -1 || eq >= stop) break;
    const name = xml.slice(i, eq).trim();
    let q = eq + 1;
    while (q < stop && isSpace(xml.charCodeAt(q))) q++;
    const quote = xml.charCodeAt(q);
    if (quote !== QUOTE && quote !== APOS) break;
    const close = xml.indexOf(quote === QUOTE ? '"' : "'", q + 1);
    if (close === -1 || close >= stop) break;
    attrs[name] = decodeXmlText(xml.slice(q + 1, close));
    i = close + 1;
  }
  return attrs;
}

export function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon === -1 ? qname : qname.slice(colon + 1);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** An attribute by its local name, whatever prefix it was written with (`r:id`, `ns1:id`). */
/** Decoded text of a {@link XmlHandler.text} call. */
export function textOf(source: string, start: number, end: number, cdata: boolean): string {
  const raw = source.slice(start, end);
  return cdata ? raw : decodeXmlText(raw);
}

export function prefixedAttr(tag: XmlTag, local: string): string | undefined {
  for (const [qname, value] of Object.entries(tag.attrs)) {
    const colon = qname.indexOf(':');
    if (colon !== -1 && qname.slice(colon + 1) === local && !qname.startsWith('xmlns'))
      return value;
  }
  return undefined;
}

/**
 * Feeds a document to {@link scanXml} in chunks (a part being inflated), keeping a token cut
 * by a chunk boundary for the next chunk. Offsets are in UTF-16 units of the whole document.
 */
export class XmlStream {
  private pending = '';
  private offset = 0;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    const xml = this.pending + chunk;
    const consumed = scanXml(xml, this.handler, 0, this.offset);
    this.pending = xml.slice(consumed);
    this.offset += consumed;
  }

  /** Flushes trailing text; a cut tag at the very end means the part is truncated. */
  end(): void {
    if (this.pending.length === 0) return;
    if (this.pending.includes('<')) throw new Error('XML part ends inside a tag');
    this.handler.text?.(this.pending, 0, this.pending.length, false);
    this.pending = '';
  }
}
