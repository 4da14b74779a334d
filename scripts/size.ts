/**
 * `npm run size`: the gzipped size of each production bundle, and per page the JavaScript it
 * loads before it can run (the script tags of its HTML) — the figure the 250 KB budget is for.
 */
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET_KB = 250;
const root = fileURLToPath(new URL('../dist/web/', import.meta.url));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = async (file: string) => gzipSync(await readFile(root + file), { level: 9 }).length;

let files: string[];
try {
  files = (await readdir(root)).filter((f) => f.endsWith('.js')).sort();
} catch {
  console.error('没有找到 dist/web/：请先运行 npm run build。');
  process.exit(1);
}

console.log('Bundle                                   raw        gzip');
for (const file of files) {
  const raw = (await readFile(root + file)).length;
  console.log(`${file.padEnd(38)} ${kb(raw).padStart(10)} ${kb(await gzipped(file)).padStart(10)}`);
}

console.log('\nInitial JavaScript per page (gzip)');
let overBudget = false;
for (const page of ['taskpane', 'commands', 'notice', 'demo']) {
  const html = await readFile(`${root}${page}.html`, 'utf8').catch(() => '');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
    .map((m) => m[1] ?? '')
    .filter((src) => !/^https?:/.test(src) && !src.startsWith('office-js/'));
  let total = 0;
  for (const src of scripts) total += await gzipped(src);
  const budget = page === 'taskpane' ? `  (goal ≤ ${BUDGET_KB} KB)` : '';
  if (page === 'taskpane' && total > BUDGET_KB * 1024) overBudget = true;
  console.log(`${page.padEnd(10)} ${kb(total).padStart(10)}  ${scripts.join(' + ')}${budget}`);
}
if (overBudget) {
  console.error(`\nThe task pane's initial JavaScript is over ${BUDGET_KB} KB gzipped.`);
  process.exitCode = 1;
}
