/**
 * Debian's Chromium, never a downloaded browser; CHROMIUM_PATH points elsewhere if needed. Used
 * by the e2e configs and by the board rendering benchmark (server/bench/board-render), which
 * must measure the same browser the tests drive. No Playwright import here, so both can load it.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
