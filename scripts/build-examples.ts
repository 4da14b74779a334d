/**
 * Writes examples/*.xlsx from the transcribed seed data in examples/sheets/.
 * Usage: npm run examples            (writes into examples/)
 *        tsx scripts/build-examples.ts <dir>   (writes elsewhere, e.g. for a test)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeExampleWorkbook } from '../examples/sheets/write.js';
import { allExamples } from '../examples/sheets/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = process.argv[2] ?? path.join(here, '..', 'examples');

for (const spec of allExamples) {
  const file = path.join(outDir, spec.file);
  await writeExampleWorkbook(spec, file);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
