import type { TargetName } from "./targets/target.ts";
import type { Params, Workload } from "./workloads/workload.ts";

export interface BenchOptions {
  workloads: string[];
  targets: TargetName[];
  /** Each workload runs every target this many times, in a rotating order; medians are kept. */
  rounds: number;
  quick: boolean;
  /** Per-workload parameter overrides: `--fan-out.clients=50` or BENCH_FAN_OUT_CLIENTS=50. */
  overrides: Map<string, number>;
  /** Write results under this directory (none: print only). */
  resultsDir: string | null;
  /** Write a V8 CPU profile of each server here. */
  cpuProfDir: string | null;
}

export const USAGE = `npm run bench -- [options]
  --quick                 small, short runs (about a minute in all)
  --workloads=a,b         fan-out,many-writers,presence,many-rooms,join-storm,cold-load,crash,
                          api-writes (also \`npm run bench:api\`),
                          cluster (three instances against one; PostgreSQL and Redis needed),
                          board-render (headless Chromium on a 2,000-note board; also
                          \`npm run bench:board\`, needs \`npm run build\` first)
  --targets=a,b           tavolo,hocuspocus,y-websocket (an A/A Tavolo run is always added);
                          tavolo-novalidation (ROOM_VALIDATION=off) by name only;
                          tavolo-baseline (the checkout in BENCH_BASELINE_DIR) by name only
  --rounds=N              rounds per workload, targets alternating (default 3, quick 1)
  --<workload>.<param>=N  e.g. --fan-out.clients=100 --crash.kills=50 --board-render.notes=5000
  --no-write              print only, do not write server/bench/results
  --cpu-prof=DIR          write a V8 CPU profile of every server process to DIR
Every flag also reads from the environment: BENCH_ROUNDS=5, BENCH_FAN_OUT_CLIENTS=100, ...`;

const ALL_TARGETS: TargetName[] = ["tavolo", "hocuspocus", "y-websocket"];
/** Asked for by name only: Tavolo with validation off, and an older Tavolo, for A/B runs. */
const KNOWN_TARGETS: TargetName[] = [...ALL_TARGETS, "tavolo-novalidation", "tavolo-baseline"];

export function parseOptions(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  workloadNames: readonly string[],
  resultsDir: string,
): BenchOptions {
  const flags = new Map<string, string>();
  for (const [key, value] of Object.entries(env)) {
    if (key.startsWith("BENCH_") && value !== undefined) flags.set(envKey(key), value);
  }
  for (const arg of argv) {
    const match = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) throw new Error(`unknown argument ${arg}\n${USAGE}`);
    flags.set(match[1], match[2] ?? "true");
  }
  const quick = flags.get("quick") === "true";
  const list = (key: string, all: readonly string[], known = all) => {
    const chosen = flags.get(key)?.split(",") ?? [...all];
    for (const name of chosen)
      if (!known.includes(name)) throw new Error(`unknown ${key}: ${name}`);
    return chosen;
  };
  const overrides = new Map<string, number>();
  for (const [key, value] of flags) if (key.includes(".")) overrides.set(key, Number(value));
  return {
    workloads: list("workloads", workloadNames),
    targets: list("targets", ALL_TARGETS, KNOWN_TARGETS) as TargetName[],
    rounds: Number(flags.get("rounds") ?? (quick ? 1 : 3)),
    quick,
    overrides,
    resultsDir: flags.get("no-write") === "true" ? null : resultsDir,
    cpuProfDir: flags.get("cpu-prof") ?? null,
  };
}

/** A workload's parameters: defaults, then --quick, then explicit overrides. */
export function paramsFor(workload: Workload, options: BenchOptions): Params {
  const params: Params = { ...workload.defaults, ...(options.quick ? workload.quick : {}) };
  for (const key of Object.keys(workload.defaults)) {
    const value = options.overrides.get(`${workload.name}.${key}`);
    if (value !== undefined && Number.isFinite(value)) params[key] = value;
  }
  return params;
}

/** BENCH_FAN_OUT_CLIENTS -> fan-out.clients; BENCH_ROUNDS -> rounds. */
function envKey(key: string): string {
  const parts = key.slice("BENCH_".length).toLowerCase().split("_");
  if (parts.length === 1) return parts[0] ?? "";
  const last = parts.pop() ?? "";
  return `${parts.join("-")}.${last}`;
}
