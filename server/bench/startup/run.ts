/**
 * Start time and memory of the server started from its sources through tsx (`npm run serve`)
 * and from the compiled build (`npm start`, server/dist; run `npm run build` first), in
 * alternating rounds: milliseconds from spawn until /api/health answers, and RSS then and
 * after a moment of idling.
 *
 *   node --import tsx server/bench/startup/run.ts [--rounds=5]
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { MiB, median } from "../report/stats.ts";
import { rssBytes } from "../targets/proc-stats.ts";
import { freePort, sleep } from "../targets/server-process.ts";

const SERVER = path.resolve(import.meta.dirname, "../..");
const VARIANTS = {
  "sources (tsx)": ["--import", "tsx", path.join(SERVER, "src/main.ts")],
  "compiled (dist)": ["--enable-source-maps", path.join(SERVER, "dist/main.js")],
} as const;
type Variant = keyof typeof VARIANTS;

async function startOnce(variant: Variant): Promise<{ ms: number; rss: number; idleRss: number }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "bench-startup-"));
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...VARIANTS[variant]], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
    },
    stdio: "ignore",
  });
  try {
    const deadline = Date.now() + 120_000;
    while (!(await healthy(port))) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`${variant} did not start`);
      await sleep(10);
    }
    const ms = performance.now() - started;
    const rss = rssBytes(child.pid ?? 0);
    await sleep(2000);
    return { ms, rss, idleRss: rssBytes(child.pid ?? 0) };
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function healthy(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;
  } catch {
    return false;
  }
}

if (!existsSync(path.join(SERVER, "dist/main.js"))) throw new Error("run `npm run build` first");
const rounds = Number(process.argv.find((arg) => arg.startsWith("--rounds="))?.slice(9) ?? 5);
const runs = new Map<Variant, { ms: number[]; rss: number[]; idleRss: number[] }>();
const load = [os.loadavg()[0] ?? Number.NaN];
for (let round = 0; round < rounds; round++) {
  const order = Object.keys(VARIANTS) as Variant[];
  if (round % 2 === 1) order.reverse();
  for (const variant of order) {
    const run = await startOnce(variant);
    const all = runs.get(variant) ?? { ms: [], rss: [], idleRss: [] };
    all.ms.push(run.ms);
    all.rss.push(run.rss);
    all.idleRss.push(run.idleRss);
    runs.set(variant, all);
  }
}
load.push(os.loadavg()[0] ?? Number.NaN);
console.log(
  `medians of ${rounds} alternating rounds, load average ${load.map((l) => l.toFixed(1)).join(" → ")}`,
);
console.log("| server | start to /api/health ms | RSS at start MiB | RSS after 2 s MiB |");
console.log("| --- | ---: | ---: | ---: |");
for (const [variant, all] of runs) {
  const row = [
    median(all.ms).toFixed(0),
    (median(all.rss) / MiB).toFixed(0),
    (median(all.idleRss) / MiB).toFixed(0),
  ];
  console.log(`| ${variant} | ${row.join(" | ")} |`);
}
