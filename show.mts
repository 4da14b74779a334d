import { readWorkbook } from './src/file/index.ts';
import { analyzeSheet, toA1 } from './src/engine/index.ts';
const id = process.argv[2]!;
const { grids } = await readWorkbook(`./corpus/${id}/table.xlsx`);
for (const g of grids) {
  console.log('== sheet', g.sheet, 'merges', g.merges.length);
  g.cells.forEach((row, i) => {
    const cells = row.map((c, j) => c.value === null ? null : `${toA1(g.origin.row + i, g.origin.col + j)}=${typeof c.value === 'object' ? JSON.stringify(c.value) : String(c.value).replace(/\n/g, '⏎').slice(0, 40)}${c.format && c.format !== 'General' ? `[${c.format}]` : ''}`).filter(Boolean);
    if (cells.length) console.log(cells.join(' | '));
  });
  const r = analyzeSheet(g);
  if (r.status !== 'recognised') { console.log(r.reason); continue; }
  console.log('mapping', JSON.stringify(r.mapping));
  for (const t of r.tables) console.log('table', JSON.stringify(t));
  for (const f of r.findings) console.log(f.severity, f.rule, f.cell, f.message);
}
const e = JSON.parse((await import('node:fs')).readFileSync(`./corpus/${id}/expected.json`, 'utf8'));
console.log('EXPECTED', JSON.stringify(e.sheets, null, 0));
console.log('DERIVATION', e.derivation);
