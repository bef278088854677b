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

describe("GET /api/metrics", () => {
  it("exposes rooms, connections, committed updates, persistence lag and event-loop delay", async () => {
    const stats = { rooms: 2, connections: 5, updatesCommitted: 42, persistenceLagMs: 1500 };
    const loop = new EventLoopDelay();
    const response = await metricsRoute({ stats: () => stats }, loop).request("/");
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
