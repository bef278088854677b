import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PlaywrightTestConfig } from "@playwright/test";

/** The repository root, where the built server (`server/dist`) and client live. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Starts the real Tavolo server as `npm start` runs it (compiled, serving the built client) on a loopback port with an empty data
 * directory, one per port, emptied at the start of each run (so runs leave nothing behind but
 * the last one). Playwright loads the config in its worker processes too: the environment marks
 * the directory as prepared, so only the runner empties it.
 */
export function tavoloWebServer(port: number): {
  baseURL: string;
  webServer: PlaywrightTestConfig["webServer"];
} {
  const dataDir = path.join(tmpdir(), `tavolo-e2e-${port}`);
  const prepared = `TAVOLO_E2E_DATA_DIR_${port}`;
  if (process.env[prepared] !== dataDir) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    process.env[prepared] = dataDir;
  }
  const baseURL = `http://127.0.0.1:${port}`;
  return {
    baseURL,
    webServer: {
      command: "node --enable-source-maps server/dist/main.js",
      cwd: repoRoot,
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
        // The suite signs dozens of people in from one address within minutes.
        RATE_LIMIT_SIGN_IN: "100000",
        RATE_LIMIT_ANONYMOUS: "100000",
        // The suite's people start sessions and procedures freely (admin-bootstrap.spec.ts
        // starts its own server with the default policy).
        SIGNUP_POLICY: "open",
      },
    },
  };
}

// The launch options live in chromium.ts so the board benchmark (server/bench) shares them.
export { chromiumLaunchOptions } from "./chromium.ts";
