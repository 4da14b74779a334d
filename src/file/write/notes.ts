/**
 * Ziping's explanations as cell notes (legacy comments: the comments part and its VML
 * drawing). A user's note keeps its text, author, box and visibility: the explanation is
 * added after it as a run of its own, opened by {@link NOTE_HEADING}; a rerun replaces that
 * run and a cell no longer flagged loses it, leaving the user's note as it was. Cells that
 * hold a threaded comment are left alone (Excel keeps one annotation per cell).
 */
import { toA1 } from '../../engine/index.js';
import { parseAddress } from '../xlsx/sheetReader.js';
import { scanXml, textOf } from '../xml/scanner.js';
import { escapeXml } from '../xml/text.js';
import { applySplices, type Splice } from './splice.js';

/** Opens every note Ziping writes, so a reader knows where it came from (and a rerun can replace it). */
export const NOTE_HEADING = '【自评助手】';
export const NOTE_AUTHOR = '自评助手';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

interface Run {
  readonly start: number;
  readonly end: number;
  /** The run's `<t>` start, for keeping its formatting when its text is cut. */
  readonly textStart: number;
  readonly text: string;
  readonly bare: boolean;
}

interface CommentTag {
  readonly ref: string;
  readonly start: number;
  readonly end: number;
  readonly textTagEnd: number;
  readonly textClose: number;
  readonly runs: readonly Run[];
}

interface CommentsXml {
  readonly text: string;
  readonly prefix: string;
  readonly authors: readonly string[];
  readonly authorsTag: {
    readonly start: number;
    readonly end: number;
    readonly close: number;
    readonly selfClosing: boolean;
  } | null;
  readonly commentList: {
    readonly start: number;
    readonly end: number;
    readonly close: number;
    readonly selfClosing: boolean;
  } | null;
  readonly rootTagEnd: number;
  readonly comments: readonly CommentTag[];
}

export interface NotesResult {
  /** The comments part, or null when the sheet had none and gets none. */
  readonly comments: string | null;
  /** Cells (A1) whose note is new, needing a box in the VML drawing. */
  readonly addedCells: readonly string[];
  /** Cells (A1) whose note was Ziping's alone and is gone, with its box. */
  readonly removedCells: readonly string[];
  readonly written: number;
}

/**
 * The comments part with `notes` (A1 → text without heading) applied: ours replaced, added
 * beside the user's, or added as new notes; our old notes on other cells removed.
 */
export function applyNotes(
  existing: string | null,
  notes: ReadonlyMap<string, string>,
  threaded: ReadonlySet<string>,
): NotesResult {
  const parsed = parseComments(existing ?? emptyComments());
  const p = parsed.prefix;
  const splices: Splice[] = [];
  const addedCells: string[] = [];
  const removedCells: string[] = [];
  let authorId = parsed.authors.indexOf(NOTE_AUTHOR);
  let written = 0;
  const ourAuthor = () => {
    if (authorId === -1) {
      authorId = parsed.authors.length;
      const author = `<${p}author>${NOTE_AUTHOR}</${p}author>`;
      const tag = parsed.authorsTag;
      if (!tag)
        splices.push({
          start: parsed.rootTagEnd,
          end: parsed.rootTagEnd,
          text: `<${p}authors>${author}</${p}authors>`,
        });
      else if (tag.selfClosing)
        splices.push({
          start: tag.start,
          end: tag.end,
          text: `<${p}authors>${author}</${p}authors>`,
        });
      else splices.push({ start: tag.close, end: tag.close, text: author });
    }
    return authorId;
  };
  const ourRun = (body: string, after: boolean) =>
    `<${p}r><${p}t xml:space="preserve">${escapeXml(`${after ? '\n\n' : ''}${NOTE_HEADING}\n${body}`)}</${p}t></${p}r>`;

  const seen = new Set<string>();
  for (const comment of parsed.comments) {
    const ref = normalizeRef(comment.ref);
    seen.add(ref);
    const body = notes.get(ref);
    const cut = ourPart(parsed.text, comment, p);
    if (body === undefined && cut === null) continue;
    if (body !== undefined && threaded.has(ref)) continue;
    const userRuns =
      cut === null ? comment.runs.map((r) => runXml(parsed.text, r, p)).join('') : cut.userXml;
    if (body === undefined) {
      // Not flagged any more: give the note back as the user wrote it, or drop ours.
      if (userRuns === '') {
        splices.push({ start: comment.start, end: comment.end, text: '' });
        removedCells.push(ref);
      } else splices.push({ start: comment.textTagEnd, end: comment.textClose, text: userRuns });
      continue;
    }
    written++;
    if (userRuns === '') {
      // Ours alone: rewrite it whole, under our author.
      splices.push({
        start: comment.start,
        end: comment.end,
        text: commentXml(p, ref, ourAuthor(), ourRun(body, false)),
      });
    } else {
      splices.push({
        start: comment.textTagEnd,
        end: comment.textClose,
        text: userRuns + ourRun(body, true),
      });
    }
  }
  const added: string[] = [];
  for (const [ref, body] of notes) {
    if (seen.has(ref) || threaded.has(ref)) continue;
    added.push(commentXml(p, ref, ourAuthor(), ourRun(body, false)));
    addedCells.push(ref);
    written++;
  }
  if (added.length > 0) {
    const list = parsed.commentList;
    const text = added.join('');
    if (!list)
      splices.push({ start: parsed.text.length, end: parsed.text.length, text: '' }); // unreachable: emptyComments has one
    else if (list.selfClosing)
      splices.push({
        start: list.start,
        end: list.end,
        text: `<${p}commentList>${text}</${p}commentList>`,
      });
    else splices.push({ start: list.close, end: list.close, text });
  }
  if (splices.length === 0) return { comments: existing, addedCells, removedCells, written };
  return { comments: applySplices(parsed.text, splices), addedCells, removedCells, written };
}

function commentXml(p: string, ref: string, author: number, run: string): string {
  return `<${p}comment ref="${ref}" authorId="${author}" shapeId="0"><${p}text>${run}</${p}text></${p}comment>`;
}

function emptyComments(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors/><commentList/></comments>`;
}

/**
 * Where Ziping's part of a note begins: the user's runs before it (the run holding the
 * heading cut to the text before it), or null when the note has no part of ours.
 */
function ourPart(xml: string, comment: CommentTag, p: string): { userXml: string } | null {
  const index = comment.runs.findIndex((r) => r.text.includes(NOTE_HEADING));
  if (index === -1) return null;
  const run = comment.runs[index] as Run;
  const before = run.text.slice(0, run.text.indexOf(NOTE_HEADING)).trimEnd();
  const kept = comment.runs.slice(0, index).map((r) => runXml(xml, r, p));
  if (before !== '') {
    const cutText = `<${p}t xml:space="preserve">${escapeXml(before)}</${p}t>`;
    kept.push(
      run.bare
        ? `<${p}r>${cutText}</${p}r>`
        : `${xml.slice(run.start, run.textStart)}${cutText}</${p}r>`,
    );
  }
  return { userXml: kept.join('') };
}

/** A run as stored; a bare `<t>` is wrapped in `<r>` so runs can follow it. */
function runXml(xml: string, run: Run, p: string): string {
  const text = xml.slice(run.start, run.end);
  return run.bare ? `<${p}r>${text}</${p}r>` : text;
}

function parseComments(text: string): CommentsXml {
  const comments: CommentTag[] = [];
  const authors: string[] = [];
  let prefix = '';
  let rootTagEnd = 0;
  let authorsTag: CommentsXml['authorsTag'] = null;
  let commentList: CommentsXml['commentList'] = null;
  let depth = 0;
  let author: string | null = null;
  let comment: {
    ref: string;
    start: number;
    textTagEnd: number;
    textClose: number;
    runs: Run[];
  } | null = null;
  let run: { start: number; textStart: number; text: string; bare: boolean } | null = null;
  let inText = false;
  let phonetic = 0;
  scanXml(text, {
    open(tag) {
      if (depth === 0) {
        prefix = tag.qname.slice(0, tag.qname.length - tag.name.length);
        rootTagEnd = tag.end;
      } else if (depth === 1 && tag.name === 'authors') {
        authorsTag = {
          start: tag.start,
          end: tag.end,
          close: tag.start,
          selfClosing: tag.selfClosing,
        };
      } else if (depth === 1 && tag.name === 'commentList') {
        commentList = {
          start: tag.start,
          end: tag.end,
          close: tag.start,
          selfClosing: tag.selfClosing,
        };
      } else if (tag.name === 'author' && depth === 2) {
        author = '';
        if (tag.selfClosing) {
          authors.push('');
          author = null;
        }
      } else if (tag.name === 'comment' && depth === 2) {
        comment = {
          ref: tag.attrs.ref ?? '',
          start: tag.start,
          textTagEnd: -1,
          textClose: -1,
          runs: [],
        };
      } else if (comment && tag.name === 'text' && depth === 3) {
        comment.textTagEnd = tag.end;
        comment.textClose = tag.end;
      } else if (comment && tag.name === 'r' && depth === 4) {
        run = { start: tag.start, textStart: -1, text: '', bare: false };
      } else if (comment && tag.name === 'rPh') {
        if (!tag.selfClosing) phonetic++;
      } else if (comment && tag.name === 't' && phonetic === 0) {
        if (depth === 4) run = { start: tag.start, textStart: tag.start, text: '', bare: true };
        else if (run) run.textStart = tag.start;
        inText = !tag.selfClosing;
        if (tag.selfClosing && run?.bare) {
          comment.runs.push({ ...run, end: tag.end });
          run = null;
        }
      }
      if (!tag.selfClosing) depth++;
    },
    text(source, start, end, cdata) {
      if (author !== null) author += textOf(source, start, end, cdata);
      if (inText && run) run.text += textOf(source, start, end, cdata);
    },
    close(name, start, end) {
      depth--;
      if (name === 'author' && author !== null) {
        authors.push(author);
        author = null;
      } else if (name === 'authors' && depth === 1 && authorsTag) {
        authorsTag = { ...authorsTag, close: start };
      } else if (name === 'commentList' && depth === 1 && commentList) {
        commentList = { ...commentList, close: start };
      } else if (name === 't') {
        inText = false;
        if (run?.bare && depth === 4 && comment) {
          comment.runs.push({ ...run, end });
          run = null;
        }
      } else if (name === 'r' && depth === 4 && run && comment) {
        comment.runs.push({ ...run, end });
        run = null;
      } else if (name === 'rPh') {
        phonetic--;
      } else if (name === 'text' && comment && depth === 3) {
        comment.textClose = start;
      } else if (name === 'comment' && comment && depth === 2) {
        comments.push({ ...comment, end });
        comment = null;
      }
    },
  });
  return { text, prefix, authors, authorsTag, commentList, rootTagEnd, comments };
}

/** "$B$2" and "b2" name the same cell as "B2". */
function normalizeRef(ref: string): string {
  const at = parseAddress(ref);
  return at ? toA1(at.row, at.col) : ref;
}

/** The refs of a threaded comments part (Excel 365's 批注). */
export function threadedRefs(xml: string | null): Set<string> {
  const refs = new Set<string>();
  if (xml === null) return refs;
  scanXml(xml, {
    open(tag) {
      if (tag.name === 'threadedComment' && tag.attrs.ref) refs.add(normalizeRef(tag.attrs.ref));
    },
  });
  return refs;
}
