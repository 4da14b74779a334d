/** The adapter's pure pieces: addresses, literals, the stored XML, the run record. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellsToAreas,
  parseArea,
  parseAreas,
  qualify,
  rangeToA1,
} from '../../src/excel/address.js';
import { literal } from '../../src/excel/cellContent.js';
import { EMPTY_RECORD, parseRecord, serializeRecord } from '../../src/engine/plan/record.js';
import { chunkAddresses, MAX_ADDRESS_CHARS, MAX_AREAS } from '../../src/excel/sheetChanges.js';
import { unwrap, wrap } from '../../src/excel/workbookStore.js';

describe('addresses', () => {
  it('parses what Office.js returns, quoted sheet names included', () => {
    expect(parseArea("'It''s, mine'!$B$2:C4")).toEqual({
      sheet: "It's, mine",
      range: { top: 1, left: 1, bottom: 3, right: 2 },
    });
    expect(parseAreas('自评表!A1:B2,自评表!D4').map((a) => rangeToA1(a.range))).toEqual([
      'A1:B2',
      'D4',
    ]);
    expect(qualify('部门整体绩效自评表', { top: 0, left: 0, bottom: 0, right: 0 })).toBe(
      '部门整体绩效自评表!A1',
    );
    expect(qualify('Sheet 1', { top: 0, left: 0, bottom: 1, right: 1 })).toBe("'Sheet 1'!A1:B2");
  });

  it('folds cells into areas that cover exactly those cells', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.nat(40), fc.nat(6)), { selector: ([r, c]) => `${r}:${c}` }),
        (pairs) => {
          const cells = pairs.map(([row, col]) => ({ row, col }));
          const covered = new Set<string>();
          for (const area of cellsToAreas(cells)) {
            for (let r = area.top; r <= area.bottom; r++) {
              for (let c = area.left; c <= area.right; c++) {
                const k = `${r}:${c}`;
                expect(covered.has(k)).toBe(false);
                covered.add(k);
              }
            }
          }
          expect([...covered].sort()).toEqual(pairs.map(([r, c]) => `${r}:${c}`).sort());
        },
      ),
    );
    expect(
      cellsToAreas(
        [0, 1, 2, 3].flatMap((row) => [
          { row, col: 7 },
          { row, col: 8 },
        ]),
      ).map(rangeToA1),
    ).toEqual(['H1:I4']);
  });

  it('chunks areas well below the ~500-area limit and keeps each address short', () => {
    const areas = Array.from({ length: 1234 }, (_, i) => `H${i * 2 + 1}`);
    const chunks = chunkAddresses(areas);
    expect(chunks.join(',').split(',')).toEqual(areas);
    for (const chunk of chunks) {
      expect(chunk.split(',').length).toBeLessThanOrEqual(MAX_AREAS);
      expect(chunk.length).toBeLessThanOrEqual(MAX_ADDRESS_CHARS);
    }
  });
});

describe('literals', () => {
  it('marks text Excel would reinterpret, and leaves plain text and numbers alone', () => {
    expect(literal('95')).toBe("'95");
    expect(literal('95%')).toBe("'95%");
    expect(literal('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(literal('-')).toBe("'-");
    expect(literal('2021-12')).toBe("'2021-12");
    expect(literal('TRUE')).toBe("'TRUE");
    expect(literal('完成')).toBe('完成');
    expect(literal('95', '@')).toBe('95');
    expect(literal(95)).toBe(95);
    expect(literal(null)).toBe('');
    expect(literal({ error: '#DIV/0!' })).toBe('#DIV/0!');
  });
});

describe('the stored XML part', () => {
  it('round-trips any text, and reads Excel’s re-serialised form', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(unwrap(wrap('urn:x', text))).toBe(text);
      }),
    );
    expect(unwrap('<ns0:r xmlns:ns0="urn:x">a &amp; &#x4E2D;</ns0:r>')).toBe('a & 中');
    expect(unwrap('<r xmlns="urn:x"/>')).toBe('');
    expect(unwrap('not xml')).toBeNull();
  });
});

describe('the run record', () => {
  const sheet = {
    sheetId: '{s}',
    sheet: '自评表',
    writes: [{ row: 4, col: 7, written: { value: 99.5 }, previous: { value: 95 } }],
    marks: [],
  };

  it('reads back what it wrote, and distrusts anything else', () => {
    const record = {
      ...EMPTY_RECORD,
      sheets: [sheet],
      steps: [
        {
          kind: 'run' as const,
          at: '2024-05-06T06:02:00.000Z',
          cells: 1,
          sheets: [
            {
              sheetId: '{s}',
              sheet: '自评表',
              values: [{ row: 4, col: 7, before: { value: 95 }, after: { value: 99.5 } }],
              fills: [],
              before: null,
            },
          ],
        },
      ],
      previewed: ['{s}'],
    };
    expect(parseRecord(serializeRecord(record))).toEqual(record);
    expect(serializeRecord({ ...EMPTY_RECORD, sheets: [{ ...sheet, writes: [] }] })).toBeNull();
    expect(serializeRecord({ ...EMPTY_RECORD, directWrite: true })).not.toBeNull();
    expect(parseRecord(null)).toEqual(EMPTY_RECORD);
    expect(parseRecord('{"version":3,"sheets":[]}')).toBeNull();
    expect(
      parseRecord('{"version":2,"sheets":[],"steps":[{"kind":"run"}],"previewed":[]}'),
    ).toBeNull();
    expect(parseRecord('{"version":1,"sheets":[{"sheetId":1}]}')).toBeNull();
  });

  it('reads a record of the first version as its sheets, with no steps to undo one by one', () => {
    expect(parseRecord(JSON.stringify({ version: 1, sheets: [sheet] }))).toEqual({
      ...EMPTY_RECORD,
      sheets: [sheet],
    });
  });
});
