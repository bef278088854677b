import { beforeAll, describe, expect, it } from "vitest";
import { eventually, whenSynced } from "../helpers/clients.ts";
import { type Cluster, clusterFixture } from "../helpers/cluster-fixture.ts";

const startCluster = clusterFixture({ perFile: true });

describe("three instances on PostgreSQL and Redis", () => {
  let shared: Cluster;
  beforeAll(async () => {
    shared = await startCluster(3, 3);
  });
  let used = 0;
  /** The file's cluster, with a room of the test's own. */
  const cluster = () => {
    const room = shared.rooms[used++];
    return { ...shared, join: (on: Parameters<Cluster["join"]>[0]) => shared.join(on, room) };
  };

  it("let clients on different instances converge on concurrent edits", async () => {
    const { instances, join } = cluster();
    const clients = instances.flatMap((server) => [join(server), join(server)]);
    await Promise.all(clients.map(whenSynced));
    clients.forEach((client, i) => {
      client.doc.getText("t").insert(0, `[${i}]`);
      client.doc.getArray<number>("log").push([i]);
    });
    const texts = () => clients.map((client) => client.doc.getText("t").toString());
    await eventually(
      () => clients.every((c) => c.doc.getArray("log").length === clients.length),
      "every client holds every edit",
    );
    await eventually(() => new Set(texts()).size === 1, "every client holds the same text");
    for (let i = 0; i < clients.length; i++) expect(texts()[0]).toContain(`[${i}]`);
  });

  it("serve a joiner on another instance the state stored by the first", async () => {
    const { instances, join } = cluster();
    const [first, , third] = instances;
    if (!first || !third) throw new Error("three instances expected");
    const author = join(first);
    await whenSynced(author);
    author.doc.getText("t").insert(0, "Obiettivo: 12 alloggi");
    const watcher = join(third);
    await eventually(
      () => watcher.doc.getText("t").toString() === "Obiettivo: 12 alloggi",
      "the joiner on the third instance holds the text",
    );
  });

  it("carry presence between instances", async () => {
    const { instances, join } = cluster();
    const [first, second] = instances;
    if (!first || !second) throw new Error("two instances expected");
    const here = join(first);
    const there = join(second);
    await Promise.all([whenSynced(here), whenSynced(there)]);
    here.provider.awareness.setLocalStateField("cursor", { anchor: 7 });
    await eventually(
      () => there.provider.awareness.getStates().get(here.doc.clientID)?.cursor?.anchor === 7,
      "the other instance's client sees the cursor",
    );
  });
});
