/** Small numeric helpers the benchmarks share: timings on a shared machine are read as medians. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** `--runs N` from the command line, or the default. */
export function parseRuns(argv: readonly string[], fallback: number): number {
  const index = argv.indexOf("--runs");
  const value = index >= 0 ? Number(argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--runs wants a positive whole number, not ${argv[index + 1]}`);
  return value;
}
