import { rm } from "node:fs/promises";
import { afterEach } from "vitest";
import { connectClient, type TestClient } from "./clients.ts";
import { type ServerProcess, spawnServer } from "./server-process.ts";
import type { ProvisionedRoom } from "./workspace.ts";

/**
 * Server child processes and clients for one test file, all killed, destroyed and their data
 * removed after each test.
 */
export function processFixture() {
  const clients: TestClient[] = [];
  const servers: ServerProcess[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    // Several servers may share one data folder (restarts): stop them all before removing it.
    const stopped = servers.splice(0);
    for (const server of stopped) server.child.kill("SIGKILL");
    await Promise.all(stopped.map((server) => server.exited));
    const dirs = new Set(stopped.map((server) => server.dataDir));
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });
  return {
    async start(
      dataDir: string,
      port?: number,
      env?: Record<string, string>,
    ): Promise<ServerProcess> {
      const server = await spawnServer({ dataDir, port, env });
      servers.push(server);
      return server;
    },
    join(server: ServerProcess, room: ProvisionedRoom): TestClient {
      const client = connectClient(server.wsUrl, room.id, room.params);
      clients.push(client);
      return client;
    },
  };
}
