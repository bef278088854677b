import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectClient, eventually, type TestClient, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { type ProvisionedRoom, Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let workspace: Workspace;
const clients: TestClient[] = [];
const join = (room: ProvisionedRoom) => {
  const client = connectClient(server.wsUrl, room.id, room.params);
  clients.push(client);
  return client;
};

beforeEach(async () => {
  server = await startTestServer();
  workspace = await Workspace.create(server.url);
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

describe("two clients in one room", () => {
  it("converge on concurrent edits made at the same time", async () => {
    const room = await workspace.room();
    const a = join(room);
    const b = join(room);
    await Promise.all([whenSynced(a), whenSynced(b)]);

    a.doc.getText("t").insert(0, "Comune ");
    b.doc.getText("t").insert(0, "Cooperativa ");
    a.doc.getArray<number>("items").push([1, 2]);
    b.doc.getArray<number>("items").push([3]);

    await eventually(
      () => a.doc.getText("t").length === 19 && b.doc.getText("t").length === 19,
      "both texts hold both edits",
    );
    expect(a.doc.getText("t").toString()).toBe(b.doc.getText("t").toString());
    await eventually(() => b.doc.getArray("items").length === 3, "arrays merged");
    expect(a.doc.getArray("items").toArray().sort()).toEqual([1, 2, 3]);
    expect(b.doc.getArray("items").toArray()).toEqual(a.doc.getArray("items").toArray());
  });

  it("do not see edits of another room", async () => {
    const [one, two] = [await workspace.room(), await workspace.room()];
    const a = join(one);
    const b = join(two);
    await Promise.all([whenSynced(a), whenSynced(b)]);
    a.doc.getText("t").insert(0, "solo qui");
    const c = join(one);
    await eventually(() => c.doc.getText("t").toString() === "solo qui", "c sees room-one");
    expect(b.doc.getText("t").toString()).toBe("");
  });
});

describe("a client joining late", () => {
  it("receives the full state written before it arrived", async () => {
    const room = await workspace.room();
    const a = join(room);
    const b = join(room);
    await Promise.all([whenSynced(a), whenSynced(b)]);
    for (let i = 0; i < 50; i++) a.doc.getArray<number>("seq").push([i]);
    b.doc.getMap("meta").set("titolo", "Tavolo di co-progettazione");
    await eventually(() => b.doc.getArray("seq").length === 50, "b has a's edits");

    const late = join(room);
    await whenSynced(late);
    await eventually(() => late.doc.getArray("seq").length === 50, "late client has everything");
    expect(late.doc.getMap("meta").get("titolo")).toBe("Tavolo di co-progettazione");
  });
});
