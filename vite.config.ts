import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { precompress } from "./client/build/precompress.ts";

const serverPort = Number(process.env.PORT ?? 3000);
const serverOrigin = `http://127.0.0.1:${serverPort}`;

/**
 * One config for the client build, the dev server (proxying API and websocket to the Hono
 * server) and the test projects: `unit` beside the code, `integration` against a real server.
 */
export default defineConfig({
  root: "client",
  publicDir: "public",
  // precompress() writes .br and .gz beside the built files for the server to send as they are.
  plugins: [react(), precompress()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true },
  server: {
    host: "127.0.0.1",
    port: Number(process.env.VITE_PORT ?? 5173),
    proxy: {
      // The Host stays Vite's, so the server sees the page's origin as its own (CSRF guard).
      "/api": { target: serverOrigin, changeOrigin: false },
      "/sync": { target: serverOrigin.replace("http", "ws"), ws: true },
    },
  },
  test: {
    root: ".",
    reporters: process.env.VITEST_JSON
      ? ["default", ["json", { outputFile: process.env.VITEST_JSON }]]
      : ["default"],
    projects: [
      {
        test: {
          name: "unit",
          root: ".",
          include: [
            "shared/src/**/*.test.ts",
            "server/src/**/*.test.ts",
            "client/src/**/*.test.{ts,tsx}",
          ],
          // Tests needing PostgreSQL or Redis run in vitest.cluster.config.ts only.
          exclude: ["server/src/**/*.{pg,redis}.test.ts", "**/node_modules/**"],
          environment: "node",
          // Unit tests share no state (no module mocks, stubbed globals or fake timers): one
          // module graph per worker instead of one per file cuts their run from 90 s to 15 s.
          isolate: false,
        },
      },
      {
        test: {
          name: "integration",
          root: ".",
          include: ["server/test/**/*.test.ts"],
          exclude: ["server/test/cluster/**", "**/node_modules/**"],
          environment: "node",
          // Each file starts its own servers on ephemeral ports with their own data folders and
          // sets no global state, so files share their worker's modules too.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
