import { appendFileSync } from "node:fs";
import v8 from "node:v8";

/**
 * Preloaded into every benchmarked server: SIGUSR2 runs a full GC (the process is started
 * with --expose-gc), so memory figures compare live data rather than when V8 last collected.
 * With BENCH_HEAP_SPACES=file, each collection also appends the V8 heap spaces' committed and
 * used KiB to that file as a JSON line (profile/room-heap.ts reads them).
 */
process.on("SIGUSR2", () => {
  const { gc } = globalThis as { gc?: () => void };
  gc?.();
  const file = process.env.BENCH_HEAP_SPACES;
  if (!file) return;
  const spaces = v8.getHeapSpaceStatistics().map((space) => ({
    name: space.space_name,
    committedKiB: Math.round(space.space_size / 1024),
    usedKiB: Math.round(space.space_used_size / 1024),
  }));
  appendFileSync(file, `${JSON.stringify(spaces)}\n`);
});
