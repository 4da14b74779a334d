/**
 * Applying the engine's write plans to an .xlsx package, surgically: the parts that change
 * are the analysed sheets' XML (only the planned cells, and a reference to a new notes
 * drawing), their relationships and notes parts, styles.xml (appended fills and cell
 * formats), [Content_Types].xml (additions) and workbook.xml's calcPr (recalculate on open).
 * Every other part is copied byte for byte by `saveCopy`.
 */
import { toA1, type CellRange } from '../engine/grid.js';
import type { CellMark, Severity, ValueWrite, WritePlan } from '../engine/report.js';
import { WorkbookError } from './errors.js';
import type { XlsxPackage } from './readWorkbook.js';
import { cellEditSplices, type CellEdit } from './write/cellEdits.js';
import { applyNotes, NOTE_HEADING, threadedRefs } from './write/notes.js';
import {
  freshRelationshipId,
  withContentTypes,
  withFullCalcOnLoad,
  withRelationships,
} from './write/packageParts.js';
import { parseSheetXml, type SheetXml } from './write/sheetXml.js';
import { applySplices, type Splice } from './write/splice.js';
import { MINIMAL_STYLESHEET, StyleSheetEditor } from './write/styleSheet.js';
import { editVmlNotes, idBlocksOf, newVmlDrawing } from './write/vmlNotes.js';
import {
  isType,
  readRelationships,
  relationshipsPartOf,
  relativeTarget,
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

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

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
  const { zip, info } = pkg;
  const parts = new Map<string, string>();
  const names = new Set(zip.entries.map((e) => e.name.toLowerCase()));
  const claim = (make: (n: number) => string) => {
    for (let n = 1; ; n++) {
      const name = make(n);
      if (!names.has(name.toLowerCase())) {
        names.add(name.toLowerCase());
        return name;
      }
    }
  };
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  let styles: StyleSheetEditor | null = null;
  const stylesOf = async () => {
    if (styles) return styles;
    const xml = info.stylesPart ? await zip.readText(info.stylesPart) : MINIMAL_STYLESHEET;
    styles = new StyleSheetEditor(xml);
    return styles;
  };
  let written = 0;
  let marked = 0;
  const usedIdBlocks = await vmlIdBlocks(pkg);

  for (const { sheet, plan } of writes) {
    const entry = info.sheets.find((s) => s.name === sheet);
    if (!entry?.part) continue;
    const sheetPart = entry.part;
    const xml = parseSheetXml(await zip.readText(sheetPart));
    refuseConflicts(xml, plan.values, file, sheet);
    const marks = marksByCell(xml.merges, plan.marks);
    const rels = await readRelationships(zip, sheetPart);
    const relsPart = relationshipsPartOf(sheetPart);
    const newRels: { id: string; type: string; target: string }[] = [];
    const relId = () =>
      freshRelationshipId([...rels.map((r) => r.id), ...newRels.map((r) => r.id)]);

    // Notes first: a sheet with nothing to write may still carry an earlier run's notes.
    const commentsRel = rels.find((r) => isType(r, 'comments') && !r.external);
    const existingComments =
      commentsRel && zip.has(commentsRel.target) ? await zip.readText(commentsRel.target) : null;
    if (plan.values.length === 0 && marks.size === 0 && !existingComments?.includes(NOTE_HEADING))
      continue;
    const threaded = new Set<string>();
    for (const r of rels.filter((r) => isType(r, 'threadedComment') && zip.has(r.target)))
      for (const ref of threadedRefs(await zip.readText(r.target))) threaded.add(ref);
    const notes = new Map([...marks].map(([ref, m]) => [ref, m.notes.join('\n')]));
    const noteResult = applyNotes(existingComments, notes, threaded);
    const sheetSplices: Splice[] = [];
    if (noteResult.comments !== existingComments && noteResult.comments !== null) {
      let commentsPart = commentsRel?.target;
      if (!commentsPart || !existingComments) {
        commentsPart = claim((n) => `xl/comments${n}.xml`);
        overrides.set(commentsPart, COMMENTS_TYPE);
        newRels.push({
          id: relId(),
          type: `${REL}/comments`,
          target: relativeTarget(sheetPart, commentsPart),
        });
      }
      parts.set(commentsPart, noteResult.comments);
      const legacy = xml.topLevel.find((t) => t.name === 'legacyDrawing');
      const vmlRel = legacy?.rid === undefined ? undefined : rels.find((r) => r.id === legacy.rid);
      const lines = new Map(
        noteResult.addedCells.map((ref) => [ref, (notes.get(ref) ?? '').split('\n').length + 1]),
      );
      if (vmlRel && zip.has(vmlRel.target)) {
        parts.set(
          vmlRel.target,
          editVmlNotes(await zip.readText(vmlRel.target), lines, noteResult.removedCells),
        );
      } else if (lines.size > 0) {
        const vmlPart = claim((n) => `xl/drawings/vmlDrawing${n}.vml`);
        const block = freeIdBlock(usedIdBlocks);
        parts.set(vmlPart, editVmlNotes(newVmlDrawing(block), lines, []));
        defaults.set('vml', VML_TYPE);
        const id = relId();
        newRels.push({ id, type: `${REL}/vmlDrawing`, target: relativeTarget(sheetPart, vmlPart) });
        sheetSplices.push(legacyDrawingSplice(xml, id));
      }
    }

    const edits: CellEdit[] = [];
    if (plan.values.length > 0 || marks.size > 0) {
      const editor = await stylesOf();
      const cells = new Map(xml.rows.flatMap((r) => r.cells).map((c) => [`${c.row}:${c.col}`, c]));
      const values = new Map(plan.values.map((w) => [`${w.row}:${w.col}`, w]));
      const touched = new Set([
        ...values.keys(),
        ...[...marks.values()].map((m) => `${m.row}:${m.col}`),
      ]);
      for (const key of touched) {
        const [row, col] = key.split(':').map(Number) as [number, number];
        const write = values.get(key);
        const mark = marks.get(toA1(row, col));
        const base = cells.get(key)?.style ?? 0;
        const style = editor.derive(base, {
          ...(mark ? { fill: MARK_FILL_ARGB[mark.severity] } : {}),
          ...(write?.format ? { numberFormat: write.format } : {}),
        });
        edits.push({ row, col, style, ...(write ? { value: write.value } : {}) });
      }
    }
    sheetSplices.push(...cellEditSplices(xml, edits));
    if (sheetSplices.length > 0) parts.set(sheetPart, applySplices(xml.text, sheetSplices));
    if (newRels.length > 0) {
      const existing = zip.has(relsPart) ? await zip.readText(relsPart) : null;
      parts.set(relsPart, withRelationships(existing, newRels));
    }
    written += plan.values.length;
    marked += marks.size;
  }

  const editor = styles as StyleSheetEditor | null;
  if (editor?.changed) {
    const stylesPart = info.stylesPart ?? 'xl/styles.xml';
    parts.set(stylesPart, editor.toXml());
    if (!info.stylesPart) {
      overrides.set(stylesPart, STYLES_TYPE);
      const workbookRels = relationshipsPartOf(info.part);
      parts.set(
        workbookRels,
        withRelationships(await zip.readText(workbookRels), [
          {
            id: freshRelationshipId(info.relationships.map((r) => r.id)),
            type: `${REL}/styles`,
            target: relativeTarget(info.part, stylesPart),
          },
        ]),
      );
    }
  }
  if (written > 0) parts.set(info.part, withFullCalcOnLoad(await zip.readText(info.part)));
  if (defaults.size > 0 || overrides.size > 0)
    parts.set(
      '[Content_Types].xml',
      withContentTypes(await zip.readText('[Content_Types].xml'), defaults, overrides),
    );
  return { parts, applied: { written, marked } };
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
    if (SEVERITY_RANK[mark.severity] > SEVERITY_RANK[seen.severity]) seen.severity = mark.severity;
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

async function vmlIdBlocks(pkg: XlsxPackage): Promise<Set<number>> {
  const used = new Set<number>();
  for (const entry of pkg.zip.entries)
    if (entry.name.toLowerCase().endsWith('.vml'))
      for (const block of idBlocksOf(await pkg.zip.readText(entry.name))) used.add(block);
  return used;
}

function freeIdBlock(used: Set<number>): number {
  let block = 1;
  while (used.has(block)) block++;
  used.add(block);
  return block;
}
