import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Redis } from "ioredis";
import pg from "pg";
import { startTcpProxy } from "../../test/helpers/tcp-proxy.ts";
import { yWebsocketClient } from "../clients/full-client.ts";
import { yWebsocketWire } from "../clients/wire.ts";
import { type ServerProcess, spawnServer } from "./server-process.ts";
import type { RoomRef, RunningTarget } from "./target.ts";
import { TAVOLO_MAIN } from "./tavolo.ts";
import { TavoloProvisioner, tavoloConnection } from "./tavolo-access.ts";

/** The PostgreSQL server and Redis the cluster row runs on (README, "Several instances"). */
const BENCH_DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const BENCH_REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";
const METRICS_TOKEN = randomBytes(24).toString("hex");
/** Bytes of the sender's id before each bus message, then the relay's kind byte (room-relay.ts). */
const BUS_ID_BYTES = 8;

/** What the shared services did: read before and after a phase, the difference is its cost. */
export interface ClusterCounters {
  /** Transactions committed in the cluster's own database (pg_stat_database). */
  pgTransactions: number;
  /** Messages published on the cluster's Redis channels: committed updates, and presence. */
  redisUpdates: number;
  redisPresence: number;
  /** Updates stored, summed over the instances (tavolo_updates_committed_total). */
  updatesCommitted: number;
}

export interface TavoloCluster {
  target: RunningTarget;
  counters(): Promise<ClusterCounters>;
  stop(): Promise<void>;
}

/**
 * `instances` Tavolo processes on a database of their own (so its statistics count nobody
 * else's transactions) and a Redis channel prefix of their own, behind a round-robin TCP proxy:
 * clients joining through it are spread evenly. One instance is started the same way, proxy
 * included, so the two differ only in the spreading.
 */
export async function startTavoloCluster(instances: number): Promise<TavoloCluster> {
  const database = `tavolo_bench_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${database}`);
  const url = new URL(BENCH_DATABASE_URL);
  url.pathname = `/${database}`;
  const prefix = `tavolo-bench-${randomBytes(6).toString("hex")}:`;
  const env = {
    DATABASE_URL: url.toString(),
    REDIS_URL: BENCH_REDIS_URL,
    REDIS_CHANNEL_PREFIX: prefix,
    SESSION_SECRET: randomBytes(32).toString("hex"),
    METRICS_TOKEN,
    LOG_LEVEL: process.env.BENCH_TAVOLO_LOG_LEVEL ?? "warn",
    SIGNUP_POLICY: "open",
  };
  const servers: ServerProcess[] = [];
  const dirs: string[] = [];
  const spawn = async (copyOf?: string) => {
    const dir = await mkdtemp(path.join(tmpdir(), "bench-cluster-"));
    dirs.push(dir);
    if (copyOf) await cp(copyOf, dir, { recursive: true });
    const server = await spawnServer({ entry: TAVOLO_MAIN, env: { ...env, DATA_DIR: dir } });
    servers.push(server);
    return server;
  };
  const counting = await countBusMessages(prefix);
  const first = await spawn();
  const rooms = await new TavoloProvisioner(`http://127.0.0.1:${first.port}`).rooms(1);
  // Metadata may still live in DATA_DIR: the others start from a copy holding the room.
  const firstDir = dirs[0] ?? "";
  for (let i = 1; i < instances; i++) await spawn(firstDir);
  const proxy = await startTcpProxy(() => servers.map((server) => server.port));

  const ref = (room: { id: string; token: string }): RoomRef => ({
    name: room.id,
    url: tavoloConnection(proxy.port, room).rawUrl,
    token: room.token,
    wire: yWebsocketWire,
  });
  const target: RunningTarget = {
    server: first,
    dataDir: firstDir,
    rooms: async (count) => rooms.slice(0, count).map(ref),
    fullClient(room) {
      const connection = tavoloConnection(proxy.port, { id: room.name, token: room.token });
      return yWebsocketClient(connection.serverUrl, room.name, connection.params);
    },
  };
  return {
    target,
    async counters() {
      const committed = await Promise.all(servers.map((server) => updatesCommitted(server.port)));
      return {
        pgTransactions: await transactionsIn(database),
        ...counting.counts(),
        updatesCommitted: committed.reduce((sum, n) => sum + n, 0),
      };
    },
    async stop() {
      await proxy.close();
      for (const server of servers) await server.stop();
      await counting.close();
      await adminQuery(`DROP DATABASE ${database} WITH (FORCE)`);
      for (const dir of dirs) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A pattern subscriber on the cluster's channels, counting what the instances publish. */
async function countBusMessages(prefix: string) {
  const redis = new Redis(BENCH_REDIS_URL);
  let redisUpdates = 0;
  let redisPresence = 0;
  redis.on("pmessageBuffer", (_pattern: Buffer, _channel: Buffer, message: Buffer) => {
    if (message[BUS_ID_BYTES] === 0) redisUpdates++;
    else redisPresence++;
  });
  await redis.psubscribe(`${prefix}room:*`);
  return {
    counts: () => ({ redisUpdates, redisPresence }),
    close: async () => {
      await redis.quit();
    },
  };
}

async function transactionsIn(database: string): Promise<number> {
  const client = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await client.connect();
  try {
    // An idle backend reports its statistics within PostgreSQL's idle interval (10 s).
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    const { rows } = await client.query<{ xact_commit: string }>(
      "SELECT xact_commit FROM pg_stat_database WHERE datname = $1",
      [database],
    );
    return Number(rows[0]?.xact_commit ?? Number.NaN);
  } finally {
    await client.end();
  }
}

async function updatesCommitted(port: number): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/api/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  const line = (await response.text())
    .split("\n")
    .find((entry) => entry.startsWith("tavolo_updates_committed_total "));
  return Number(line?.split(" ")[1] ?? Number.NaN);
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
