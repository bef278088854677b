import type { Workload } from "../workloads/workload.ts";
import type { Machine } from "./machine.ts";
import type { WorkloadResult } from "./results.ts";
import { markdownTable } from "./table.ts";

const AA = "tavolo (A/A)";

/** One table per workload: medians per target, then Tavolo/peer ratios (A/A first). */
export function workloadTable(workload: Workload, result: WorkloadResult): string {
  const labels = Object.keys(result.medians);
  const rows = labels.map((label) => [
    label,
    ...workload.metrics.map((m) => formatFigure(result.medians[label]?.[m.key])),
  ]);
  const tavolo = result.medians.tavolo;
  const ratioRows = labels
    .filter((label) => label !== "tavolo")
    .sort((a, b) => Number(b === AA) - Number(a === AA))
    .map((label) => {
      const peer = result.medians[label];
      const cells = workload.metrics.map((m) =>
        m.ratio ? ratio(tavolo?.[m.key], peer?.[m.key]) : "",
      );
      return [`_tavolo / ${label}_`, ...cells];
    });
  const header = ["target", ...workload.metrics.map((m) => m.label)];
  const failures = result.runs
    .filter((run) => run.error)
    .map((run) => `\n> ${run.label} round ${run.round} failed: ${run.error}`);
  const params = Object.entries(result.params)
    .map(([key, value]) => `${key}=${value}`)
    .join(", ");
  return [
    `### ${workload.title}`,
    "",
    `\`${workload.name}\`: ${params}`,
    "",
    markdownTable(header, [...rows, ...ratioRows]),
    ...failures,
    "",
  ].join("\n");
}

export function markdownReport(
  machine: Machine & {
    fdatasync: { p50Ms: number; p99Ms: number };
    loadAverageAtStart: number;
    loadAverageAtEnd: number;
  },
  command: string,
  startedAt: string,
  tables: string[],
  notes: string[],
): string {
  return [
    "# Tavolo sync benchmark",
    "",
    `Run ${startedAt} with \`${command}\` on ${machine.cpu}, ${machine.cores} cores, ` +
      `${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, data on ${machine.dataDirFileSystem}` +
      ` (append + fdatasync p50 ${machine.fdatasync.p50Ms} ms, p99 ${machine.fdatasync.p99Ms} ms).`,
    `Load average (1 min) ${machine.loadAverageAtStart.toFixed(2)} at the start, ` +
      `${machine.loadAverageAtEnd.toFixed(2)} at the end: other work on the machine shows as noise.`,
    "Figures are medians over rounds; ratios below 1 mean Tavolo is lower (faster, leaner).",
    "",
    ...notes.map((note) => `- ${note}`),
    "",
    ...tables,
  ].join("\n");
}

/** A figure with as many decimals as its size deserves; "–" when missing. */
export function formatFigure(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return "–";
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function ratio(mine: number | undefined, theirs: number | undefined): string {
  if (mine === undefined || theirs === undefined || Number.isNaN(mine) || Number.isNaN(theirs)) {
    return "–";
  }
  if (theirs === 0) return mine === 0 ? "1.00" : "–";
  return `${(mine / theirs).toFixed(2)}×`;
}
