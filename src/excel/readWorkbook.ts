/**
 * The read half of every action: the target sheets and Ziping's stored parts in one
 * `context.sync()`. Two fallbacks keep a big or unusual workbook working at the cost of extra
 * round trips, never of correctness: a sheet too big for Excel on the web's 5 MB response is
 * read in row bands, and a host that rejects fetching a part's XML in the same trip as its
 * lookup gets the lookup first.
 */
import type { Capabilities } from './capabilities.js';
import { isPayloadLimit, Refusal } from './errors.js';
import { bands, joinBands, queueSheetRead, type Band, type RawSheet } from './readSheet.js';
import { toSnapshot, type SheetSnapshot } from './snapshot.js';
import { queuePartRead, type PartReadMode, type StoredPart } from './workbookStore.js';

export interface WorkbookRead<T> {
  readonly snapshots: readonly SheetSnapshot[];
  readonly parts: ReadonlyMap<string, StoredPart>;
  readonly extra: T;
}

export interface ReadRequest<T> {
  /** Creates the worksheet proxies to read (called again on a retry: proxies do not survive one). */
  readonly sheets: () => Excel.Worksheet[];
  readonly namespaces: readonly string[];
  /** Anything else to load in the same round trip; returns how to collect it after the sync. */
  readonly extra: () => () => T;
}

export async function readWorkbook<T>(
  context: Excel.RequestContext,
  capabilities: Capabilities,
  request: ReadRequest<T>,
): Promise<WorkbookRead<T>> {
  try {
    return await readTogether(context, capabilities, request, 'together');
  } catch (error) {
    if (error instanceof Refusal) throw error;
    if (isPayloadLimit(error)) return readInBands(context, capabilities, request);
    if (request.namespaces.length === 0) throw error;
    return readTogether(context, capabilities, request, 'checked');
  }
}

async function readTogether<T>(
  context: Excel.RequestContext,
  capabilities: Capabilities,
  request: ReadRequest<T>,
  mode: PartReadMode,
): Promise<WorkbookRead<T>> {
  const sheets = request.sheets().map((sheet) => queueSheetRead(sheet, capabilities));
  const parts = request.namespaces.map(
    (ns) => [ns, queuePartRead(context.workbook, ns, mode)] as const,
  );
  const extra = request.extra();
  await context.sync();
  if (parts.some(([, part]) => part.needsXml())) {
    for (const [, part] of parts) if (part.needsXml()) part.queueXml();
    await context.sync();
  }
  return {
    snapshots: sheets.map((sheet) => toSnapshot(sheet.collect())),
    parts: new Map(parts.map(([ns, part]) => [ns, part.collect()])),
    extra: extra(),
  };
}

/** One round trip for the sheets' extents and the parts, then one per band of rows. */
async function readInBands<T>(
  context: Excel.RequestContext,
  capabilities: Capabilities,
  request: ReadRequest<T>,
): Promise<WorkbookRead<T>> {
  const sheets = request.sheets();
  const extents = sheets.map((sheet) =>
    sheet.getUsedRangeOrNullObject().load('rowIndex, columnIndex, rowCount, columnCount'),
  );
  const parts = request.namespaces.map(
    (ns) => [ns, queuePartRead(context.workbook, ns, 'checked')] as const,
  );
  const extra = request.extra();
  await context.sync();
  if (parts.some(([, part]) => part.needsXml())) {
    for (const [, part] of parts) if (part.needsXml()) part.queueXml();
    await context.sync();
  }

  const snapshots: SheetSnapshot[] = [];
  for (const [i, sheet] of sheets.entries()) {
    const extent = extents[i];
    if (!extent || extent.isNullObject) {
      const empty = queueSheetRead(sheet, capabilities);
      await context.sync();
      snapshots.push(toSnapshot(empty.collect()));
      continue;
    }
    const used = {
      top: extent.rowIndex,
      left: extent.columnIndex,
      bottom: extent.rowIndex + extent.rowCount - 1,
      right: extent.columnIndex + extent.columnCount - 1,
    };
    const pieces: RawSheet[] = [];
    for (const band of bands(used))
      pieces.push(...(await readBand(context, capabilities, sheet, band)));
    snapshots.push(toSnapshot(joinBands(pieces, used)));
  }
  return {
    snapshots,
    parts: new Map(parts.map(([ns, part]) => [ns, part.collect()])),
    extra: extra(),
  };
}

/** One band in one round trip; a band still too big for the web is halved until it fits. */
async function readBand(
  context: Excel.RequestContext,
  capabilities: Capabilities,
  sheet: Excel.Worksheet,
  band: Band,
): Promise<RawSheet[]> {
  const piece = queueSheetRead(sheet, capabilities, band);
  try {
    await context.sync();
    return [piece.collect()];
  } catch (error) {
    if (!isPayloadLimit(error) || band.top === band.bottom) throw error;
    const middle = Math.floor((band.top + band.bottom) / 2);
    return [
      ...(await readBand(context, capabilities, sheet, { ...band, bottom: middle })),
      ...(await readBand(context, capabilities, sheet, { ...band, top: middle + 1 })),
    ];
  }
}
