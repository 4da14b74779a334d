#!/usr/bin/env -S node --v8-pool-size=1
// The CLI is compiled to dist/ by `npm run build:cli`, which `npm ci` runs through "prepare".
// One background thread for V8 (compiling, collecting): a batch's own threads (--jobs, one per
// core by default) already take every core, and V8's default pool of four slowed a 500-file
// batch on two cores by a sixth. npm's Windows shims pass these options on too.
/* global URL, console, process -- a Node script; the shared ESLint config declares no Node globals for .js */
const entry = new URL('../dist/cli/main.js', import.meta.url);
try {
  await import(entry.href);
} catch (error) {
  // Only the missing build gets this hint; anything else is a real error and surfaces as such.
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || error.url !== entry.href) throw error;
  console.error('自评助手命令行尚未编译：请先运行 npm run build:cli（npm ci 会自动运行它）。');
  process.exit(2);
}
