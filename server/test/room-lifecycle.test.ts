import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectClient, eventually, type TestClient, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";

let server: TestServer;
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await startTestServer({ COMPACT_AFTER_UPDATES: "50" });
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

const health = async () =>
  (await (await fetch(`${server.url}/api/health`)).json()) as { loadedRooms: number };

describe("room lifecycle", () => {
  it("loads a room on first connection and unloads it after the last client leaves", async () => {
    expect((await health()).loadedRooms).toBe(0);
    const a = connectClient(server.wsUrl, "life");
    const b = connectClient(server.wsUrl, "life");
    await Promise.all([whenSynced(a), whenSynced(b)]);
    a.doc.getText("t").insert(0, "ciao");
    expect((await health()).loadedRooms).toBe(1);
    a.destroy();
    expect((await health()).loadedRooms).toBe(1);
    b.destroy();
    await eventually(async () => (await health()).loadedRooms === 0, "room unloaded");

    const again = connectClient(server.wsUrl, "life");
    clients.push(again);
    await whenSynced(again);
    await eventually(() => again.doc.getText("t").toString() === "ciao", "reloaded state");
  });

  it("compacts the log as it grows, keeping the whole document", async () => {
    const writer = connectClient(server.wsUrl, "grow");
    clients.push(writer);
    await whenSynced(writer);
    const file = path.join(server.dataDir, "rooms", "grow.ylog");
    for (let i = 0; i < 500; i++) writer.doc.getArray<number>("n").push([i]);
    const reader = connectClient(server.wsUrl, "grow");
    clients.push(reader);
    await eventually(() => reader.doc.getArray("n").length === 500, "reader has all");
    // 500 single-number updates framed one by one would take far more than this.
    expect((await stat(file)).size).toBeLessThan(500 * 20);
    expect(await readdir(path.join(server.dataDir, "rooms"))).toEqual(["grow.ylog"]);
  });

  it("serves the API description and a JSON 404 for unknown API routes", async () => {
    const spec = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, unknown>;
    };
    expect(spec.paths["/api/health"]).toBeDefined();
    const missing = await fetch(`${server.url}/api/nope`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toContain("/api/nope");
  });
});
