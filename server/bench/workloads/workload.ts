import type { RunningTarget, Target } from "../targets/target.ts";

export type Params = Record<string, number>;

export interface MetricSpec {
  key: string;
  label: string;
  /** Whether the Tavolo/peer ratio is worth printing for this figure. */
  ratio: boolean;
}

/** One benchmark run of one target: starts the server (again, on the same port and data). */
export interface TargetSession {
  target: Target;
  dataDir: string;
  start(): Promise<RunningTarget>;
}

export interface Workload {
  name: string;
  title: string;
  /** Runs against Tavolo only (the figure has no meaning for, or no cheap way into, a peer). */
  tavoloOnly: boolean;
  defaults: Params;
  /** Caps --rounds for a workload whose runs are long. */
  maxRounds?: number;
  /** Overrides for --quick. */
  quick: Params;
  metrics: MetricSpec[];
  run(session: TargetSession, params: Params): Promise<Record<string, number>>;
}

export const metric = (key: string, label: string, ratio = true): MetricSpec => ({
  key,
  label,
  ratio,
});

/** Reads a parameter the workload declared in its defaults. */
export function param(params: Params, key: string): number {
  const value = params[key];
  if (value === undefined) throw new Error(`missing benchmark parameter ${key}`);
  return value;
}
