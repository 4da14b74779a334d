/**
 * The user's corrections of the recognised table (which row is the header, which column is
 * 分值/得分 …), one per sheet, kept in the workbook so the next run — from the pane or the
 * ribbon, on this machine or another — recognises the sheet the same way.
 */
import type { MappingOverride } from '../engine/index.js';

interface StoredMapping {
  /** The sheet's name when saved; the key is its id, which survives a rename. */
  readonly sheet: string;
  readonly override: MappingOverride;
}

export type Mappings = Readonly<Record<string, StoredMapping>>;

export function parseMappings(text: string | null): Mappings {
  if (!text) return {};
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
    return Object.fromEntries(
      Object.entries(data).filter(
        ([, v]) =>
          typeof v === 'object' &&
          v !== null &&
          typeof (v as StoredMapping).sheet === 'string' &&
          typeof (v as StoredMapping).override === 'object',
      ),
    ) as Mappings;
  } catch {
    // An unreadable correction is dropped rather than blocking every run of the workbook.
    return {};
  }
}

export function overrideFor(mappings: Mappings, sheetId: string): MappingOverride | undefined {
  return mappings[sheetId]?.override;
}

export function withOverride(
  mappings: Mappings,
  sheetId: string,
  sheet: string,
  override: MappingOverride | null,
): string | null {
  const next: Record<string, StoredMapping> = { ...mappings };
  if (override === null) delete next[sheetId];
  else next[sheetId] = { sheet, override };
  return Object.keys(next).length === 0 ? null : JSON.stringify(next);
}
