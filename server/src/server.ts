import type { AddressInfo } from "node:net";
import path from "node:path";
import { serve } from "@hono/node-server";
import { createNodeWebSocket } from "@hono/node-ws";
import { Hono } from "hono";
import type { Logger } from "pino";
import { RoomTokens } from "./auth/room-token.ts";
import { loadSecret } from "./auth/secret.ts";
import { boardLockReader } from "./boards/board-lock.ts";
import type { Config } from "./config.ts";
import { Database } from "./db/database.ts";
import { roomSeeder } from "./documents/seed-room.ts";
import { createApp } from "./http/app.ts";
import { apiRoutes } from "./procedures/api-routes.ts";
import { FileDocStore } from "./storage/file-doc-store.ts";
import { procedureAccess } from "./sync/room-access.ts";
import { RoomRegistry } from "./sync/room-registry.ts";

export interface RunningServer {
  port: number;
  url: string;
  /** Stops accepting, closes every client with 1001, stores everything and closes files. */
  close(): Promise<void>;
}

/** Starts Tavolo's one HTTP + websocket server on the configured host and port. */
export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  const db = await Database.open(config.DATA_DIR);
  const store = new FileDocStore(path.join(config.DATA_DIR, "rooms"), log);
  const registry = new RoomRegistry(store, db, log, {
    compactAfterUpdates: config.COMPACT_AFTER_UPDATES,
    maxDocumentBytes: config.MAX_DOCUMENT_BYTES,
  });

  const secret = await loadSecret(config.DATA_DIR, config.SESSION_SECRET);
  const tokens = new RoomTokens(secret);
  const api = apiRoutes({
    db,
    secret,
    tokens,
    log,
    disconnect: (personId, rooms, code, reason) =>
      registry.disconnect(personId, rooms, code, reason),
    seedRoom: roomSeeder(store),
    rooms: registry,
  });

  const root = new Hono();
  const nodeWs = createNodeWebSocket({ app: root });
  // ws enforces the cap itself and closes an oversized message's connection with 1009.
  nodeWs.wss.options.maxPayload = config.MAX_MESSAGE_BYTES;
  root.route(
    "/",
    createApp({
      registry,
      access: procedureAccess(db, secret, tokens, boardLockReader(registry)),
      api,
      upgradeWebSocket: nodeWs.upgradeWebSocket,
      clientDist: config.CLIENT_DIST,
      log,
    }),
  );

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: root.fetch, hostname: config.HOST, port: config.PORT }, () =>
      resolve(s),
    );
  });
  nodeWs.injectWebSocket(server);
  const port = (server.address() as AddressInfo).port;
  log.info({ host: config.HOST, port, dataDir: config.DATA_DIR }, "Tavolo is listening");

  return {
    port,
    url: `http://${config.HOST}:${port}`,
    async close() {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      await registry.closeAll();
      await db.close();
      for (const client of nodeWs.wss.clients) client.terminate();
      if ("closeAllConnections" in server) server.closeAllConnections();
      await stopped;
      log.info("Tavolo stopped cleanly");
    },
  };
}
