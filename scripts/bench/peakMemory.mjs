// Preloaded into a benchmarked process (node --import): reports its peak memory and the CPU
// time of all its threads on exit, so a figure taken on a busy machine can be read both ways.
/* global process -- a Node script; the shared ESLint config declares no Node globals for .js */
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(
    `\npeak-rss-kb ${usage.maxRSS} cpu-us ${usage.userCPUTime + usage.systemCPUTime}\n`,
  );
});
