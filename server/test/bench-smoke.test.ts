import { describe, expect, it } from "vitest";
import { contendersFor, runWorkload } from "../bench/runner.ts";
import { fanOut } from "../bench/workloads/fan-out.ts";

/**
 * Benchmarks are not part of `npm test`, but one tiny workload against Tavolo runs here so the
 * harness (server process, API provisioning, raw and stock clients, stamping) cannot rot.
 */
describe("benchmark harness", () => {
  it("runs a one-second fan-out against Tavolo and sees every update", async () => {
    const [tavolo] = contendersFor(fanOut, ["tavolo"]);
    expect(tavolo?.label).toBe("tavolo");
    const runs = await runWorkload(
      fanOut,
      tavolo ? [tavolo] : [],
      { clients: 6, probes: 2, rate: 20, seconds: 1 },
      { rounds: 1, cpuProfDir: null, log: () => {} },
    );
    expect(runs[0]?.error).toBeUndefined();
    const values = runs[0]?.values ?? {};
    expect(values.sent).toBeGreaterThan(10);
    expect(values.dropped).toBe(0);
    expect(values.p99).toBeGreaterThan(0);
    expect(values.cpu).toBeGreaterThan(0);
  });
});
