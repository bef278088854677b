import { Hono } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import type { RegistryStats } from "../sync/room-registry.ts";
import { EventLoopDelay } from "./event-loop-delay.ts";
import { PROMETHEUS_CONTENT_TYPE, renderPrometheus, type Sample } from "./prometheus.ts";

/** The part of the room registry the metrics read. */
export interface StatsSource {
  stats(): RegistryStats;
}

/**
 * `GET /api/metrics`: sync-server health in Prometheus text format, for scrapers holding
 * `token` (`Authorization: Bearer <token>`; 401 without it). Without a token the route is off
 * (404): room counts, connections and memory are not for anyone who asks.
 */
export function metricsRoute(
  source: StatsSource,
  token: string | undefined,
  loop = new EventLoopDelay(),
): Hono {
  const route = new Hono();
  if (token === undefined) {
    return route.get("/", (c) =>
      c.json({ error: "metrics are off: start the server with METRICS_TOKEN" }, 404),
    );
  }
  const refused = { error: "authorization: a valid Bearer METRICS_TOKEN is required" };
  route.use(
    "*",
    bearerAuth({
      token,
      noAuthenticationHeader: { message: refused },
      invalidAuthenticationHeader: { message: refused },
      invalidToken: { message: refused },
    }),
  );
  return route.get("/", (c) => {
    const body = renderPrometheus(metricSamples(source.stats(), loop.p99Seconds()));
    return c.body(body, 200, { "content-type": PROMETHEUS_CONTENT_TYPE });
  });
}

export function metricSamples(stats: RegistryStats, eventLoopP99Seconds: number): Sample[] {
  return [
    gauge("tavolo_rooms_loaded", "Rooms loaded in memory.", stats.rooms),
    gauge("tavolo_connections", "Websocket clients joined to a loaded room.", stats.connections),
    {
      name: "tavolo_updates_committed_total",
      help: "Document updates appended and fsynced since the server started.",
      type: "counter",
      value: stats.updatesCommitted,
    },
    gauge(
      "tavolo_persistence_lag_seconds",
      "Age of the oldest received update not yet on stable storage (0 when none).",
      stats.persistenceLagMs / 1000,
    ),
    gauge(
      "tavolo_event_loop_delay_p99_seconds",
      "Event-loop delay p99 over the last 10-second window.",
      eventLoopP99Seconds,
    ),
    gauge(
      "process_resident_memory_bytes",
      "Resident set size of the server process.",
      process.memoryUsage.rss(),
    ),
  ];
}

function gauge(name: string, help: string, value: number): Sample {
  return { name, help, type: "gauge", value };
}
