import { sleep } from "../targets/server-process.ts";

/**
 * Calls `tick(i)` for each of `count` actors `rate` times a second for `seconds`, actors
 * evenly staggered within each period so the load is smooth rather than in bursts.
 */
export async function paced(
  count: number,
  rate: number,
  seconds: number,
  tick: (actor: number) => void,
): Promise<void> {
  const period = 1000 / rate;
  const timers: NodeJS.Timeout[] = [];
  const starts: NodeJS.Timeout[] = [];
  for (let actor = 0; actor < count; actor++) {
    starts.push(
      setTimeout(
        () => timers.push(setInterval(() => tick(actor), period)),
        (period * actor) / count,
      ),
    );
  }
  await sleep(seconds * 1000);
  for (const timer of [...starts, ...timers]) clearTimeout(timer);
}

/** Polls `done` every 20 ms until it holds or `timeoutMs` passes; returns whether it held. */
export async function until(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/** Resolves with `promise`, or rejects after `ms` saying what was awaited. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
