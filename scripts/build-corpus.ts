/**
 * Builds corpus/<id>/table.xlsx from corpus/<id>/sheet.ts and checks each entry's structure
 * (corpus/validate.ts). Usage: npm run corpus [id ...]
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeExampleWorkbook } from '../examples/sheets/write.js';
import type { WorkbookSpec } from '../examples/sheets/spec.js';
import { validateEntry } from '../corpus/validate.js';

const corpus = fileURLToPath(new URL('../corpus/', import.meta.url));
const wanted = new Set(process.argv.slice(2));
const ids = (await readdir(corpus, { withFileTypes: true }))
  .filter((d) => d.isDirectory() && (wanted.size === 0 || wanted.has(d.name)))
  .map((d) => d.name)
  .sort();

let problems = 0;
for (const id of ids) {
  const dir = path.join(corpus, id);
  const { workbook } = (await import(pathToFileURL(path.join(dir, 'sheet.ts')).href)) as {
    workbook: WorkbookSpec;
  };
  await writeExampleWorkbook(workbook, path.join(dir, 'table.xlsx'));
  const expected: unknown = JSON.parse(await readFile(path.join(dir, 'expected.json'), 'utf8'));
  const source = await readFile(path.join(dir, 'source.md'), 'utf8');
  const found = validateEntry(id, expected, workbook, source);
  for (const p of found) console.error(p);
  problems += found.length;
  console.log(`${found.length ? '✗' : '✓'} ${id}`);
}
console.log(`${ids.length} tables, ${problems} problems`);
process.exitCode = problems ? 1 : 0;
