/**
 * Preloaded into every benchmarked server: SIGUSR2 runs a full GC (the process is started
 * with --expose-gc), so memory figures compare live data rather than when V8 last collected.
 */
process.on("SIGUSR2", () => {
  const { gc } = globalThis as { gc?: () => void };
  gc?.();
});
