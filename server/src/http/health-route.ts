import { Hono } from "hono";

/** `GET /api/health`: liveness for load balancers and scripts. */
export function healthRoute(stats: () => { loadedRooms: number }): Hono {
  const startedAt = Date.now();
  return new Hono().get("/", (c) =>
    c.json({
      status: "ok",
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      ...stats(),
    }),
  );
}
