/**
 * The note boxes of a sheet's VML drawing (the legacy drawing Excel keeps notes' position,
 * size and visibility in). Boxes are added for new notes and removed for notes that are
 * gone; every other shape (the user's notes, form controls) stays as written.
 */
import { fromA1 } from '../../engine/index.js';
import { applySplices, type Splice } from './splice.js';

interface NoteShape {
  readonly start: number;
  readonly end: number;
  readonly row: number;
  readonly col: number;
}

const NOTE_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** A new VML drawing for a sheet without one; `idBlock` keeps its shape ids apart from other drawings'. */
export function newVmlDrawing(idBlock: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
    'xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idBlock}"/></o:shapelayout>` +
    `${NOTE_SHAPETYPE}</xml>`
  );
}

/** The shape-id blocks (`o:idmap data`) a drawing claims. */
export function idBlocksOf(vml: string): number[] {
  const blocks: number[] = [];
  for (const match of vml.matchAll(/<o:idmap\b[^>]*\bdata\s*=\s*"([^"]*)"/g))
    for (const n of (match[1] ?? '').split(',')) if (n.trim() !== '') blocks.push(Number(n));
  return blocks;
}

/**
 * `vml` with a hidden box added for each cell in `added` (A1, with its note's line count)
 * and the boxes of `removed` cells deleted.
 */
export function editVmlNotes(
  vml: string,
  added: ReadonlyMap<string, number>,
  removed: readonly string[],
): string {
  const shapes = noteShapes(vml);
  const splices: Splice[] = [];
  const gone = new Set(removed.map((ref) => key(fromA1(ref))));
  for (const shape of shapes)
    if (gone.has(key(shape))) splices.push({ start: shape.start, end: shape.end, text: '' });
  const present = new Set(shapes.filter((s) => !gone.has(key(s))).map(key));
  let nextId =
    Math.max(
      1024 * Math.max(1, ...idBlocksOf(vml)),
      ...[...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1])),
    ) + 1;
  const boxes: string[] = [];
  for (const [ref, lines] of added) {
    const at = fromA1(ref);
    if (present.has(key(at))) continue;
    boxes.push(noteBox(nextId++, at.row, at.col, lines));
  }
  if (boxes.length > 0) {
    const close = vml.lastIndexOf('</xml>');
    const at = close === -1 ? vml.length : close;
    const shapetype = vml.includes('_x0000_t202"') ? '' : NOTE_SHAPETYPE;
    splices.push({ start: at, end: at, text: shapetype + boxes.join('') });
  }
  return applySplices(vml, splices);
}

function key(at: { row: number; col: number }): string {
  return `${at.row}:${at.col}`;
}

/** A note box as Excel draws one: beside the cell, hidden until the cell is pointed at. */
function noteBox(id: number, row: number, col: number, lines: number): string {
  const height = Math.min(40, Math.max(4, lines + 1));
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" ` +
    `style="position:absolute;margin-left:0;margin-top:0;width:240pt;height:${height * 15}pt;z-index:${id};visibility:hidden" ` +
    'fillcolor="#ffffe1" o:insetmode="auto">' +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
    `<x:Anchor>${col + 1}, 15, ${row}, 10, ${col + 5}, 15, ${row + height}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData>` +
    '</v:shape>'
  );
}

/**
 * The note boxes, found by pattern rather than parsed: VML from older Excel versions is not
 * always well-formed XML (an unclosed `<br>` in a text box), but shapes never nest.
 */
function noteShapes(vml: string): NoteShape[] {
  const shapes: NoteShape[] = [];
  for (const match of vml.matchAll(/<v:shape\b(?:[^>]*\/>|[\s\S]*?<\/v:shape>)/g)) {
    const text = match[0];
    if (!/ObjectType\s*=\s*"Note"/.test(text)) continue;
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(text)?.[1];
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(text)?.[1];
    if (row === undefined || col === undefined) continue;
    const start = match.index ?? 0;
    shapes.push({ start, end: start + text.length, row: Number(row), col: Number(col) });
  }
  return shapes;
}
