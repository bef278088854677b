import { describe, expect, it } from "vitest";
import { contendersFor, runWorkload } from "../bench/runner.ts";
import { apiWrites } from "../bench/workloads/api-writes.ts";

/** The API write benchmark, tiny: so its seeding (copies of a procedure) cannot rot. */
describe("API write benchmark harness", () => {
  it("measures writes on a small and a larger instance and reports their ratio", async () => {
    const contenders = contendersFor(apiWrites, ["tavolo"]);
    const runs = await runWorkload(
      apiWrites,
      contenders,
      { small: 2, large: 6, versions: 2, writes: 5 },
      { rounds: 1, cpuProfDir: null, log: () => {} },
    );
    expect(runs[0]?.error).toBeUndefined();
    const values = runs[0]?.values ?? {};
    expect(values.smallP50).toBeGreaterThan(0);
    expect(values.ratioP50).toBeGreaterThan(0);
    expect(values.largeMetadataKiB).toBeGreaterThan(values.smallMetadataKiB ?? Infinity);
  });
});
