import { existsSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { chromiumLaunchOptions } from "../../../e2e/chromium.ts";
import { describeMachine } from "../report/machine.ts";
import { boardFigures } from "./board-figures.ts";
import type { BoardBenchParams } from "./board-params.ts";
import type { BoardReport } from "./board-report.ts";
import { runBoardSize, type SizeSamples } from "./board-size-run.ts";

/** The built client the server serves (server/src/config.ts CLIENT_DIST's default). */
const CLIENT_DIST = path.resolve(import.meta.dirname, "../../../client/dist/index.html");

/**
 * Runs the baseline board, then the measured ones, in one headless Chromium, and returns the
 * report. The baseline goes first so that a large board never runs on a colder JIT or cache.
 */
export async function runBoardBench(
  params: BoardBenchParams,
  command: string,
  log: (line: string) => void,
): Promise<BoardReport> {
  if (!existsSync(process.env.CLIENT_DIST ?? CLIENT_DIST)) {
    throw new Error("the board benchmark opens the built client: run `npm run build` first");
  }
  const startedAt = new Date().toISOString();
  const loadAverageAtStart = os.loadavg()[0] ?? Number.NaN;
  const browser = await chromium.launch(chromiumLaunchOptions);
  const samples: SizeSamples[] = [];
  try {
    for (const notes of new Set([params.baselineNotes, params.notes, params.largeNotes])) {
      const started = performance.now();
      samples.push(await runBoardSize(browser, notes, params, log));
      log(
        `board-render ${notes} notes done in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await browser.close();
  }
  return {
    startedAt,
    command,
    machine: {
      ...describeMachine(tmpdir()),
      loadAverageAtStart,
      loadAverageAtEnd: os.loadavg()[0] ?? Number.NaN,
    },
    params,
    figures: samples.map(boardFigures),
    samples,
  };
}
