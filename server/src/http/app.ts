import { type Context, Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { UpgradeWebSocket } from "hono/ws";
import type { Logger } from "pino";
import type { WebSocket } from "ws";
import type { AuthEnv } from "../auth/session.ts";
import { metricsRoute } from "../metrics/metrics-route.ts";
import type { RoomAccessPolicy } from "../sync/room-access.ts";
import type { RoomRegistry } from "../sync/room-registry.ts";
import type { SessionPeers } from "../sync/session-peers.ts";
import { syncRoute } from "../sync/sync-route.ts";
import { ApiError } from "./api-error.ts";
import { type BodyLimitSettings, bodyLimits } from "./body-limits.ts";
import { csrfGuard } from "./csrf-guard.ts";
import { healthRoute } from "./health-route.ts";
import { openApiDocument } from "./openapi.ts";
import type { OriginPolicy } from "./origin-policy.ts";
import { type RateLimitSettings, rateLimits } from "./rate-limits.ts";
import { securityHeaders } from "./security-headers.ts";
import { staticClient } from "./static-client.ts";

export interface AppDeps {
  registry: RoomRegistry;
  access: RoomAccessPolicy;
  /** Sync connections by browser session (see server/src/sync/session-peers.ts). */
  sessions: SessionPeers;
  /** Websocket ping interval (SYNC_HEARTBEAT_MS). */
  heartbeatMs: number;
  upgradeWebSocket: UpgradeWebSocket<WebSocket>;
  clientDist: string;
  log: Logger;
  /** The procedures, people and rooms API, mounted under /api. */
  api: Hono<AuthEnv>;
  /** Whether the request carries a valid session cookie (rate limits spare signed-in people). */
  isSignedIn(c: Context): Promise<boolean>;
  limits: { body: BodyLimitSettings; rate: RateLimitSettings; metricsToken: string | undefined };
  /** Origins allowed to act with the cookie (PUBLIC_URL, ALLOWED_ORIGINS, TRUST_PROXY). */
  origins: OriginPolicy;
}

/** The whole HTTP surface: API under /api, sync under /sync, the client everywhere else. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  // In this order: headers on every answer (also 413 and 429), then refuse floods and
  // cross-site or non-JSON writes before a body is read, then bodies over their route's limit.
  app.use(securityHeaders());
  app.use(rateLimits(deps.limits.rate, deps.isSignedIn));
  app.use("/api/*", csrfGuard(deps.origins));
  app.use(bodyLimits(deps.limits.body));
  app.route(
    "/api/health",
    healthRoute(() => ({ loadedRooms: deps.registry.loadedCount })),
  );
  app.get("/api/openapi.json", (c) => c.json(openApiDocument));
  app.route("/api/metrics", metricsRoute(deps.registry, deps.limits.metricsToken));
  app.route("/api", deps.api);
  app.all("/api/*", (c) =>
    c.json({ error: `no such API route: ${c.req.method} ${c.req.path}` }, 404),
  );
  app.route("/sync", syncRoute(deps));
  app.route("/", staticClient(deps.clientDist));
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      return c.json({ ...error.extra, error: error.message }, error.status);
    }
    if (error instanceof HTTPException) return error.getResponse();
    deps.log.error({ err: error, path: c.req.path }, "request failed");
    return c.json({ error: "internal error" }, 500);
  });
  return app;
}
