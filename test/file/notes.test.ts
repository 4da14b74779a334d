/**
 * Ziping's explanations in a comments part, as pure text edits: beside a user's note, in a
 * note of their own, replaced on a rerun, removed when a cell is no longer flagged; a cell
 * with a threaded comment keeps it alone.
 */
import { describe, expect, it } from 'vitest';
import { applyNotes, NOTE_HEADING } from '../../src/file/write/notes.js';
import { editVmlNotes, newVmlDrawing } from '../../src/file/write/vmlNotes.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const comments = (authors: string[], body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors>${authors.map((a) => `<author>${a}</author>`).join('')}</authors><commentList>${body}</commentList></comments>`;

const textOf = (xml: string, ref: string) => {
  const comment =
    new RegExp(`<comment ref="${ref}"[^>]*>([\\s\\S]*?)</comment>`).exec(xml)?.[1] ?? '';
  return [...comment.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join('');
};

describe('applyNotes', () => {
  it('adds the explanation after a user’s note, keeping its runs and author', () => {
    const user =
      '<comment ref="B2" authorId="0"><text><r><rPr><b/></rPr><t>张会计:</t></r><r><t xml:space="preserve">\n请核对</t></r></text></comment>';
    const { comments: xml, written } = applyNotes(
      comments(['张会计'], user),
      new Map([['B2', '得分超过分值']]),
      new Set(),
    );
    expect(written).toBe(1);
    expect(xml).toContain(
      '<comment ref="B2" authorId="0"><text><r><rPr><b/></rPr><t>张会计:</t></r><r><t xml:space="preserve">\n请核对</t></r><r>',
    );
    expect(textOf(xml ?? '', 'B2')).toBe(`张会计:\n请核对\n\n${NOTE_HEADING}\n得分超过分值`);
  });

  it('replaces an earlier run’s explanation, also one written into the user’s text', () => {
    // A copy written by an earlier Ziping put both in one string.
    const earlier = `<comment ref="B2" authorId="0"><text><t xml:space="preserve">请核对\n\n${NOTE_HEADING}\n旧的意见</t></text></comment>`;
    const { comments: xml } = applyNotes(
      comments(['张会计'], earlier),
      new Map([['B2', '新的意见']]),
      new Set(),
    );
    expect(textOf(xml ?? '', 'B2')).toBe(`请核对\n\n${NOTE_HEADING}\n新的意见`);
  });

  it('gives a note back as the user wrote it, or removes ours, when a cell is no longer flagged', () => {
    const body =
      `<comment ref="B2" authorId="0"><text><r><t>请核对</t></r><r><t xml:space="preserve">\n\n${NOTE_HEADING}\n旧的意见</t></r></text></comment>` +
      `<comment ref="C3" authorId="1"><text><r><t xml:space="preserve">${NOTE_HEADING}\n旧的意见</t></r></text></comment>`;
    const result = applyNotes(comments(['张会计', '自评助手'], body), new Map(), new Set());
    expect(result.comments).toContain(
      '<comment ref="B2" authorId="0"><text><r><t>请核对</t></r></text></comment>',
    );
    expect(result.comments).not.toContain('ref="C3"');
    expect(result.removedCells).toEqual(['C3']);
  });

  it('leaves a cell with a threaded comment alone', () => {
    const thread =
      '<comment ref="D4" authorId="0"><text><t>[Threaded comment]…</t></text></comment>';
    const result = applyNotes(
      comments(['tc={1}'], thread),
      new Map([['D4', '意见']]),
      new Set(['D4']),
    );
    expect(result.comments).toBe(comments(['tc={1}'], thread));
    expect(result.written).toBe(0);
  });

  it('starts a comments part for a sheet without notes, under its own author', () => {
    const result = applyNotes(
      null,
      new Map([['H5', '总分由自评助手写入 99.5，原为 97。']]),
      new Set(),
    );
    expect(result.comments).toContain('<authors><author>自评助手</author></authors>');
    expect(textOf(result.comments ?? '', 'H5')).toBe(
      `${NOTE_HEADING}\n总分由自评助手写入 99.5，原为 97。`,
    );
    expect(result.addedCells).toEqual(['H5']);
  });
});

describe('editVmlNotes', () => {
  it('adds a hidden box per new note with ids of its own block, and removes boxes of notes gone', () => {
    const vml = editVmlNotes(
      newVmlDrawing(3),
      new Map([
        ['B2', 3],
        ['C3', 2],
      ]),
      [],
    );
    expect(vml).toContain('<o:idmap v:ext="edit" data="3"/>');
    expect(vml.match(/id="_x0000_s(\d+)"/g)).toEqual(['id="_x0000_s3073"', 'id="_x0000_s3074"']);
    expect(vml).toContain('<x:Row>1</x:Row><x:Column>1</x:Column>');
    expect(vml).toContain('visibility:hidden');
    const after = editVmlNotes(vml, new Map(), ['B2']);
    expect(after).not.toContain('<x:Row>1</x:Row><x:Column>1</x:Column>');
    expect(after).toContain('<x:Row>2</x:Row><x:Column>2</x:Column>');
  });
});
