import { analyzeSheet } from '/work/main/src/engine/index.ts';
import { buildSyntheticSheet } from '/work/main/test/support/syntheticSheet.ts';
const grid = buildSyntheticSheet(100000).grid;
analyzeSheet(grid);
let best = Infinity;
for (let i = 0; i < 5; i++) { const t = performance.now(); analyzeSheet(grid); best = Math.min(best, performance.now() - t); }
console.log('100k best', Math.round(best));
