/**
 * `npm run size`: the gzipped size of each production bundle, and per page the JavaScript it
 * loads before it can run (the script tags of its HTML) — the figure the 140 KB budget is for.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET_KB = 140;
const root = fileURLToPath(new URL('../dist/web/', import.meta.url));

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipped = async (file: string) => gzipSync(await readFile(root + file), { level: 9 }).length;

const PAGES = ['taskpane', 'commands', 'notice', 'preview', 'demo'];

/** The local scripts a built page loads (minified HTML may leave attribute values unquoted). */
async function scriptsOf(page: string): Promise<string[]> {
  const html = await readFile(`${root}${page}.html`, 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? '')
    .filter((src) => !/^https?:/.test(src) && !src.startsWith('office-js/'));
}

const pages = new Map<string, string[]>();
try {
  for (const page of PAGES) pages.set(page, await scriptsOf(page));
} catch {
  console.error('没有找到 dist/web/ 中的页面：请先运行 npm run build。');
  process.exit(1);
}

// Only what the current pages load: dist/web/ is not cleaned, older hashed files may remain.
const bundles = [...new Set([...pages.values()].flat())].sort();
console.log('Bundle                                   raw        gzip');
for (const file of bundles) {
  const raw = (await readFile(root + file)).length;
  console.log(`${file.padEnd(38)} ${kb(raw).padStart(10)} ${kb(await gzipped(file)).padStart(10)}`);
}

console.log('\nInitial JavaScript per page (gzip)');
let overBudget = false;
for (const [page, scripts] of pages) {
  let total = 0;
  for (const src of scripts) total += await gzipped(src);
  const budget = page === 'taskpane' ? `  (goal ≤ ${BUDGET_KB} KB)` : '';
  if (page === 'taskpane' && total > BUDGET_KB * 1024) overBudget = true;
  console.log(`${page.padEnd(10)} ${kb(total).padStart(10)}${budget}  ${scripts.join(' + ')}`);
}
if (overBudget) {
  console.error(`\nThe task pane's initial JavaScript is over ${BUDGET_KB} KB gzipped.`);
  process.exitCode = 1;
}
