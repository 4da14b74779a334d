/**
 * The number format of each cell style (the `cellXfs` list of styles.xml), which is all the
 * analysis needs of the styles: fonts, fills and borders are never modelled.
 */
import { scanXml } from '../xml/scanner.js';
import { builtInFormat } from './numberFormats.js';

/** Style index (a cell's `s`) → its format code; undefined for General. */
export type FormatOfStyle = (styleIndex: number) => string | undefined;

export function readCellFormats(xml: string | null): FormatOfStyle {
  if (xml === null) return () => undefined;
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let inCellXfs = false;
  scanXml(xml, {
    open(tag) {
      if (tag.name === 'numFmt' && tag.attrs.numFmtId !== undefined)
        custom.set(Number(tag.attrs.numFmtId), tag.attrs.formatCode ?? '');
      else if (tag.name === 'cellXfs') inCellXfs = !tag.selfClosing;
      else if (tag.name === 'xf' && inCellXfs) {
        xfFormatIds.push(Number(tag.attrs.numFmtId ?? 0));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  const codes = xfFormatIds.map((id) => {
    const code = custom.get(id) ?? builtInFormat(id);
    return code === undefined || code === 'General' ? undefined : code;
  });
  return (styleIndex) => codes[styleIndex];
}
