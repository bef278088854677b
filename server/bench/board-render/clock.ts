import type { Page } from "playwright-core";

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes. */
export const absoluteNow = () => performance.timeOrigin + performance.now();

/**
 * How far the page's `timeOrigin + now()` is ahead of this process's. Both read the same
 * machine's clock, but each process fixes its time origin from the wall clock once and then
 * counts on a monotonic clock, so the two can differ by a few milliseconds (NTP slews, rounding
 * of timeOrigin). The offset is the page's reading minus the midpoint of the round-trip that
 * fetched it, keeping the shortest of `samples` round-trips (the tightest bound).
 */
export async function pageClockOffset(page: Page, samples = 15): Promise<number> {
  let best = { rtt: Number.POSITIVE_INFINITY, offset: 0 };
  for (let i = 0; i < samples; i++) {
    const before = absoluteNow();
    const inPage = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = absoluteNow();
    if (after - before < best.rtt) {
      best = { rtt: after - before, offset: inPage - (before + after) / 2 };
    }
  }
  return best.offset;
}
