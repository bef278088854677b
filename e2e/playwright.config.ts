import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions, repoRoot, tavoloWebServer } from "./server.ts";

const port = Number(process.env.E2E_PORT ?? 3901);
const { baseURL, webServer } = tavoloWebServer(port);

/** The e2e suite: the built client served by the real server, driven in Debian's Chromium. */
export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  // One folder per port, like the data directory: Playwright empties it when a run starts, so
  // two runs on different ports (two people on one machine) must not share it.
  outputDir: path.join(repoRoot, "test-results", `e2e-${port}`),
  fullyParallel: false,
  // Spec files run two at a time: each makes its own procedures and people on the shared server.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  forbidOnly: true,
  // Each test runs axe on its screens, which takes seconds on a busy 2-core machine.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    [
      "json",
      {
        outputFile:
          process.env.PLAYWRIGHT_JSON ??
          process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ??
          path.join(repoRoot, ".reports/playwright.json"),
      },
    ],
  ],
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions,
    locale: "it-IT",
    trace: "retain-on-failure",
  },
  webServer,
});
