import { describe, expect, it } from "vitest";
import { eventually, whenSynced } from "../helpers/clients.ts";
import { clusterFixture } from "../helpers/cluster-fixture.ts";
import { holdsAll, logEntries, sortedEntries, startBurst } from "../helpers/edit-burst.ts";

const startCluster = clusterFixture();

describe("SIGKILL of one of three instances", () => {
  it("loses no edit made during a burst, and its clients carry on on the others", async () => {
    const cluster = await startCluster();
    // Through the round-robin proxy: two writers on each instance.
    const writers = Array.from({ length: 6 }, () => cluster.join("proxy"));
    await Promise.all(writers.map(whenSynced));

    const burst = startBurst(writers, 10);
    const [first] = writers;
    if (!first) throw new Error("writers expected");
    await eventually(() => logEntries(first.doc).length > 300, "burst under way");
    await cluster.kill(1);
    // Its clients keep editing, reconnect through the proxy and send what was not stored.
    const atKill = burst.rounds;
    await eventually(() => burst.rounds >= atKill + 30, "clients edited after the kill");
    const expected = burst.stop();

    await eventually(
      () => writers.every((writer) => holdsAll(writer.doc, expected)),
      `every client holds all ${expected} edits`,
      60_000,
    );
    for (const index of [0, 2]) {
      const server = cluster.instances[index];
      if (!server) throw new Error(`instance ${index} expected`);
      const fresh = cluster.join(server);
      await whenSynced(fresh);
      await eventually(() => holdsAll(fresh.doc, expected), `instance ${index} serves them all`);
      expect(sortedEntries(fresh.doc)).toEqual(sortedEntries(first.doc));
    }
  });
});
