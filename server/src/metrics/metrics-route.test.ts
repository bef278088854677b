import { describe, expect, it } from "vitest";
import { EventLoopDelay } from "./event-loop-delay.ts";
import { metricsRoute } from "./metrics-route.ts";
import { renderPrometheus } from "./prometheus.ts";

describe("Prometheus text format", () => {
  it("renders HELP, TYPE and value lines for each sample", () => {
    const text = renderPrometheus([
      { name: "a_total", help: "Things.", type: "counter", value: 3 },
      { name: "b", help: "Level.", type: "gauge", value: 0.25 },
    ]);
    expect(text).toBe(
      "# HELP a_total Things.\n# TYPE a_total counter\na_total 3\n" +
        "# HELP b Level.\n# TYPE b gauge\nb 0.25\n",
    );
  });
});

const TOKEN = "scraper-token-0123456789";

describe("GET /api/metrics", () => {
  const route = metricsRoute(
    { stats: () => ({ rooms: 0, connections: 0, updatesCommitted: 0, persistenceLagMs: 0 }) },
    TOKEN,
  );

  it("answers 401 with the JSON error shape without the token or with a wrong one", async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: "Bearer wrong-token-0123456789" },
    ];
    for (const headers of attempts) {
      const response = await route.request("/", { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: "authorization: a valid Bearer METRICS_TOKEN is required",
      });
    }
    const basic = await route.request("/", { headers: { authorization: "Basic eDp5" } });
    expect(basic.status).toBe(400);
  });

  it("is off, 404, when the server has no METRICS_TOKEN", async () => {
    const off = metricsRoute(
      { stats: () => ({ rooms: 0, connections: 0, updatesCommitted: 0, persistenceLagMs: 0 }) },
      undefined,
    );
    expect((await off.request("/")).status).toBe(404);
  });

  it("exposes rooms, connections, committed updates, persistence lag and event-loop delay", async () => {
    const stats = { rooms: 2, connections: 5, updatesCommitted: 42, persistenceLagMs: 1500 };
    const loop = new EventLoopDelay();
    const route = metricsRoute({ stats: () => stats }, TOKEN, loop);
    const response = await route.request("/", { headers: { authorization: `Bearer ${TOKEN}` } });
    loop.stop();
    expect(response.headers.get("content-type")).toContain("text/plain; version=0.0.4");
    const text = await response.text();
    expect(text).toContain("\ntavolo_rooms_loaded 2\n");
    expect(text).toContain("\ntavolo_connections 5\n");
    expect(text).toContain("\ntavolo_updates_committed_total 42\n");
    expect(text).toContain("\ntavolo_persistence_lag_seconds 1.5\n");
    expect(text).toMatch(/\ntavolo_event_loop_delay_p99_seconds [0-9.e-]+\n/);
  });
});
