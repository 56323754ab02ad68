/**
 * The memory of a process and everything it started, sampled: a build's search index runs in
 * Pagefind's own process (and Hugo's, stock Eleventy's in theirs), which the process's own peak
 * (resourceUsage().maxRSS, GNU time's %M) leaves out. Linux only; elsewhere it reads nothing.
 */
import { readdirSync, readFileSync } from "node:fs";

/** Resident bytes of `root` and its descendants now, from /proc; 0 where /proc cannot be read. */
export function treeResidentBytes(root: number): number {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const parent = new Map<number, number>();
  const resident = new Map<number, number>();
  for (const name of entries) {
    try {
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      parent.set(Number(name), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      // Kernel threads and zombies have no VmRSS line.
      resident.set(Number(name), Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      // The process ended meanwhile.
    }
  }
  let total = 0;
  for (const [pid, bytes] of resident) {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = parent.get(at)) {
      if (at === root) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}

/** Samples the tree under `root` every `everyMs` until stopped; returns the highest total seen, in MiB. */
export function sampleTreePeak(root: number, everyMs = 100): () => number {
  let peak = treeResidentBytes(root);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeResidentBytes(root));
  }, everyMs);
  return () => {
    clearInterval(timer);
    return peak / 2 ** 20;
  };
}
