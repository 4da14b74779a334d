/**
 * The explanation beside a mark: a cell note (ExcelApi 1.18) or, on older hosts, a threaded
 * comment (ExcelApi 1.10). Ziping's own start with {@link NOTE_TAG}; everything else is the
 * user's and is never edited or deleted.
 */
import type { NoteSupport } from './actions.js';
import type { Capabilities } from './capabilities.js';

/** Opens every note Ziping writes (the file adapter uses the same heading). */
export const NOTE_TAG = '【自评助手】';

export type AnnotationKind = Exclude<NoteSupport, 'none' | 'off'>;

export interface Annotation {
  readonly kind: AnnotationKind;
  readonly ours: boolean;
  /** The loaded item, kept to delete it in the write batch without looking it up again. */
  readonly item: Excel.Note | Excel.Comment;
}

export interface PendingAnnotations {
  collect(): Annotation[];
}

/** Queues loading every note and comment of a sheet that this host can see. */
export function queueAnnotationRead(
  sheet: Excel.Worksheet,
  capabilities: Capabilities,
): PendingAnnotations {
  const notes = capabilities.notes ? sheet.notes.load('items/content') : null; // ExcelApi 1.18
  const comments = capabilities.comments ? sheet.comments.load('items/content') : null; // ExcelApi 1.10
  return {
    collect: () => [
      ...(notes?.items ?? []).map((item) => annotation('notes', item)),
      ...(comments?.items ?? []).map((item) => annotation('comments', item)),
    ],
  };
}

function annotation(kind: AnnotationKind, item: Excel.Note | Excel.Comment): Annotation {
  return { kind, ours: isOurs(item.content), item };
}

export function isOurs(content: string | null | undefined): boolean {
  return (content ?? '').startsWith(NOTE_TAG);
}

/**
 * Where the user's own notes and comments are, so a new mark never lands on one of them (Excel
 * holds one per cell). Notes carry no address, so this costs one more small read, and is queued
 * only when the sheet has such notes and the run wants to add its own.
 */
export function queueLocate(annotations: readonly Annotation[]): { collect(): Set<string> } {
  const ranges = annotations
    .filter((a) => !a.ours)
    .map((a) => a.item.getLocation().load('address')); // ExcelApi 1.18 (notes), 1.10 (comments)
  return { collect: () => new Set(ranges.map((range) => cellOf(range.address))) };
}

/** "Sheet1!H21" → "H21". */
function cellOf(address: string): string {
  return address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
}

export function noteText(messages: readonly string[]): string {
  const body = messages.map((m) => (m.startsWith(NOTE_TAG) ? m.slice(NOTE_TAG.length).trim() : m));
  return `${NOTE_TAG}\n${body.join('\n')}`;
}

export function queueAddAnnotation(
  sheet: Excel.Worksheet,
  kind: AnnotationKind,
  address: string,
  text: string,
): void {
  const cell = sheet.getRange(address);
  if (kind === 'notes')
    sheet.notes.add(cell, text); // ExcelApi 1.18
  else sheet.comments.add(cell, text); // ExcelApi 1.10
}
