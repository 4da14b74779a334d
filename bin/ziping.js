#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm run build:cli`, which `npm ci` runs through "prepare".
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
