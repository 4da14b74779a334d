/**
 * Package relationships (ECMA-376 Part 2): which part a workbook's sheets, strings and
 * styles live in. Targets may be relative to the source part ("worksheets/sheet1.xml",
 * Excel) or absolute ("/xl/worksheets/sheet1.xml", openpyxl and some exporters).
 */
import { scanXml } from '../xml/scanner.js';
import type { ZipArchive } from '../zip/zipArchive.js';

export interface Relationship {
  readonly id: string;
  /** The type URI; compare with {@link isType}, transitional and strict URIs differ. */
  readonly type: string;
  /** The target part name without a leading slash, or the URI of an external target. */
  readonly target: string;
  readonly external: boolean;
}

/** `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`; `_rels/.rels` for the package. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export async function readRelationships(zip: ZipArchive, part: string): Promise<Relationship[]> {
  const relsPart = relationshipsPartOf(part);
  if (!zip.has(relsPart)) return [];
  return parseRelationships(await zip.readText(relsPart), part);
}

export function parseRelationships(xml: string, sourcePart: string): Relationship[] {
  const relationships: Relationship[] = [];
  scanXml(xml, {
    open(tag) {
      if (tag.name !== 'Relationship') return;
      const external = tag.attrs.TargetMode === 'External';
      const target = tag.attrs.Target ?? '';
      relationships.push({
        id: tag.attrs.Id ?? '',
        type: tag.attrs.Type ?? '',
        target: external ? target : resolveTarget(sourcePart, target),
        external,
      });
    },
  });
  return relationships;
}

/** The part a target names, seen from `sourcePart` ("" for the package root). */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = safeDecode(target.replace(/\\/g, '/'));
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/** The relative target from `sourcePart` to `part`, as Excel writes it. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

function safeDecode(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** Transitional (…/officeDocument/2006/relationships/worksheet) and strict URIs end alike. */
export function isType(relationship: Relationship, kind: string): boolean {
  return relationship.type.endsWith(`/${kind}`);
}
