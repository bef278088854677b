import { open, rm } from "node:fs/promises";
import path from "node:path";
import { sleep } from "../targets/server-process.ts";
import { percentile } from "./stats.ts";

/**
 * Latency of append + fdatasync in `dir`, paced like a room's group commits. Tavolo waits for
 * it before every relay, so its latency figures can be no better than this disk allows.
 */
export async function fdatasyncLatency(dir: string, samples = 100, gapMs = 20) {
  const file = path.join(dir, `fsync-probe-${process.pid}`);
  const handle = await open(file, "a");
  const times: number[] = [];
  try {
    for (let i = 0; i < samples; i++) {
      const started = performance.now();
      await handle.write(Buffer.alloc(64, i));
      await handle.datasync();
      times.push(performance.now() - started);
      await sleep(gapMs);
    }
  } finally {
    await handle.close();
    await rm(file, { force: true });
  }
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return { p50Ms: round(percentile(times, 50)), p99Ms: round(percentile(times, 99)) };
}
