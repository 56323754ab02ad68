// Loaded with --import into every measured build: prints the process's peak RSS on exit.
process.on("exit", () => {
  process.stderr.write(`\n__PEAK_RSS_KB__ ${process.resourceUsage().maxRSS}\n`);
});
