/**
 * Loading and saving the user's correction of the recognised table for one sheet, in the
 * workbook's mappings part (see mappings.ts for the format, workbookStore.ts for why a part).
 */
import type { MappingOverride } from '../engine/index.js';
import { overrideFor, parseMappings, withOverride } from './mappings.js';
import { queuePartRead, MAPPINGS_NAMESPACE, type PendingPart } from './workbookStore.js';

export async function loadMapping(
  context: Excel.RequestContext,
  sheet: string,
): Promise<MappingOverride | null> {
  const { id, part } = await readMappings(context, sheet);
  return overrideFor(parseMappings(part.collect().text), id) ?? null;
}

export async function saveMapping(
  context: Excel.RequestContext,
  sheet: string,
  override: MappingOverride | null,
): Promise<void> {
  const { id, part } = await readMappings(context, sheet);
  const stored = part.collect();
  const next = withOverride(parseMappings(stored.text), id, sheet, override);
  if (next === stored.text) return;
  stored.queueWrite(next);
  await context.sync();
}

/** The part is looked up before its XML is fetched: these are rare, small actions, two trips are fine. */
async function readMappings(
  context: Excel.RequestContext,
  sheet: string,
): Promise<{ id: string; part: PendingPart }> {
  const worksheet = context.workbook.worksheets.getItem(sheet).load('id');
  const part = queuePartRead(context.workbook, MAPPINGS_NAMESPACE, 'checked');
  await context.sync();
  if (part.needsXml()) {
    part.queueXml();
    await context.sync();
  }
  return { id: worksheet.id, part };
}
