import { defineConfig } from "vitest/config";

/**
 * `npm run test:cluster`: the tests that need PostgreSQL and Redis (README, "Più istanze"),
 * kept out of `vitest run` so that plain `npm test` needs neither.
 */
export default defineConfig({
  test: {
    root: ".",
    reporters: process.env.VITEST_JSON
      ? ["default", ["json", { outputFile: process.env.VITEST_JSON }]]
      : ["default"],
    projects: [
      {
        test: {
          name: "cluster",
          root: ".",
          include: ["server/src/**/*.{pg,redis}.test.ts", "server/test/cluster/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
