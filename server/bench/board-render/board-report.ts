import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Machine } from "../report/machine.ts";
import { formatFigure } from "../report/markdown.ts";
import { markdownTable } from "../report/table.ts";
import { BOARD_METRICS } from "./board-figures.ts";
import type { BoardBenchParams } from "./board-params.ts";
import type { SizeSamples } from "./board-size-run.ts";

export interface BoardMachine extends Machine {
  loadAverageAtStart: number;
  loadAverageAtEnd: number;
}

/**
 * What `board-latest.json` holds: figures per board size (each with its `notes`, the baseline
 * first) and every raw sample.
 */
export interface BoardReport {
  startedAt: string;
  command: string;
  machine: BoardMachine;
  params: BoardBenchParams;
  figures: Record<string, number>[];
  samples: SizeSamples[];
}

/** One table: a row per figure, a column per board size, then each size's ratio to the first. */
export function boardTable(report: BoardReport): string {
  const [baseline = {}, ...measured] = report.figures;
  const sizes = [baseline, ...measured].map((figures) => `${count(figures.notes ?? 0)} notes`);
  const header = ["figure", ...sizes, ...sizes.slice(1).map((size) => `ratio ${size}`)];
  const rows = BOARD_METRICS.map((metric) => [
    metric.label,
    ...[baseline, ...measured].map((figures) => formatFigure(figures[metric.key])),
    ...measured.map((figures) =>
      metric.ratio ? ratio(figures[metric.key], baseline[metric.key]) : "",
    ),
  ]);
  return markdownTable(header, rows);
}

export function boardMarkdown(report: BoardReport): string {
  const { machine, params } = report;
  return [
    "# Tavolo board rendering benchmark",
    "",
    `Run ${report.startedAt} with \`${report.command}\` on ${machine.cpu}, ${machine.cores} cores, ` +
      `${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, headless Chromium.`,
    `Load average (1 min) ${machine.loadAverageAtStart.toFixed(2)} at the start, ` +
      `${machine.loadAverageAtEnd.toFixed(2)} at the end: other work on the machine shows as noise.`,
    `Boards of ${count(params.notes)} and ${count(params.largeNotes)} notes against a baseline of ` +
      `${count(params.baselineNotes)}, ` +
      `${params.people} people (the measured page and ${params.people - 1} Node clients moving ` +
      "their pointers 10 times a second, four of them moving a note every 1.5–4.5 s). " +
      "A ratio is that board's figure over the baseline's, measured in the same run. " +
      "The board renders only the notes in or near the view (viewport culling).",
    "",
    boardTable(report),
    "",
  ].join("\n");
}

export async function writeBoardReport(dir: string, report: BoardReport): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "board-latest.json"), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(dir, "board-latest.md"), boardMarkdown(report));
}

const count = (n: number) => n.toLocaleString("en-GB");

function ratio(measured: number | undefined, baseline: number | undefined): string {
  if (measured === undefined || baseline === undefined) return "–";
  if (!Number.isFinite(measured) || !Number.isFinite(baseline) || baseline === 0) return "–";
  return `${(measured / baseline).toFixed(2)}×`;
}
