/**
 * The 评分标准 texts of the real tables in the corpus: every text the recognised standard
 * column holds, with what parseStandard makes of it. At least 80 % of those that speak of
 * points are read as rules; the rest are listed as they are (standard-unparsed), never guessed.
 * Applied wrongly, a rule would raise a deviation the hand-worked expectations do not list:
 * the corpus test (corpus.test.ts) fails on any such unexpected error, and this test on any
 * deviation quoting a table's standard that its entry does not expect.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CorpusExpectation } from '../../corpus/expectation.js';
import { analyzeSheet } from '../../src/engine/index.js';
import { recognizeSheet } from '../../src/engine/recognize/index.js';
import { SheetView } from '../../src/engine/recognize/sheetView.js';
import { parseStandard } from '../../src/engine/standards/index.js';
import { readWorkbook } from '../../src/file/index.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
const ids = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const SCORING_WORDS = /分|扣|计分|得分|满分/;

describe('评分标准 in the corpus', () => {
  it('reads at least 80 % of the texts that speak of points, and applies none unexpectedly', async () => {
    const rows: { id: string; cell: string; text: string; parse: string }[] = [];
    const unexpected: string[] = [];
    for (const id of ids) {
      const dir = path.join(corpus, id);
      const expected = JSON.parse(
        readFileSync(path.join(dir, 'expected.json'), 'utf8'),
      ) as CorpusExpectation;
      const { grids } = await readWorkbook(path.join(dir, 'table.xlsx'));
      for (const grid of grids) {
        const model = recognizeSheet(new SheetView(grid), undefined);
        for (const ev of model.evaluations) {
          for (const ind of ev.grid?.indicators ?? []) {
            const r = ind.standard?.reading;
            if (r?.kind !== 'text' || !SCORING_WORDS.test(r.text)) continue;
            const parsed = parseStandard(r.text);
            rows.push({
              id,
              cell: ind.standard!.address,
              text: r.text.length > 40 ? `${r.text.slice(0, 40)}…` : r.text,
              parse: parsed.kind,
            });
          }
        }
        const result = analyzeSheet(grid);
        if (result.status !== 'recognised') continue;
        const wanted = expected.sheets
          .filter((s) => s.sheet === grid.sheet)
          .flatMap((s) => s.tables.flatMap((t) => t.warnings.map((w) => `${w.rule}@${w.cell}`)));
        for (const f of result.findings) {
          if (f.rule === 'score-rule-deviation' && f.message.includes('按表中评分标准'))
            if (!wanted.includes(`${f.rule}@${f.cell}`))
              unexpected.push(`${id} ${f.cell}: ${f.message}`);
        }
      }
    }
    console.table(rows);
    const read = rows.filter((r) => r.parse !== 'unparsed').length;
    console.log(
      `评分标准：${rows.length} 条，解读 ${read} 条（${Math.round((read / rows.length) * 100)}%）`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(read / rows.length).toBeGreaterThanOrEqual(0.8);
    expect(unexpected).toEqual([]);
  });
});
