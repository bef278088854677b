import { type IntervalHistogram, monitorEventLoopDelay } from "node:perf_hooks";

/**
 * Event-loop delay p99 over fixed windows. A histogram over the whole uptime would hide a
 * recent stall behind hours of idle samples, and resetting it on each scrape would let two
 * scrapers disturb each other, so it is read and reset on a timer instead.
 */
export class EventLoopDelay {
  private readonly histogram: IntervalHistogram;
  private readonly timer: NodeJS.Timeout;
  private lastWindowP99Ns = 0;

  constructor(windowMs = 10_000, resolutionMs = 10) {
    this.histogram = monitorEventLoopDelay({ resolution: resolutionMs });
    this.histogram.enable();
    this.timer = setInterval(() => this.roll(), windowMs);
    this.timer.unref();
  }

  /** p99 in seconds: the larger of the last complete window and the current one so far. */
  p99Seconds(): number {
    const current = this.histogram.count > 0 ? this.histogram.percentile(99) : 0;
    return Math.max(this.lastWindowP99Ns, current) / 1e9;
  }

  stop(): void {
    clearInterval(this.timer);
    this.histogram.disable();
  }

  private roll(): void {
    this.lastWindowP99Ns = this.histogram.count > 0 ? this.histogram.percentile(99) : 0;
    this.histogram.reset();
  }
}
