import path from "node:path";
import { runBoardBench } from "./board-bench.ts";
import { boardParams } from "./board-params.ts";
import { boardTable, writeBoardReport } from "./board-report.ts";

/**
 * `npm run bench:board [-- --quick] [--no-write] [--board-render.notes=N ...]`: the board
 * rendering benchmark alone (`npm run bench` runs it after the sync workloads).
 */
const argv = process.argv.slice(2);
const params = boardParams(argv, process.env);
const log = (line: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const command = `npm run bench:board${argv.length > 0 ? ` -- ${argv.join(" ")}` : ""}`;
const report = await runBoardBench(params, command, log);
console.log(`\n${boardTable(report)}`);
if (!argv.includes("--no-write")) {
  const dir = path.resolve(import.meta.dirname, "../results");
  await writeBoardReport(dir, report);
  log(`results written to ${path.relative(process.cwd(), dir)}/board-latest.{json,md}`);
}
// The stock clients keep reconnect timers; the benchmark is over.
process.exit(0);
