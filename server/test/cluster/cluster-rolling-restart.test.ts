import { describe, expect, it } from "vitest";
import { eventually, whenSynced } from "../helpers/clients.ts";
import { clusterFixture } from "../helpers/cluster-fixture.ts";
import { holdsAll, logEntries, sortedEntries, startBurst } from "../helpers/edit-burst.ts";

const startCluster = clusterFixture();

describe("rolling restart of three instances", () => {
  it("loses no edit made while each instance in turn stops and starts again", async () => {
    const cluster = await startCluster();
    const writers = Array.from({ length: 6 }, () => cluster.join("proxy"));
    await Promise.all(writers.map(whenSynced));

    const burst = startBurst(writers, 25);
    const [first] = writers;
    if (!first) throw new Error("writers expected");
    for (const index of [0, 1, 2]) {
      const before = logEntries(first.doc).length;
      await eventually(() => logEntries(first.doc).length > before + 60, "edits flow");
      await cluster.restart(index);
    }
    const atEnd = logEntries(first.doc).length;
    await eventually(() => logEntries(first.doc).length > atEnd + 60, "edits flow after");
    const expected = burst.stop();

    await eventually(
      () => writers.every((writer) => holdsAll(writer.doc, expected)),
      `every client holds all ${expected} edits`,
      60_000,
    );
    for (const server of cluster.instances) {
      const fresh = cluster.join(server);
      await whenSynced(fresh);
      await eventually(() => holdsAll(fresh.doc, expected), `port ${server.port} serves them all`);
      expect(sortedEntries(fresh.doc)).toEqual(sortedEntries(first.doc));
    }
  });
});
