import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Contender, Run } from "./report/results.ts";
import { hocuspocus, yWebsocket } from "./targets/peers.ts";
import type { ServerProcess } from "./targets/server-process.ts";
import type { RunningTarget, Target, TargetName } from "./targets/target.ts";
import { tavolo, tavoloBaseline, tavoloNoValidation } from "./targets/tavolo.ts";
import type { Params, TargetSession, Workload } from "./workloads/workload.ts";

export const TARGETS: Record<TargetName, Target> = {
  tavolo,
  "tavolo-novalidation": tavoloNoValidation,
  "tavolo-baseline": tavoloBaseline,
  hocuspocus,
  "y-websocket": yWebsocket,
};

/** Tavolo, an A/A Tavolo run (to show the noise), then the other targets asked for. */
export function contendersFor(workload: Workload, targets: readonly TargetName[]): Contender[] {
  const contenders: Contender[] = workload.tavoloOnly
    ? [{ label: "tavolo", target: "tavolo" }]
    : targets.map((target) => ({ label: target, target }));
  if (workload.tavoloOnly) {
    // The A/B targets hold for Tavolo-only workloads too (a cold load with rules on or off).
    for (const ab of ["tavolo-novalidation", "tavolo-baseline"] as const) {
      if (targets.includes(ab)) contenders.push({ label: ab, target: ab });
    }
    return contenders;
  }
  if (targets.includes("tavolo"))
    contenders.splice(1, 0, { label: "tavolo (A/A)", target: "tavolo" });
  return contenders;
}

export interface RunOptions {
  rounds: number;
  cpuProfDir: string | null;
  log: (line: string) => void;
}

/**
 * Runs a workload `rounds` times over every contender, rotating who goes first each round so
 * that warm caches, disk state or drift do not always favour the same server.
 */
export async function runWorkload(
  workload: Workload,
  contenders: readonly Contender[],
  params: Params,
  options: RunOptions,
): Promise<Run[]> {
  const first = contenders[0];
  if (first && !workload.tavoloOnly) {
    // The benchmark process's own JIT warm-up (Yjs, ws, tsx) would otherwise land on
    // whichever server runs first: one short run, not recorded, goes before the rounds.
    const warmUp = await runOnce(workload, first, { ...params, ...workload.quick }, -1, null);
    options.log(`${workload.name} warm-up: ${warmUp.error ?? "done"}`);
  }
  const runs: Run[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const order = contenders.map((_, i) => contenders[(i + round) % contenders.length]);
    for (const contender of order) {
      if (!contender) continue;
      const started = performance.now();
      const run = await runOnce(workload, contender, params, round, options.cpuProfDir);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      options.log(
        `${workload.name} round ${round + 1} ${contender.label} (${seconds} s): ${
          run.error ?? JSON.stringify(roundValues(run.values))
        }`,
      );
      runs.push(run);
    }
  }
  return runs;
}

async function runOnce(
  workload: Workload,
  contender: Contender,
  params: Params,
  round: number,
  cpuProfDir: string | null,
): Promise<Run> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `bench-${contender.target}-`));
  const started: ServerProcess[] = [];
  const target = TARGETS[contender.target];
  let port: number | undefined;
  const session: TargetSession = {
    target,
    dataDir,
    async start(): Promise<RunningTarget> {
      const running = await target.start({ dataDir, port, cpuProfDir: cpuProfDir ?? undefined });
      port = running.server.port;
      started.push(running.server);
      return running;
    },
  };
  try {
    return { label: contender.label, round, values: await workload.run(session, params) };
  } catch (error) {
    return { label: contender.label, round, values: {}, error: (error as Error).message };
  } finally {
    for (const server of started) await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function roundValues(values: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, Math.round(value * 100) / 100]),
  );
}
