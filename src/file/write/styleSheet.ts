/**
 * Cell styles for the marks and written values, appended to styles.xml: a copy of the
 * cell's own format (`<xf>`) with only its fill or number format changed, so its font,
 * borders, alignment, protection and named style stay. Existing fills, formats and styles
 * are never edited; an identical one already there is reused.
 */
import { builtInFormatId, FIRST_CUSTOM_FORMAT_ID } from '../xlsx/numberFormats.js';
import { scanXml } from '../xml/scanner.js';
import { escapeXml } from '../xml/text.js';
import { applySplices, withAttributes, type Splice } from './splice.js';

export interface StyleChange {
  /** ARGB of a solid fill, e.g. "FFFFC7CE". */
  readonly fill?: string;
  /** A number format code, e.g. "0.00%". */
  readonly numberFormat?: string;
}

interface ListInfo {
  /** The container's start tag and the offset of its end tag (where items are appended). */
  readonly tagStart: number;
  readonly tagEnd: number;
  readonly closeStart: number;
  readonly items: string[];
}

/** The stylesheet Excel would write for an empty workbook, for a package that has none. */
export const MINIMAL_STYLESHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="宋体"/><family val="2"/><charset val="134"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

export class StyleSheetEditor {
  private readonly prefix: string;
  private readonly rootTagEnd: number;
  private readonly numFmts: ListInfo | null;
  private readonly fills: ListInfo;
  private readonly cellXfs: ListInfo;
  /** Custom format code → id, existing and added. */
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT_ID;
  private readonly addedFormats: string[] = [];
  private readonly addedFills: string[] = [];
  private readonly addedXfs: string[] = [];
  private readonly derived = new Map<string, number>();

  constructor(private readonly xml: string) {
    const lists = new Map<string, ListInfo>();
    let open: { name: string; tagStart: number; tagEnd: number; items: string[] } | null = null;
    let itemStart = -1;
    let depth = 0;
    let prefix = '';
    let rootTagEnd = 0;
    scanXml(xml, {
      open: (tag) => {
        if (depth === 0) {
          prefix = tag.qname.slice(0, tag.qname.length - tag.name.length);
          rootTagEnd = tag.end;
        }
        if (depth === 1 && ['numFmts', 'fills', 'cellXfs'].includes(tag.name)) {
          open = { name: tag.name, tagStart: tag.start, tagEnd: tag.end, items: [] };
          if (tag.selfClosing) {
            lists.set(tag.name, { ...open, closeStart: tag.start });
            open = null;
          }
        } else if (depth === 2 && open) {
          if (tag.name === 'numFmt' && tag.attrs.numFmtId !== undefined) {
            const id = Number(tag.attrs.numFmtId);
            this.formatIds.set(tag.attrs.formatCode ?? '', id);
            this.nextFormatId = Math.max(this.nextFormatId, id + 1);
          }
          itemStart = tag.start;
          if (tag.selfClosing) open.items.push(xml.slice(tag.start, tag.end));
        }
        if (!tag.selfClosing) depth++;
      },
      close: (name, start, end) => {
        depth--;
        if (depth === 2 && open && itemStart !== -1) {
          open.items.push(xml.slice(itemStart, end));
          itemStart = -1;
        } else if (depth === 1 && open && name === open.name) {
          lists.set(name, { ...open, closeStart: start });
          open = null;
        }
      },
    });
    const fills = lists.get('fills');
    const cellXfs = lists.get('cellXfs');
    if (!fills || !cellXfs) throw new Error('styles.xml has no fills or cell formats');
    this.prefix = prefix;
    this.rootTagEnd = rootTagEnd;
    this.numFmts = lists.get('numFmts') ?? null;
    this.fills = fills;
    this.cellXfs = cellXfs;
  }

  get changed(): boolean {
    return this.addedXfs.length > 0;
  }

  /** The index of a cell format like `base` with `change` applied, appended on first use. */
  derive(base: number, change: StyleChange): number {
    const key = `${base}|${change.fill ?? ''}|${change.numberFormat ?? ''}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const baseXf =
      this.cellXfs.items[base] ??
      this.cellXfs.items[0] ??
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    const attrs: Record<string, string> = {};
    if (change.fill !== undefined) {
      attrs.fillId = String(this.fillId(change.fill));
      attrs.applyFill = '1';
    }
    if (change.numberFormat !== undefined) {
      attrs.numFmtId = String(this.formatId(change.numberFormat));
      attrs.applyNumberFormat = '1';
    }
    const tagEnd = startTagEnd(baseXf);
    const xf = withAttributes(baseXf.slice(0, tagEnd), attrs) + baseXf.slice(tagEnd);
    const all = [...this.cellXfs.items, ...this.addedXfs];
    let index = all.indexOf(xf);
    if (index === -1) {
      this.addedXfs.push(xf);
      index = all.length;
    }
    this.derived.set(key, index);
    return index;
  }

  private fillId(argb: string): number {
    const p = this.prefix;
    const fill = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
    const all = [...this.fills.items, ...this.addedFills];
    const index = all.indexOf(fill);
    if (index !== -1) return index;
    this.addedFills.push(fill);
    return all.length;
  }

  private formatId(code: string): number {
    const builtIn = builtInFormatId(code);
    if (builtIn !== undefined) return builtIn;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.addedFormats.push(
      `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`,
    );
    return id;
  }

  toXml(): string {
    const splices: Splice[] = [];
    const append = (list: ListInfo, added: readonly string[]) => {
      if (added.length === 0) return;
      const tag = this.xml.slice(list.tagStart, list.tagEnd);
      const count = list.items.length + added.length;
      const name = /^<([^\s/>]+)/.exec(tag)?.[1] ?? '';
      if (tag.endsWith('/>')) {
        const open = withAttributes(tag, { count: String(count) }).replace(/\s*\/>$/, '>');
        splices.push({
          start: list.tagStart,
          end: list.tagEnd,
          text: `${open}${added.join('')}</${name}>`,
        });
        return;
      }
      if (/\scount\s*=/.test(tag))
        splices.push({
          start: list.tagStart,
          end: list.tagEnd,
          text: withAttributes(tag, { count: String(count) }),
        });
      splices.push({ start: list.closeStart, end: list.closeStart, text: added.join('') });
    };
    if (this.numFmts) append(this.numFmts, this.addedFormats);
    else if (this.addedFormats.length > 0) {
      // numFmts is the stylesheet's first child.
      const p = this.prefix;
      splices.push({
        start: this.rootTagEnd,
        end: this.rootTagEnd,
        text: `<${p}numFmts count="${this.addedFormats.length}">${this.addedFormats.join('')}</${p}numFmts>`,
      });
    }
    append(this.fills, this.addedFills);
    append(this.cellXfs, this.addedXfs);
    return applySplices(this.xml, splices);
  }
}

/** Where the first tag of `element` ends (after its `>`). */
function startTagEnd(element: string): number {
  return element.indexOf('>') + 1;
}
