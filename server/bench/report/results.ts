import type { TargetName } from "../targets/target.ts";
import type { Params, Workload } from "../workloads/workload.ts";
import { median } from "./stats.ts";

/** A target as it appears in the results: the A/A run is Tavolo under a second label. */
export interface Contender {
  label: string;
  target: TargetName;
}

export interface Run {
  label: string;
  round: number;
  values: Record<string, number>;
  error?: string;
}

export interface WorkloadResult {
  name: string;
  title: string;
  params: Params;
  runs: Run[];
  /** Median over rounds of each metric, per contender label. */
  medians: Record<string, Record<string, number>>;
}

export function summarise(
  workload: Workload,
  params: Params,
  contenders: readonly Contender[],
  runs: Run[],
): WorkloadResult {
  const medians: Record<string, Record<string, number>> = {};
  for (const { label } of contenders) {
    const mine = runs.filter((run) => run.label === label && !run.error);
    const keys = new Set(mine.flatMap((run) => Object.keys(run.values)));
    medians[label] = Object.fromEntries(
      [...keys].map((key) => [key, median(mine.map((run) => run.values[key] ?? Number.NaN))]),
    );
  }
  return { name: workload.name, title: workload.title, params, runs, medians };
}
