/**
 * The changes a copy accumulates across the analysed sheets, and the package-wide parts they
 * touch: names for added parts, content types for them, one styles.xml editor for all
 * sheets, the VML shape-id blocks already taken, and calcPr once a value is written.
 */
import type { XlsxPackage } from '../readWorkbook.js';
import { relationshipsPartOf, relativeTarget } from '../xlsx/relationships.js';
import {
  freshRelationshipId,
  withContentTypes,
  withFullCalcOnLoad,
  withRelationships,
} from './packageParts.js';
import { MINIMAL_STYLESHEET, StyleSheetEditor } from './styleSheet.js';
import { idBlocksOf } from './vmlNotes.js';

export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

export class PackageEdit {
  /** New text of every part that changes or is added, by part name. */
  readonly parts = new Map<string, string>();
  private readonly names: Set<string>;
  private readonly defaults = new Map<string, string>();
  private readonly overrides = new Map<string, string>();
  private styles: StyleSheetEditor | null = null;
  private idBlocks: Set<number> | null = null;
  private valuesWritten = false;

  constructor(readonly pkg: XlsxPackage) {
    this.names = new Set(pkg.zip.entries.map((e) => e.name.toLowerCase()));
  }

  /** A part name no part has, e.g. `xl/comments2.xml`, with its content type. */
  addPart(
    make: (n: number) => string,
    contentType: { override: string } | { extension: string; type: string },
  ): string {
    for (let n = 1; ; n++) {
      const name = make(n);
      if (this.names.has(name.toLowerCase())) continue;
      this.names.add(name.toLowerCase());
      if ('override' in contentType) this.overrides.set(name, contentType.override);
      else this.defaults.set(contentType.extension, contentType.type);
      return name;
    }
  }

  async text(part: string): Promise<string> {
    return this.parts.get(part) ?? this.pkg.zip.readText(part);
  }

  async styleSheet(): Promise<StyleSheetEditor> {
    const { zip, info } = this.pkg;
    this.styles ??= new StyleSheetEditor(
      info.stylesPart ? await zip.readText(info.stylesPart) : MINIMAL_STYLESHEET,
    );
    return this.styles;
  }

  /** A shape-id block (`o:idmap data`) no VML drawing of the package uses. */
  async freeIdBlock(): Promise<number> {
    if (!this.idBlocks) {
      this.idBlocks = new Set();
      for (const entry of this.pkg.zip.entries)
        if (entry.name.toLowerCase().endsWith('.vml'))
          for (const block of idBlocksOf(await this.pkg.zip.readText(entry.name)))
            this.idBlocks.add(block);
    }
    let block = 1;
    while (this.idBlocks.has(block)) block++;
    this.idBlocks.add(block);
    return block;
  }

  wroteValues(): void {
    this.valuesWritten = true;
  }

  /** Every changed part: the sheets' and notes' as set, then styles, calcPr, content types. */
  async finish(): Promise<ReadonlyMap<string, string>> {
    const { zip, info } = this.pkg;
    if (this.styles?.changed) {
      const stylesPart = info.stylesPart ?? 'xl/styles.xml';
      this.parts.set(stylesPart, this.styles.toXml());
      if (!info.stylesPart) {
        // A package without a stylesheet (some exporters) gets one, related from the workbook.
        this.overrides.set(stylesPart, STYLES_TYPE);
        const workbookRels = relationshipsPartOf(info.part);
        const rel = {
          id: freshRelationshipId(info.relationships.map((r) => r.id)),
          type: `${REL}/styles`,
          target: relativeTarget(info.part, stylesPart),
        };
        this.parts.set(workbookRels, withRelationships(await zip.readText(workbookRels), [rel]));
      }
    }
    if (this.valuesWritten)
      this.parts.set(info.part, withFullCalcOnLoad(await zip.readText(info.part)));
    if (this.defaults.size > 0 || this.overrides.size > 0) {
      const types = '[Content_Types].xml';
      this.parts.set(
        types,
        withContentTypes(await zip.readText(types), this.defaults, this.overrides),
      );
    }
    return this.parts;
  }
}
