/**
 * Comparing a --write copy with its original part by part, on uncompressed bytes: which parts
 * differ, and for the parts allowed to differ, that what changed is only what issue 7 allows
 * (the planned cells, appended styles, added notes, content types and relationships, calcPr).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import {
  isType,
  readRelationships,
  relationshipsPartOf,
} from '../../src/file/xlsx/relationships.js';
import { readWorkbookInfo } from '../../src/file/xlsx/workbookInfo.js';
import { ZipArchive } from '../../src/file/zip/zipArchive.js';

export interface PackageParts {
  readonly zip: ZipArchive;
  /** Uncompressed bytes by part name. */
  readonly bytes: ReadonlyMap<string, Buffer>;
  /** Stored (compressed) bytes by part name. */
  readonly stored: ReadonlyMap<string, Buffer>;
}

export async function partsOf(file: string): Promise<PackageParts> {
  const zip = await ZipArchive.fromBuffer(readFileSync(file));
  const bytes = new Map<string, Buffer>();
  const stored = new Map<string, Buffer>();
  for (const entry of zip.entries) {
    bytes.set(entry.name, await zip.read(entry.name));
    stored.set(entry.name, await zip.raw(entry.name));
  }
  return { zip, bytes, stored };
}

/** The parts issue 7 lets a copy change when `sheets` were analysed. */
export async function allowedParts(
  copy: PackageParts,
  sheets: readonly string[],
): Promise<Set<string>> {
  const info = await readWorkbookInfo(copy.zip);
  if (!info) throw new Error('not a workbook');
  const allowed = new Set(['[Content_Types].xml', info.part]);
  if (info.stylesPart) allowed.add(info.stylesPart);
  for (const name of sheets) {
    const part = info.sheets.find((s) => s.name === name)?.part;
    if (!part) continue;
    allowed.add(part);
    allowed.add(relationshipsPartOf(part));
    for (const rel of await readRelationships(copy.zip, part))
      if (isType(rel, 'comments') || isType(rel, 'vmlDrawing')) allowed.add(rel.target);
  }
  return allowed;
}

const text = (parts: PackageParts, name: string) =>
  (parts.bytes.get(name) ?? Buffer.alloc(0)).toString('utf8');

/**
 * Every part outside `allowed` is in the copy with the same bytes, copied as stored; no part
 * of the original is missing. Returns the parts that differ.
 */
export function expectUntouchedOutside(
  original: PackageParts,
  copy: PackageParts,
  allowed: ReadonlySet<string>,
): string[] {
  const changed: string[] = [];
  for (const [name, bytes] of original.bytes) {
    const copied = copy.bytes.get(name);
    expect(copied, `part ${name} is missing from the copy`).toBeDefined();
    if (copied?.equals(bytes)) {
      if (!allowed.has(name))
        expect(
          copy.stored.get(name)?.equals(original.stored.get(name) as Buffer),
          `${name} is copied as stored`,
        ).toBe(true);
      continue;
    }
    expect(allowed.has(name), `part ${name} changed but may not`).toBe(true);
    changed.push(name);
  }
  return changed;
}

/** workbook.xml differs only by fullCalcOnLoad="1" on calcPr. */
export function expectOnlyCalcPrChanged(
  original: PackageParts,
  copy: PackageParts,
  part: string,
): void {
  const after = text(copy, part);
  expect(after).toMatch(/<(\w+:)?calcPr\b[^>]*\bfullCalcOnLoad="1"/);
  const normalised = after
    .replace(/(<(?:\w+:)?calcPr\b[^>]*?)\s+fullCalcOnLoad="1"/, '$1')
    .replace(/<(\w+:)?calcPr\/>/, '');
  expect(normalised).toBe(
    text(original, part).replace(/(<(?:\w+:)?calcPr\b[^>]*?)\s+fullCalcOnLoad="[^"]*"/, '$1'),
  );
}

/** A part that may only gain elements (`pattern` matches one): removing the new ones gives the original back. */
export function expectOnlyAdditions(
  original: PackageParts,
  copy: PackageParts,
  part: string,
  pattern: RegExp,
): void {
  const before = text(original, part);
  const after = text(copy, part);
  const kept = after.replace(pattern, (element) => (before.includes(element) ? element : ''));
  expect(kept, `${part} only gains elements`).toBe(
    before.replace(/<(\w+:)?Relationships([^>]*)\/>$/, '<$1Relationships$2></$1Relationships>'),
  );
}

/**
 * styles.xml: the original fills, cell formats and number formats are still there, in order,
 * unchanged; new ones are only appended (with their counts); nothing else differs.
 */
export function expectStylesOnlyAppended(
  original: PackageParts,
  copy: PackageParts,
  part: string,
): void {
  const before = text(original, part);
  let after = text(copy, part);
  const lists: [string, RegExp][] = [
    ['numFmts', /<numFmt\b[^>]*\/>/g],
    ['fills', /<fill>[\s\S]*?<\/fill>/g],
    ['cellXfs', /<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g],
  ];
  for (const [list, item] of lists) {
    const container = new RegExp(`<${list}\\b([^>]*)>([\\s\\S]*?)</${list}>`);
    const old = container.exec(before);
    const now = container.exec(after);
    if (!now) continue;
    if (!old) {
      // A container the original lacked: all of it is new (numFmts for a new format).
      after = after.replace(now[0], '');
      continue;
    }
    const oldItems = (old[2] ?? '').match(item) ?? [];
    const newItems = (now[2] ?? '').match(item) ?? [];
    expect(newItems.slice(0, oldItems.length), `${list} keeps its items`).toEqual(oldItems);
    after = after.replace(now[0], old[0]);
  }
  expect(after, 'styles.xml differs only by appended formats').toBe(before);
}

/** Cells (A1) of a sheet part whose `<c>` element differs between original and copy, or exists in one only. */
export function changedCells(
  original: PackageParts,
  copy: PackageParts,
  part: string,
): Set<string> {
  const cells = (xml: string) => {
    const map = new Map<string, string>();
    for (const m of xml.matchAll(
      /<(?:\w+:)?c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g,
    ))
      map.set(m[1] as string, m[0]);
    return map;
  };
  const before = cells(text(original, part));
  const after = cells(text(copy, part));
  const changed = new Set<string>();
  for (const ref of new Set([...before.keys(), ...after.keys()]))
    if (before.get(ref) !== after.get(ref)) changed.add(ref);
  return changed;
}

/**
 * The sheet XML with the cells `refs` (and an added legacyDrawing) taken out of both sides is
 * identical: nothing but those cells changed.
 */
export function expectOnlyCellsChanged(
  original: PackageParts,
  copy: PackageParts,
  part: string,
  refs: ReadonlySet<string>,
): void {
  const strip = (xml: string, dropLegacy: boolean) => {
    let out = xml.replace(
      /<(?:\w+:)?c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g,
      (cell, ref: string) => (refs.has(ref) ? '' : cell),
    );
    // A row that got a cell it did not have may have widened its spans hint.
    out = out.replace(/\sspans="\d+:\d+"/g, '');
    if (dropLegacy) out = out.replace(/<(?:\w+:)?legacyDrawing\b[^>]*\/>/g, '');
    return out.replace(/<(?:\w+:)?row\b[^>]*\/>|<(?:\w+:)?row\b[^>]*><\/(?:\w+:)?row>/g, '');
  };
  const before = text(original, part);
  const hadLegacy = /<(?:\w+:)?legacyDrawing\b/.test(before);
  expect(strip(text(copy, part), !hadLegacy)).toBe(strip(before, !hadLegacy));
}

export interface NoteSeen {
  readonly ref: string;
  readonly author: string;
  readonly text: string;
}

/** The notes of a comments part: cell, author and plain text. */
export function notesOf(parts: PackageParts, part: string): NoteSeen[] {
  const xml = text(parts, part);
  const authors = [...xml.matchAll(/<(?:\w+:)?author>([\s\S]*?)<\/(?:\w+:)?author>/g)].map((m) =>
    decode(m[1] ?? ''),
  );
  return [
    ...xml.matchAll(
      /<(?:\w+:)?comment\b[^>]*\bref="([^"]+)"[^>]*\bauthorId="(\d+)"[^>]*>([\s\S]*?)<\/(?:\w+:)?comment>/g,
    ),
  ].map((m) => ({
    ref: m[1] as string,
    author: authors[Number(m[2])] ?? '',
    text: [...(m[3] ?? '').matchAll(/<(?:\w+:)?t\b[^>]*>([\s\S]*?)<\/(?:\w+:)?t>/g)]
      .map((t) => decode(t[1] ?? ''))
      .join(''),
  }));
}

/** The VML shapes of notes, as stored, by "row:col" (0-based). */
export function noteShapesOf(parts: PackageParts, part: string): Map<string, string> {
  const shapes = new Map<string, string>();
  for (const m of text(parts, part).matchAll(/<v:shape\b[\s\S]*?<\/v:shape>/g)) {
    const row = /<x:Row>(\d+)<\/x:Row>/.exec(m[0])?.[1];
    const col = /<x:Column>(\d+)<\/x:Column>/.exec(m[0])?.[1];
    if (row !== undefined && col !== undefined) shapes.set(`${row}:${col}`, m[0]);
  }
  return shapes;
}

function decode(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
