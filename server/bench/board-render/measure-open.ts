import type { Browser, BrowserContext, Page } from "playwright-core";
import { installProbes, type ProbeWindow } from "./page-probes.ts";

export interface OpenTimes {
  /** Navigation start to the notes on screen at open all in the DOM, ms. */
  domComplete: number[];
  /** Navigation start to the paint after that, ms. */
  painted: number[];
}

export interface OpenOptions {
  url: string;
  cookie: string;
  /** Notes on screen at open (see SeededBoard): the open is complete when they are painted. */
  onScreenNoteIds: readonly string[];
  timeoutMs: number;
}

export const PAGE_VIEWPORT = { width: 1280, height: 800 };

/**
 * Opens the board `runs` times, each in a fresh browser context (empty cache and IndexedDB, as a
 * person arriving at the workshop), signed in with the facilitator's session cookie.
 */
export async function measureOpen(
  browser: Browser,
  options: OpenOptions & { runs: number },
): Promise<OpenTimes> {
  const times: OpenTimes = { domComplete: [], painted: [] };
  for (let run = 0; run < options.runs; run++) {
    const { context, page } = await openPaintedBoard(browser, options);
    try {
      const open = await page.evaluate(() => (window as unknown as ProbeWindow).__boardBench.open);
      times.domComplete.push(open.domComplete ?? Number.NaN);
      times.painted.push(open.painted ?? Number.NaN);
    } finally {
      await context.close();
    }
  }
  return times;
}

/**
 * A fresh browser context signed in with `cookie`, the probes installed, the board opened and
 * painted with the notes on screen. The caller closes the context.
 */
export async function openPaintedBoard(
  browser: Browser,
  options: OpenOptions,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: PAGE_VIEWPORT });
  try {
    await addSessionCookie(context, options.url, options.cookie);
    const page = await context.newPage();
    await installProbes(page, options.onScreenNoteIds);
    await page.goto(options.url);
    await page.waitForFunction(
      () => (window as unknown as ProbeWindow).__boardBench.open.painted !== null,
      undefined,
      { timeout: options.timeoutMs, polling: 50 },
    );
    return { context, page };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Gives a browser context the session cookie an ApiClient holds (`name=value`). */
async function addSessionCookie(
  context: BrowserContext,
  url: string,
  cookie: string,
): Promise<void> {
  const [name = "", ...value] = cookie.split("=");
  await context.addCookies([{ name, value: value.join("="), url: new URL(url).origin }]);
}
