import path from "node:path";
import { yWebsocketClient } from "../clients/full-client.ts";
import { yWebsocketWire } from "../clients/wire.ts";
import { spawnServer } from "./server-process.ts";
import type { RoomRef, RunningTarget, StartOptions, Target, TargetName } from "./target.ts";
import { TavoloProvisioner, type TavoloRoom, tavoloConnection } from "./tavolo-access.ts";

/** The server as it ships: also what the board rendering benchmark starts. */
export const TAVOLO_MAIN = path.resolve(import.meta.dirname, "../../src/main.ts");

/** Tavolo as it ships (server/src/main.ts), logging warnings only, its log fsynced per commit. */
export const tavolo: Target = tavoloFrom("tavolo", () => TAVOLO_MAIN);

/**
 * Tavolo from another checkout of the repository (`BENCH_BASELINE_DIR`, e.g. `git archive` of
 * the commit before a change, with a `node_modules` link to this one): the baseline of an A/B
 * run, started exactly as `tavolo` is, in the same rounds.
 */
export const tavoloBaseline: Target = tavoloFrom("tavolo-baseline", () => {
  const dir = process.env.BENCH_BASELINE_DIR;
  if (!dir) throw new Error("tavolo-baseline needs BENCH_BASELINE_DIR (a checkout to compare)");
  return path.resolve(dir, "server/src/main.ts");
});

function tavoloFrom(name: TargetName, entry: () => string): Target {
  return {
    name,
    persistence: "append-only log, fsync before relay (group commit)",
    start: (options) => startTavolo(entry(), options),
  };
}

async function startTavolo(entry: string, options: StartOptions): Promise<RunningTarget> {
  const server = await spawnServer({
    entry,
    port: options.port,
    cpuProfDir: options.cpuProfDir,
    env: {
      DATA_DIR: options.dataDir,
      LOG_LEVEL: process.env.BENCH_TAVOLO_LOG_LEVEL ?? "warn",
      // Benchmarks provision people and procedures freely.
      SIGNUP_POLICY: "open",
      ...options.env,
    },
  });
  const provisioner = new TavoloProvisioner(`http://127.0.0.1:${server.port}`);
  const ref = (room: TavoloRoom): RoomRef => ({
    name: room.id,
    url: tavoloConnection(server.port, room).rawUrl,
    token: room.token,
    wire: yWebsocketWire,
  });
  return {
    server,
    dataDir: options.dataDir,
    rooms: async (count) => (await provisioner.rooms(count)).map(ref),
    fullClient(room) {
      const connection = tavoloConnection(server.port, { id: room.name, token: room.token });
      return yWebsocketClient(connection.serverUrl, room.name, connection.params);
    },
  };
}

/** Tavolo with the room rules off (`ROOM_VALIDATION=off`): the other side of the validation A/B. */
export const tavoloNoValidation: Target = {
  name: "tavolo-novalidation",
  persistence: tavolo.persistence,
  start: (options) => tavolo.start({ ...options, env: { ...options.env, ROOM_VALIDATION: "off" } }),
};
