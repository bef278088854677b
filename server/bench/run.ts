import { mkdir, writeFile } from "node:fs/promises";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { runBoardBench } from "./board-render/board-bench.ts";
import { BOARD_RENDER, boardParams } from "./board-render/board-params.ts";
import { boardTable, writeBoardReport } from "./board-render/board-report.ts";
import { paramsFor, parseOptions, USAGE } from "./options.ts";
import { fdatasyncLatency } from "./report/disk.ts";
import { describeMachine } from "./report/machine.ts";
import { markdownReport, workloadTable } from "./report/markdown.ts";
import { summarise, type WorkloadResult } from "./report/results.ts";
import { contendersFor, runWorkload, TARGETS } from "./runner.ts";
import { WORKLOADS } from "./workloads/index.ts";

const RESULTS_DIR = path.resolve(import.meta.dirname, "results");

if (process.argv.includes("--help")) {
  console.log(USAGE);
  process.exit(0);
}
const argv = process.argv.slice(2);
const options = parseOptions(
  argv,
  process.env,
  [...WORKLOADS.map((w) => w.name), BOARD_RENDER],
  RESULTS_DIR,
);
const startedAt = new Date().toISOString();
const machine = {
  ...describeMachine(tmpdir()),
  fdatasync: await fdatasyncLatency(tmpdir()),
  // Other work on the machine disturbs every figure: the load average says how much there was.
  loadAverageAtStart: os.loadavg()[0] ?? Number.NaN,
  loadAverageAtEnd: Number.NaN,
};
const log = (line: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

const results: WorkloadResult[] = [];
const tables: string[] = [];
for (const workload of WORKLOADS.filter((w) => options.workloads.includes(w.name))) {
  const params = paramsFor(workload, options);
  const contenders = contendersFor(workload, options.targets);
  const runs = await runWorkload(workload, contenders, params, {
    rounds: workload.tavoloOnly ? 1 : Math.min(options.rounds, workload.maxRounds ?? Infinity),
    cpuProfDir: options.cpuProfDir,
    log,
  });
  const result = summarise(workload, params, contenders, runs);
  results.push(result);
  const table = workloadTable(workload, result);
  tables.push(table);
  console.log(`\n${table}`);
}

machine.loadAverageAtEnd = os.loadavg()[0] ?? Number.NaN;
const command = `npm run bench${argv.length > 0 ? ` -- ${argv.join(" ")}` : ""}`;
if (options.workloads.includes(BOARD_RENDER)) {
  // After the sync workloads: it drives a browser, and reports into its own files.
  const board = await runBoardBench(boardParams(argv, process.env), command, log);
  console.log(`\n### Board rendering\n\n${boardTable(board)}`);
  if (options.resultsDir) {
    await writeBoardReport(options.resultsDir, board);
    log("board rendering written to board-latest.{json,md}");
  }
}
const notes = Object.values(TARGETS).map((t) => `**${t.name}**: ${t.persistence}`);
const report = markdownReport(machine, command, startedAt, tables, notes);
// A board-only run (--workloads=board-render) must not overwrite the sync results with nothing.
if (options.resultsDir && results.length > 0) {
  await mkdir(options.resultsDir, { recursive: true });
  const json = {
    startedAt,
    command,
    machine,
    options: { ...options, overrides: Object.fromEntries(options.overrides) },
    results,
  };
  await writeFile(
    path.join(options.resultsDir, "latest.json"),
    `${JSON.stringify(json, null, 2)}\n`,
  );
  await writeFile(path.join(options.resultsDir, "latest.md"), report);
  log(`results written to ${path.relative(process.cwd(), options.resultsDir)}/latest.{json,md}`);
}
// Stock clients keep reconnect timers; the benchmark is over.
process.exit(0);
