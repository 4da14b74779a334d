// Preloaded into a benchmarked process (node --import): reports its peak memory on exit.
/* global process -- a Node script; the shared ESLint config declares no Node globals for .js */
process.on('exit', () => {
  process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
