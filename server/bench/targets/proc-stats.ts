import { readFileSync } from "node:fs";

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name may hold spaces and parentheses: fields are counted after its last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / TICKS_PER_SECOND;
}

/** Resident set size in bytes, from /proc/<pid>/status. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : Number.NaN;
}

/** Measures the share of one core a process used while `work` ran, in percent. */
export async function cpuShareDuring(pid: number, work: () => Promise<void>): Promise<number> {
  const cpuBefore = cpuSeconds(pid);
  const started = performance.now();
  await work();
  const wallSeconds = (performance.now() - started) / 1000;
  return ((cpuSeconds(pid) - cpuBefore) / wallSeconds) * 100;
}

/** Samples RSS every `everyMs` until stopped; returns the highest value seen. */
export function peakRss(pid: number, everyMs = 20): { stop(): number } {
  let peak = rssBytes(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssBytes(pid));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, rssBytes(pid));
    },
  };
}

/**
 * Waits until a process has been idle (under 2% of a core) for `quietMs`, or `timeoutMs`
 * passed: e.g. until a server has finished unloading rooms, however it does so.
 */
export async function untilIdle(pid: number, quietMs = 1000, timeoutMs = 30_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  let quietSince = performance.now();
  let last = cpuSeconds(pid);
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = cpuSeconds(pid);
    if (now - last > 0.004) quietSince = performance.now();
    last = now;
    if (performance.now() - quietSince >= quietMs) return;
  }
}
