import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions, repoRoot, tavoloWebServer } from "./server.ts";

const { baseURL, webServer } = tavoloWebServer(Number(process.env.E2E_PORT ?? 3902));

/**
 * Not part of the suite: refreshes the screenshots in docs/screenshots from the built client.
 * Run `npm run build && npx playwright test -c e2e/screenshots.config.ts`.
 */
export default defineConfig({
  testDir: ".",
  testMatch: "screenshots.ts",
  outputDir: path.join(repoRoot, "test-results/screenshots"),
  workers: 1,
  reporter: [["list"]],
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions,
    locale: "it-IT",
    viewport: { width: 1280, height: 900 },
  },
  webServer,
});
