import path from "node:path";
import type { Page } from "playwright-core";

/** Main-thread rendering (style, layout, paint) and sampled JavaScript: what DevTools records. */
const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.frame",
  "v8.execute",
  "disabled-by-default-v8.cpu_profiler",
];

/**
 * With BENCH_BOARD_TRACE_DIR set, records a Chromium performance trace around `work` into
 * `<dir>/<name>.json` (open it in DevTools' Performance panel): where a slow frame went, in
 * JavaScript or in style, layout and paint. Build the client with `npx vite build --minify
 * false` (and CLIENT_DIST pointing at it) to read function names.
 */
export async function traced<T>(page: Page, name: string, work: () => Promise<T>): Promise<T> {
  const dir = process.env.BENCH_BOARD_TRACE_DIR;
  const browser = page.context().browser();
  if (!dir || !browser) return work();
  await browser.startTracing(page, {
    path: path.join(dir, `${name}.json`),
    categories: CATEGORIES,
  });
  try {
    return await work();
  } finally {
    await browser.stopTracing();
  }
}
