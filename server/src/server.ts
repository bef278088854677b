import type { ServerOptions } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { serve } from "@hono/node-server";
import { createNodeWebSocket } from "@hono/node-ws";
import { type Context, Hono } from "hono";
import type { Logger } from "pino";
import { RoomTokens } from "./auth/room-token.ts";
import { loadSecret, loadSharedSecret } from "./auth/secret.ts";
import { liveSession, personFromCookie } from "./auth/session.ts";
import { boardLockReader } from "./boards/board-lock.ts";
import { AccessChanges, type AccessCloser } from "./cluster/access-changes.ts";
import { openBackends } from "./cluster/backends.ts";
import { RoomRelay } from "./cluster/room-relay.ts";
import type { Config } from "./config.ts";
import { Database } from "./db/database.ts";
import { openPgDatabase } from "./db/pg-database.ts";
import { roomSeeder } from "./documents/seed-room.ts";
import { loadPdfSigner } from "./exports/signing/sign-pdf.ts";
import { type AppDeps, createApp } from "./http/app.ts";
import { originPolicy } from "./http/origin-policy.ts";
import { announceBootstrapLink, listeningUrl } from "./identity/admin-bootstrap.ts";
import { oidcSettings } from "./identity/oidc-client.ts";
import { bearerOf, bearerResolver } from "./identity/tokens.ts";
import { apiRoutes } from "./procedures/api-routes.ts";
import { FileDocStore } from "./storage/file-doc-store.ts";
import { PgDocStore } from "./storage/pg-doc-store.ts";
import { markRunning } from "./storage/running-servers.ts";
import { procedureAccess } from "./sync/room-access.ts";
import { RoomRegistry } from "./sync/room-registry.ts";
import { roomRulesProvider } from "./sync/rules/room-rules-provider.ts";
import { SessionPeers } from "./sync/session-peers.ts";

export interface RunningServer {
  port: number;
  url: string;
  /** The metadata store (tests set up records no route writes yet, e.g. a passkey). */
  db: Database;
  /** This instance's id on the Redis bus (its connections are named by it); null without Redis. */
  instanceId: string | null;
  /** Stops accepting, closes every client with 1001, stores everything and closes files. */
  close(): Promise<void>;
}

/** Starts Tavolo's one HTTP + websocket server on the configured host and port. */
export async function startServer(config: Config, log: Logger): Promise<RunningServer> {
  // Read first: a wrong password stops the start before any file is opened.
  const pdfSigner = config.SIGNING_P12_PATH
    ? await loadPdfSigner(config.SIGNING_P12_PATH, config.SIGNING_P12_PASSWORD)
    : null;
  const backends = await openBackends(config, log);
  const db = backends.pool
    ? await openPgDatabase(backends.pool, log)
    : await Database.open(config.DATA_DIR);
  // A restore refuses to replace the DATA_DIR while this mark names a live process.
  const unmarkRunning = await markRunning(config.DATA_DIR);
  const store = backends.pool
    ? new PgDocStore(backends.pool)
    : new FileDocStore(path.join(config.DATA_DIR, "rooms"), log);
  const registry = new RoomRegistry(store, db, log, {
    compactAfterUpdates: config.COMPACT_AFTER_UPDATES,
    maxDocumentBytes: config.MAX_DOCUMENT_BYTES,
    ...(config.ROOM_VALIDATION === "on" ? { rules: roomRulesProvider(db) } : {}),
    ...(backends.bus ? { relay: new RoomRelay(backends.bus, store, log) } : {}),
  });

  const secret = backends.pool
    ? await loadSharedSecret(backends.pool, config.SESSION_SECRET)
    : await loadSecret(config.DATA_DIR, config.SESSION_SECRET);
  const tokens = new RoomTokens(secret);
  const sessions = new SessionPeers((id) => liveSession(db, id) !== null);
  const local: AccessCloser = {
    disconnect: (personId, rooms, code, reason) =>
      registry.disconnect(personId, rooms, code, reason),
    disconnectSession: (sessionId, code, reason) => void sessions.close(sessionId, code, reason),
    closeEverySocket: (code, reason) => registry.closeEveryPeer(code, reason),
  };
  // With several instances, every instance closes its own sockets of a changed access.
  const access = backends.bus ? await AccessChanges.start(backends.bus, db, local, log) : local;
  const origins = originPolicy(config);
  const bearer = bearerResolver(db, config.TAVOLO_ADMIN_TOKEN);
  const bearerSignedIn = async (c: Context) => {
    const token = bearerOf(c.req.header("authorization"));
    return token !== null && (await bearer(token)) !== null;
  };
  const api = apiRoutes({
    origins,
    db,
    secret,
    tokens,
    log,
    disconnect: (personId, rooms, code, reason) => access.disconnect(personId, rooms, code, reason),
    disconnectSession: (sessionId, code, reason) =>
      access.disconnectSession(sessionId, code, reason),
    seedRoom: roomSeeder(store),
    rooms: registry,
    pdfSigner,
    oidc: oidcSettings(config),
    identity: {
      signupPolicy: config.SIGNUP_POLICY,
      adminToken: config.TAVOLO_ADMIN_TOKEN,
      signInLinkMinutes: config.SIGN_IN_LINK_MINUTES,
    },
    dataDir: config.DATA_DIR,
  });

  const root = new Hono();
  const nodeWs = createNodeWebSocket({ app: root });
  // ws enforces the cap itself and closes an oversized message's connection with 1009.
  nodeWs.wss.options.maxPayload = config.MAX_MESSAGE_BYTES;
  if (backends.pool) {
    // A request sees every change another instance committed before it began (a NOTIFY may
    // still be on its way): one read of the metadata log, shared by concurrent requests.
    for (const prefix of ["/api/*", "/sync/*"]) {
      root.use(prefix, async (_c, next) => {
        await db.refresh();
        await next();
      });
    }
  }
  root.route(
    "/",
    createApp({
      registry,
      access: procedureAccess(db, secret, tokens, {
        boardLocked: boardLockReader(registry),
        origins,
      }),
      sessions,
      heartbeatMs: config.SYNC_HEARTBEAT_MS,
      api,
      origins,
      upgradeWebSocket: nodeWs.upgradeWebSocket,
      clientDist: config.CLIENT_DIST,
      log,
      isSignedIn: async (c) =>
        (await personFromCookie(c, db, secret)) !== null || (await bearerSignedIn(c)),
      limits: httpLimits(config),
    }),
  );

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve(
      {
        fetch: root.fetch,
        hostname: config.HOST,
        port: config.PORT,
        serverOptions: requestTimeouts(config),
      },
      () => resolve(s),
    );
  });
  nodeWs.injectWebSocket(server);
  const port = (server.address() as AddressInfo).port;
  log.info({ host: config.HOST, port, dataDir: config.DATA_DIR }, "Tavolo is listening");
  await announceBootstrapLink(db, log, config.PUBLIC_URL ?? listeningUrl(config.HOST, port));

  return {
    port,
    url: `http://${config.HOST}:${port}`,
    db,
    instanceId: backends.bus?.instanceId ?? null,
    async close() {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      await registry.closeAll();
      await db.close();
      await backends.close();
      await unmarkRunning();
      for (const client of nodeWs.wss.clients) client.terminate();
      if ("closeAllConnections" in server) server.closeAllConnections();
      await stopped;
      log.info("Tavolo stopped cleanly");
    },
  };
}

function httpLimits(config: Config): AppDeps["limits"] {
  return {
    body: {
      ordinary: config.BODY_LIMIT_BYTES,
      large: config.BODY_LIMIT_LARGE_BYTES,
      verify: config.BODY_LIMIT_VERIFY_BYTES,
    },
    rate: {
      windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
      signIn: config.RATE_LIMIT_SIGN_IN,
      anonymous: config.RATE_LIMIT_ANONYMOUS,
      trustProxy: config.TRUST_PROXY,
    },
    metricsToken: config.METRICS_TOKEN,
  };
}

/**
 * Node's HTTP timeouts, so a client sending a request slowly (or half of it) is cut off in
 * seconds: the headers within HEADERS_TIMEOUT_MS, the whole request within REQUEST_TIMEOUT_MS
 * (Node answers 408 and closes), an idle keep-alive connection after KEEP_ALIVE_TIMEOUT_MS.
 * Node checks these on a timer, run here often enough for the shortest one to hold. A websocket
 * leaves the HTTP server's care once upgraded, so none of these touch sync connections.
 */
function requestTimeouts(config: Config): ServerOptions {
  const headersTimeout = Math.min(config.HEADERS_TIMEOUT_MS, config.REQUEST_TIMEOUT_MS);
  return {
    headersTimeout,
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    keepAliveTimeout: config.KEEP_ALIVE_TIMEOUT_MS,
    connectionsCheckingInterval: Math.min(headersTimeout, 1_000),
  };
}
