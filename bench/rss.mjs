// Preloaded into a benchmarked process: prints its peak resident memory (kB) on exit.
process.on('exit', () => {
  process.stderr.write(`maxrss=${String(process.resourceUsage().maxRSS)}\n`);
});
