import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions, repoRoot, tavoloWebServer } from "./server.ts";

const { baseURL, webServer } = tavoloWebServer(Number(process.env.E2E_PORT ?? 3901));

/** The e2e suite: the built client served by the real server, driven in Debian's Chromium. */
export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  outputDir: path.join(repoRoot, "test-results"),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
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
