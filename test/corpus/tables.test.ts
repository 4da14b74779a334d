/**
 * Each corpus/<id>/table.xlsx is built from its sheet.ts by `npm run corpus`, and the corpus
 * test reads the .xlsx. This test rebuilds every sheet.ts and compares it with the committed
 * workbook, so an edited sheet.ts without `npm run corpus` fails here instead of silently
 * judging the engine on a stale table.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { WorkbookSpec } from '../../examples/sheets/spec.js';
import { writeExampleWorkbook } from '../../examples/sheets/write.js';
import { useTempDir } from '../support/tempDir.js';
import { contents, loadWorkbook } from '../support/workbookContents.js';

const corpus = fileURLToPath(new URL('../../corpus/', import.meta.url));
const ids = readdirSync(corpus, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const tmp = useTempDir('ziping-corpus-');

describe('committed corpus workbooks match their sheet.ts', () => {
  it.each(ids)('%s/table.xlsx is up to date (run `npm run corpus` if not)', async (id) => {
    const { workbook } = (await import(pathToFileURL(path.join(corpus, id, 'sheet.ts')).href)) as {
      workbook: WorkbookSpec;
    };
    const fresh = tmp(`${id}.xlsx`);
    await writeExampleWorkbook(workbook, fresh);
    const committed = await loadWorkbook(path.join(corpus, id, 'table.xlsx'));
    expect(contents(committed)).toEqual(contents(await loadWorkbook(fresh)));
  });
});
