import { rm } from "node:fs/promises";
import { afterAll, afterEach } from "vitest";
import { connectClient, type TestClient } from "./clients.ts";
import { instancesEnv, pgTestDb } from "./pg-test-db.ts";
import { type ServerProcess, spawnServer, tempDataDir } from "./server-process.ts";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy.ts";
import { type ProvisionedRoom, Workspace } from "./workspace.ts";

export interface Cluster {
  /** The instances, by index; an entry is replaced when that instance restarts. */
  instances: ServerProcess[];
  /** Rooms provisioned through the first instance before the others started. */
  rooms: ProvisionedRoom[];
  /** The PostgreSQL schema the instances share (what `pg_dump --schema` backs up). */
  schema: string;
  /**
   * A client of `room` (the first of `rooms` by default) on one instance, or through the proxy, which
   * moves it to another instance when its own stops.
   */
  join(on: ServerProcess | "proxy", room?: ProvisionedRoom): TestClient;
  /** SIGKILLs instance `index`; it stays down. */
  kill(index: number): Promise<void>;
  /** Stops instance `index` with SIGTERM, as a deployment does, and starts it again. */
  restart(index: number): Promise<void>;
}

/**
 * Several server processes on one PostgreSQL schema and one Redis channel prefix of their own,
 * behind a round-robin TCP proxy, torn down after each test (or, with `perFile`, after the
 * file's last test, for tests that share one cluster and take a room each).
 */
export function clusterFixture(options: { perFile?: boolean } = {}) {
  const cleanups: (() => Promise<void> | void)[] = [];
  (options.perFile ? afterAll : afterEach)(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  return async function startCluster(count = 3, roomCount = 1): Promise<Cluster> {
    const db = await pgTestDb();
    cleanups.push(db.drop);
    const env = {
      ...instancesEnv(db),
      // Small, so compactions run during the tests' bursts, on several instances at once.
      COMPACT_AFTER_UPDATES: "40",
    };
    const instances: ServerProcess[] = [];
    const clients: TestClient[] = [];
    cleanups.push(async () => {
      for (const client of clients) client.destroy();
      for (const server of instances) server.child.kill("SIGKILL");
      await Promise.all(instances.map((server) => server.exited));
      for (const server of instances) await rm(server.dataDir, { recursive: true, force: true });
    });
    const spawn = (dataDir: string, port?: number) => spawnServer({ dataDir, port, env });

    const first = await spawn(await tempDataDir());
    instances.push(first);
    const workspace = await Workspace.create(first.url);
    const rooms: ProvisionedRoom[] = [];
    for (let i = 0; i < roomCount; i++) rooms.push(await workspace.room());
    // Each with a DATA_DIR of its own: everything they share is in PostgreSQL.
    const others = Array.from({ length: count - 1 }, async () => spawn(await tempDataDir()));
    instances.push(...(await Promise.all(others)));
    const proxy: TcpProxy = await startTcpProxy(() => instances.map((server) => server.port));
    cleanups.push(() => proxy.close());

    const at = (index: number): ServerProcess => {
      const server = instances[index];
      if (!server) throw new Error(`no instance ${index}`);
      return server;
    };
    return {
      instances,
      rooms,
      schema: db.schema,
      join(on, which = rooms[0]) {
        const wsUrl = on === "proxy" ? `ws://127.0.0.1:${proxy.port}/sync` : on.wsUrl;
        if (!which) throw new Error("no room provisioned");
        const client = connectClient(wsUrl, which.id, which.params);
        clients.push(client);
        return client;
      },
      async kill(index) {
        at(index).child.kill("SIGKILL");
        await at(index).exited;
      },
      async restart(index) {
        const old = at(index);
        old.child.kill("SIGTERM");
        await old.exited;
        instances[index] = await spawn(old.dataDir, old.port);
      },
    };
  };
}
