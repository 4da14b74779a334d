/**
 * The small package-level edits a copy may need, each an addition: a content type for a new
 * part, a relationship from the sheet to a new part, and full recalculation on open in the
 * workbook's calcPr (so formulas that read a written total show its new value).
 */
import { localName, scanXml } from '../xml/scanner.js';
import { escapeXml } from '../xml/text.js';
import { applySplices, prefixOf, withAttributes } from './splice.js';

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** `[Content_Types].xml` with a Default for `extension` and Overrides for `parts`, where missing. */
export function withContentTypes(
  xml: string,
  defaults: ReadonlyMap<string, string>,
  overrides: ReadonlyMap<string, string>,
): string {
  const knownDefaults = new Set<string>();
  const knownOverrides = new Set<string>();
  let prefix = '';
  scanXml(xml, {
    open(tag) {
      if (tag.name === 'Types') prefix = prefixOf(tag.qname);
      if (tag.name === 'Default') knownDefaults.add((tag.attrs.Extension ?? '').toLowerCase());
      if (tag.name === 'Override') knownOverrides.add((tag.attrs.PartName ?? '').toLowerCase());
    },
  });
  const added: string[] = [];
  for (const [extension, type] of defaults)
    if (!knownDefaults.has(extension.toLowerCase()))
      added.push(
        `<${prefix}Default Extension="${escapeXml(extension)}" ContentType="${escapeXml(type)}"/>`,
      );
  for (const [part, type] of overrides)
    if (!knownOverrides.has(`/${part}`.toLowerCase()))
      added.push(
        `<${prefix}Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`,
      );
  return insertBeforeRootClose(xml, added.join(''));
}

/** A relationships part with `added` appended (or a new part when `xml` is null). */
export function withRelationships(
  xml: string | null,
  added: readonly { id: string; type: string; target: string }[],
): string {
  const items = added
    .map(
      (r) =>
        `<Relationship Id="${r.id}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`,
    )
    .join('');
  if (xml === null)
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}">${items}</Relationships>`;
  if (/<(\w+:)?Relationships\b[^>]*\/>\s*$/.test(xml))
    return xml.replace(/<((?:\w+:)?Relationships)\b([^>]*?)\s*\/>\s*$/, `<$1$2>${items}</$1>`);
  const prefix = /<(\w+:)?Relationships\b/.exec(xml)?.[1] ?? '';
  return insertBeforeRootClose(
    xml,
    prefix ? items.replace(/<Relationship /g, `<${prefix}Relationship `) : items,
  );
}

/** An id no relationship in `ids` has: rId1, rId2, … */
export function freshRelationshipId(ids: Iterable<string>): string {
  const taken = new Set(ids);
  let n = 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/**
 * workbook.xml asking for a full recalculation when opened: calcPr gets fullCalcOnLoad="1"
 * (added after definedNames where the workbook has no calcPr). Nothing else changes.
 */
export function withFullCalcOnLoad(xml: string): string {
  let calcPr: { start: number; end: number } | null = null;
  let insertAt = -1;
  let prefix = '';
  let depth = 0;
  // CT_Workbook: … sheets, functionGroups, externalReferences, definedNames, calcPr, …
  const before = new Set([
    'fileVersion',
    'fileSharing',
    'workbookPr',
    'workbookProtection',
    'bookViews',
    'sheets',
    'functionGroups',
    'externalReferences',
    'definedNames',
  ]);
  scanXml(xml, {
    open(tag) {
      if (depth === 0) prefix = prefixOf(tag.qname);
      if (depth === 1 && tag.name === 'calcPr') calcPr = { start: tag.start, end: tag.end };
      if (depth === 1 && before.has(tag.name) && tag.selfClosing) insertAt = tag.end;
      if (!tag.selfClosing) depth++;
    },
    close(name, _start, end) {
      depth--;
      if (depth === 1 && before.has(localName(name))) insertAt = end;
    },
  });
  const found = calcPr as { start: number; end: number } | null;
  if (found) {
    const tag = xml.slice(found.start, found.end);
    return applySplices(xml, [
      { start: found.start, end: found.end, text: withAttributes(tag, { fullCalcOnLoad: '1' }) },
    ]);
  }
  const at = insertAt === -1 ? xml.lastIndexOf('</') : insertAt;
  return applySplices(xml, [{ start: at, end: at, text: `<${prefix}calcPr fullCalcOnLoad="1"/>` }]);
}

function insertBeforeRootClose(xml: string, text: string): string {
  if (text === '') return xml;
  const at = xml.lastIndexOf('</');
  return `${xml.slice(0, at)}${text}${xml.slice(at)}`;
}
