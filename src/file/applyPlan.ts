/**
 * Applying the engine's write plans to an .xlsx package, surgically: the parts that change
 * are the analysed sheets' XML (only the planned cells, and a reference to a new notes
 * drawing), their relationships and notes parts, styles.xml (appended fills and cell
 * formats), [Content_Types].xml (additions) and workbook.xml's calcPr (recalculate on open).
 * Every other part is copied byte for byte by `saveCopy`.
 */
import { toA1, type CellRange } from '../engine/index.js';
import type { CellMark, Severity, ValueWrite, WritePlan } from '../engine/index.js';
import { WorkbookError } from './errors.js';
import type { XlsxPackage } from './readWorkbook.js';
import { cellEditSplices, type CellEdit } from './write/cellEdits.js';
import { applyNotes, NOTE_HEADING, threadedRefs } from './write/notes.js';
import { PackageEdit, REL } from './write/packageEdit.js';
import { freshRelationshipId, withRelationships } from './write/packageParts.js';
import { parseSheetXml, type SheetXml } from './write/sheetXml.js';
import { applySplices, type Splice } from './write/splice.js';
import { editVmlNotes, newVmlDrawing } from './write/vmlNotes.js';
import { worse } from '../engine/index.js';
import {
  isType,
  readRelationships,
  relationshipsPartOf,
  relativeTarget,
  type Relationship,
} from './xlsx/relationships.js';

export { NOTE_HEADING } from './write/notes.js';

/**
 * Excel's own palette, so the marks look familiar: the "Bad" and "Neutral" cell-style fills
 * (light red, amber) and the 20 % tint of Accent 1 (light blue). Light enough to read the
 * value through, and distinct when printed in colour.
 */
export const MARK_FILL_ARGB: Readonly<Record<Severity, string>> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';

export interface SheetWrite {
  readonly sheet: string;
  readonly plan: WritePlan;
}

export interface AppliedPlan {
  readonly written: number;
  readonly marked: number;
}

export interface PackageChanges {
  /** New text of every part that changes or is added, by part name. */
  readonly parts: ReadonlyMap<string, string>;
  readonly applied: AppliedPlan;
}

/**
 * The parts to change for `writes`, all or nothing: a plan that would overwrite a formula or
 * a merged area's hidden cell is refused before anything is decided (`file` names the
 * workbook in the error).
 */
export async function applyPlans(
  pkg: XlsxPackage,
  writes: readonly SheetWrite[],
  file: string,
): Promise<PackageChanges> {
  const edit = new PackageEdit(pkg);
  let written = 0;
  let marked = 0;
  for (const { sheet, plan } of writes) {
    const part = pkg.info.sheets.find((s) => s.name === sheet)?.part;
    if (!part) continue;
    const xml = parseSheetXml(await pkg.zip.readText(part));
    refuseConflicts(xml, plan.values, file, sheet);
    const marks = marksByCell(xml.merges, plan.marks);
    const sheetEdit = new SheetEdit(edit, part, xml, await readRelationships(pkg.zip, part));
    await sheetEdit.writeNotes(marks);
    await sheetEdit.writeCells(plan.values, marks);
    await sheetEdit.finish();
    if (plan.values.length > 0) edit.wroteValues();
    written += plan.values.length;
    marked += marks.size;
  }
  return { parts: await edit.finish(), applied: { written, marked } };
}

type Marks = ReadonlyMap<string, { row: number; col: number; severity: Severity; notes: string[] }>;

/** One sheet's share of the copy: its XML, its relationships, its notes parts. */
class SheetEdit {
  private readonly splices: Splice[] = [];
  private readonly newRels: { id: string; type: string; target: string }[] = [];

  constructor(
    private readonly edit: PackageEdit,
    private readonly part: string,
    private readonly xml: SheetXml,
    private readonly rels: readonly Relationship[],
  ) {}

  /**
   * Ziping's notes for `marks`; on a sheet an earlier run marked, also the removal of notes
   * for cells no longer flagged. A new comments part or VML drawing is related to the sheet.
   */
  async writeNotes(marks: Marks): Promise<void> {
    const { zip } = this.edit.pkg;
    const commentsRel = this.rels.find(
      (r) => isType(r, 'comments') && !r.external && zip.has(r.target),
    );
    const existing = commentsRel ? await zip.readText(commentsRel.target) : null;
    if (marks.size === 0 && !existing?.includes(NOTE_HEADING)) return;
    const threaded = new Set<string>();
    for (const r of this.rels.filter((r) => isType(r, 'threadedComment') && zip.has(r.target)))
      for (const ref of threadedRefs(await zip.readText(r.target))) threaded.add(ref);
    const notes = new Map([...marks].map(([ref, m]) => [ref, m.notes.join('\n')]));
    const result = applyNotes(existing, notes, threaded);
    if (result.comments === existing || result.comments === null) return;
    let commentsPart = commentsRel?.target;
    if (commentsPart === undefined) {
      commentsPart = this.edit.addPart((n) => `xl/comments${n}.xml`, { override: COMMENTS_TYPE });
      this.relate('comments', commentsPart);
    }
    this.edit.parts.set(commentsPart, result.comments);

    const lines = new Map(
      result.addedCells.map((ref) => [ref, (notes.get(ref) ?? '').split('\n').length + 1]),
    );
    const legacy = this.xml.topLevel.find((t) => t.name === 'legacyDrawing');
    const vmlRel =
      legacy?.rid === undefined ? undefined : this.rels.find((r) => r.id === legacy.rid);
    if (vmlRel && zip.has(vmlRel.target)) {
      this.edit.parts.set(
        vmlRel.target,
        editVmlNotes(await zip.readText(vmlRel.target), lines, result.removedCells),
      );
    } else if (lines.size > 0) {
      const vmlPart = this.edit.addPart((n) => `xl/drawings/vmlDrawing${n}.vml`, {
        extension: 'vml',
        type: VML_TYPE,
      });
      this.edit.parts.set(
        vmlPart,
        editVmlNotes(newVmlDrawing(await this.edit.freeIdBlock()), lines, []),
      );
      this.splices.push(legacyDrawingSplice(this.xml, this.relate('vmlDrawing', vmlPart)));
    }
  }

  /** The written values and the marks' fills, each cell restyled from its own format. */
  async writeCells(values: readonly ValueWrite[], marks: Marks): Promise<void> {
    if (values.length === 0 && marks.size === 0) return;
    const styles = await this.edit.styleSheet();
    const cells = new Map(
      this.xml.rows.flatMap((r) => r.cells).map((c) => [`${c.row}:${c.col}`, c]),
    );
    const byCell = new Map(values.map((w) => [`${w.row}:${w.col}`, w]));
    const touched = new Set([
      ...byCell.keys(),
      ...[...marks.values()].map((m) => `${m.row}:${m.col}`),
    ]);
    const edits: CellEdit[] = [];
    for (const key of touched) {
      const [row, col] = key.split(':').map(Number) as [number, number];
      const write = byCell.get(key);
      const mark = marks.get(toA1(row, col));
      const style = styles.derive(cells.get(key)?.style ?? this.emptyCellStyle(row, col), {
        ...(mark ? { fill: MARK_FILL_ARGB[mark.severity] } : {}),
        ...(write?.format ? { numberFormat: write.format } : {}),
      });
      edits.push({ row, col, style, ...(write ? { value: write.value } : {}) });
    }
    this.splices.push(...cellEditSplices(this.xml, edits));
  }

  async finish(): Promise<void> {
    if (this.splices.length > 0)
      this.edit.parts.set(this.part, applySplices(this.xml.text, this.splices));
    if (this.newRels.length === 0) return;
    const relsPart = relationshipsPartOf(this.part);
    const existing = this.edit.pkg.zip.has(relsPart)
      ? await this.edit.pkg.zip.readText(relsPart)
      : null;
    this.edit.parts.set(relsPart, withRelationships(existing, this.newRels));
  }

  /**
   * The format an empty cell shows, and so the one a new cell starts from: its row's
   * (`customFormat`), else its column's, else the default (Excel's order).
   */
  private emptyCellStyle(row: number, col: number): number {
    const rowStyle = this.xml.rows.find((r) => r.row === row)?.style;
    if (rowStyle !== null && rowStyle !== undefined) return rowStyle;
    return this.xml.columns.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
  }

  /** Relates `target` to the sheet; returns the relationship's (fresh) id. */
  private relate(kind: string, target: string): string {
    const id = freshRelationshipId([
      ...this.rels.map((r) => r.id),
      ...this.newRels.map((r) => r.id),
    ]);
    this.newRels.push({ id, type: `${REL}/${kind}`, target: relativeTarget(this.part, target) });
    return target;
  }
}

function refuseConflicts(
  xml: SheetXml,
  values: readonly ValueWrite[],
  file: string,
  sheet: string,
): void {
  const formulas = new Set(
    xml.rows
      .flatMap((r) => r.cells)
      .filter((c) => c.hasFormula)
      .map((c) => `${c.row}:${c.col}`),
  );
  const conflicts = values.flatMap((w) => {
    if (formulas.has(`${w.row}:${w.col}`)) return [`${w.address} 含公式，不会被覆盖`];
    const merge = xml.merges.find(
      (m) => inside(m, w.row, w.col) && (m.top !== w.row || m.left !== w.col),
    );
    return merge ? [`${w.address} 在合并单元格 ${toA1(merge.top, merge.left)} 之内`] : [];
  });
  if (conflicts.length > 0)
    throw new WorkbookError(
      'plan-conflict',
      file,
      `「${file}」工作表「${sheet}」：写入计划要覆盖受保护的单元格，已全部放弃写入：${conflicts.join('；')}。`,
    );
}

/**
 * One mark per visible cell: a mark on a merged area's hidden cell goes to the area's master
 * (Excel draws the whole area with the master's fill), and marks meeting there combine.
 */
function marksByCell(
  merges: readonly CellRange[],
  marks: readonly CellMark[],
): Map<string, { row: number; col: number; severity: Severity; notes: string[] }> {
  const byCell = new Map<
    string,
    { row: number; col: number; severity: Severity; notes: string[] }
  >();
  for (const mark of marks) {
    const merge = merges.find((m) => inside(m, mark.row, mark.col));
    const [row, col] = merge ? [merge.top, merge.left] : [mark.row, mark.col];
    const ref = toA1(row, col);
    const seen = byCell.get(ref);
    if (!seen) {
      byCell.set(ref, { row, col, severity: mark.severity, notes: [mark.note] });
      continue;
    }
    seen.severity = worse(seen.severity, mark.severity);
    seen.notes.push(mark.note);
  }
  return byCell;
}

function inside(m: CellRange, row: number, col: number): boolean {
  return row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;
}

/** `<legacyDrawing>` goes after `drawing` and before the header/footer drawing, tables and extensions. */
function legacyDrawingSplice(xml: SheetXml, id: string): Splice {
  const later = new Set([
    'legacyDrawingHF',
    'drawingHF',
    'picture',
    'oleObjects',
    'controls',
    'webPublishItems',
    'tableParts',
    'extLst',
  ]);
  const next = xml.topLevel.find((t) => later.has(t.name));
  const at = next ? next.start : xml.rootClose;
  return {
    start: at,
    end: at,
    text: `<${xml.prefix}legacyDrawing xmlns:r="${REL}" r:id="${id}"/>`,
  };
}
