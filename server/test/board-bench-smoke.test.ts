import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBoardBench } from "../bench/board-render/board-bench.ts";
import { BOARD_METRICS } from "../bench/board-render/board-figures.ts";
import { BOARD_DEFAULTS } from "../bench/board-render/board-params.ts";
import { boardMarkdown } from "../bench/board-render/board-report.ts";

const BUILT = existsSync(path.resolve(import.meta.dirname, "../../client/dist/index.html"));

/**
 * The board benchmark is not part of `npm test`, but a tiny board (20 notes against 10, the
 * facilitator's page and one other person) runs here so the harness cannot rot: real server,
 * API provisioning, y-websocket clients, Chromium and the page probes. It checks the report's
 * shape and counts, never a timing. It needs the built client (`npm run build`).
 */
describe.runIf(BUILT)("board rendering benchmark harness", () => {
  it("measures a tiny board and reports every figure", { timeout: 240_000 }, async () => {
    const params = {
      ...BOARD_DEFAULTS,
      notes: 20,
      largeNotes: 20,
      baselineNotes: 10,
      people: 2,
      opens: 1,
      moves: 3,
      redrawChecks: 1,
      drags: 1,
      dragSteps: 10,
      port: 3917,
    };
    const report = await runBoardBench(params, "smoke test", () => {});
    for (const figures of report.figures) {
      for (const metric of BOARD_METRICS) expect(figures).toHaveProperty(metric.key);
      expect(figures.opens).toBe(1);
      expect(figures.moves).toBe(3);
      expect(figures.dragFrames).toBeGreaterThan(0);
      expect(figures.panZoomFrames).toBeGreaterThan(0);
      // One remote move changes that note's element and no other.
      expect(figures.redrawnNotesMax).toBe(1);
    }
    expect(report.figures.map((figures) => figures.notes)).toEqual([10, 20]);
    expect(boardMarkdown(report)).toContain("| open → painted, p50 ms");
  });
});
