/** Its name in `npm run bench -- --workloads=...`. */
export const BOARD_RENDER = "board-render";

/** What one board benchmark run does; `--quick` lowers the repetitions, not the board sizes. */
export interface BoardBenchParams {
  /** The measured boards and the baseline board, in notes (run baseline, notes, largeNotes). */
  notes: number;
  largeNotes: number;
  baselineNotes: number;
  /** The facilitator (the measured page) and the simulated others. */
  people: number;
  opens: number;
  moves: number;
  redrawChecks: number;
  drags: number;
  dragSteps: number;
  /** Loopback port for the server (each size runs on a fresh server, one after the other). */
  port: number;
}

export const BOARD_DEFAULTS: BoardBenchParams = {
  notes: 2000,
  largeNotes: 5000,
  baselineNotes: 200,
  people: 20,
  opens: 5,
  moves: 50,
  redrawChecks: 5,
  drags: 3,
  dragSteps: 60,
  port: 3916,
};

export const BOARD_QUICK: Partial<BoardBenchParams> = {
  opens: 3,
  moves: 20,
  redrawChecks: 3,
  drags: 1,
};

/**
 * Defaults, then `--quick`, then `--board-render.<param>=N` flags or BENCH_BOARD_RENDER_<PARAM>
 * variables (e.g. `--board-render.notes=5000`), as the sync workloads read theirs.
 */
export function boardParams(argv: readonly string[], env: NodeJS.ProcessEnv): BoardBenchParams {
  const params: BoardBenchParams = {
    ...BOARD_DEFAULTS,
    ...(argv.includes("--quick") || env.BENCH_QUICK === "true" ? BOARD_QUICK : {}),
  };
  for (const key of Object.keys(BOARD_DEFAULTS) as (keyof BoardBenchParams)[]) {
    const flag = argv.find((arg) => arg.startsWith(`--board-render.${key}=`));
    const raw = flag?.split("=")[1] ?? env[`BENCH_BOARD_RENDER_${key.toUpperCase()}`];
    const value = Number(raw);
    if (raw !== undefined && Number.isInteger(value) && value > 0) params[key] = value;
  }
  return params;
}
