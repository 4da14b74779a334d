/**
 * Ziping's data inside the workbook: custom XML parts (ExcelApi 1.5), one per namespace.
 *
 * Why custom XML parts and not workbook settings: settings are scoped to one add-in id (a
 * re-deployed manifest loses them) and Office documents them as small; the undo record of a
 * 10,000-row table runs to a few megabytes. A custom XML part is saved inside the .xlsx, has room
 * for that, survives closing the pane and Excel, and travels with the file to a colleague.
 * The payload is JSON in the text of one root element, escaped as XML text.
 */

/** The last run's undo record and marks (see record.ts). */
export const RUN_RECORD_NAMESPACE = 'urn:ziping:run-record:1';
/** The user's corrections of the recognised table, per sheet. */
export const MAPPINGS_NAMESPACE = 'urn:ziping:mappings:1';

const ROOT: Readonly<Record<string, string>> = {
  [RUN_RECORD_NAMESPACE]: 'zipingRunRecord',
  [MAPPINGS_NAMESPACE]: 'zipingMappings',
};

export interface StoredPart {
  /** The stored JSON text, or `null` when the workbook has none (or an unreadable one). */
  readonly text: string | null;
  /** Queues replacing the stored text (`null` removes the part). */
  queueWrite(text: string | null): void;
}

/**
 * How to fetch the XML. `together`: in the same round trip as the part's lookup, calling
 * `getXml()` on the `getOnlyItemOrNullObject()` proxy (which, when no part exists, is a null
 * object whose method result is null). `checked`: look the part up first, fetch its XML in a
 * second round trip; the fallback for a host that rejects a method call on a null object.
 */
export type PartReadMode = 'together' | 'checked';

export interface PendingPart {
  /** After the first sync: whether {@link queueXml} and one more sync are needed. */
  needsXml(): boolean;
  queueXml(): void;
  collect(): StoredPart;
}

/** Queues reading the part of `namespace`; the caller's next sync brings it. */
export function queuePartRead(
  workbook: Excel.Workbook,
  namespace: string,
  mode: PartReadMode = 'together',
): PendingPart {
  const scoped = workbook.customXmlParts.getByNamespace(namespace); // ExcelApi 1.5
  scoped.load('items/id');
  let xml: OfficeExtension.ClientResult<string> | null =
    mode === 'together' ? scoped.getOnlyItemOrNullObject().getXml() : null;
  return {
    needsXml: () => xml === null && scoped.items.length === 1,
    queueXml(): void {
      xml = scoped.items[0]?.getXml() ?? null;
    },
    collect(): StoredPart {
      const items = scoped.items;
      const [only] = items;
      const text = items.length === 1 && xml ? unwrap(xml.value ?? '') : null;
      return {
        text,
        queueWrite(next: string | null): void {
          if (only && items.length === 1) {
            if (next === null) only.delete();
            else only.setXml(wrap(namespace, next));
            return;
          }
          // None, or duplicates left by copying sheets between workbooks: start clean.
          for (const item of items) item.delete();
          if (next !== null) workbook.customXmlParts.add(wrap(namespace, next));
        },
      };
    },
  };
}

export function wrap(namespace: string, text: string): string {
  const root = ROOT[namespace] ?? 'ziping';
  return `<?xml version="1.0" encoding="UTF-8"?><${root} xmlns="${namespace}">${escapeXml(text)}</${root}>`;
}

/** The text of the root element, whatever prefix or declaration Excel put around it. */
export function unwrap(xml: string): string | null {
  const body = xml.replace(/^\s*<\?xml[^>]*\?>/, '').trim();
  const open = /^<([\w:.-]+)[^>]*?(\/?)>/.exec(body);
  if (!open) return null;
  if (open[2] === '/') return '';
  const close = body.lastIndexOf('</');
  if (close < open[0].length) return null;
  return unescapeXml(body.slice(open[0].length, close));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXml(text: string): string {
  return text
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, cdata: string) => escapeXml(cdata))
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
