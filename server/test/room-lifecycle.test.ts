import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { connectClient, eventually, type TestClient, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { type ProvisionedRoom, Workspace } from "./helpers/workspace.ts";

let server: TestServer;
let room: ProvisionedRoom;
const clients: TestClient[] = [];
const join = () => connectClient(server.wsUrl, room.id, room.params);

beforeEach(async () => {
  server = await startTestServer({ COMPACT_AFTER_UPDATES: "50" });
  room = await (await Workspace.create(server.url)).room();
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
    const a = join();
    const b = join();
    await Promise.all([whenSynced(a), whenSynced(b)]);
    a.doc.getText("t").insert(0, "ciao");
    expect((await health()).loadedRooms).toBe(1);
    a.destroy();
    expect((await health()).loadedRooms).toBe(1);
    b.destroy();
    await eventually(async () => (await health()).loadedRooms === 0, "room unloaded");

    const again = join();
    clients.push(again);
    await whenSynced(again);
    await eventually(() => again.doc.getText("t").toString() === "ciao", "reloaded state");
  });

  it("compacts the log as it grows, keeping the whole document", async () => {
    const writer = join();
    clients.push(writer);
    await whenSynced(writer);
    const file = path.join(server.dataDir, "rooms", `${room.id}.ylog`);
    for (let i = 0; i < 500; i++) writer.doc.getArray<number>("n").push([i]);
    const reader = join();
    clients.push(reader);
    await eventually(() => reader.doc.getArray("n").length === 500, "reader has all");
    // 500 updates framed one by one take ~14 KB; compaction runs right after they are relayed.
    await eventually(async () => (await stat(file)).size < 500 * 10, "log compacted");
    expect(await readdir(path.join(server.dataDir, "rooms"))).toEqual([`${room.id}.ylog`]);
  });

  it("serves the API description and a JSON 404 for unknown API routes", async () => {
    type Operation = { summary: string; security?: unknown[]; requestBody?: unknown };
    const spec = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, Operation>>;
    };
    expect(spec.openapi).toMatch(/^3\./);
    // Health is public (no security); a session route says it needs the cookie (or a bearer
    // token) and its body.
    expect(spec.paths["/api/health"]?.get).toEqual(
      expect.objectContaining({ summary: "Liveness check" }),
    );
    expect(spec.paths["/api/health"]?.get?.security).toBeUndefined();
    expect(spec.paths["/api/rooms/{room}/versions"]?.post).toEqual(
      expect.objectContaining({
        security: [{ sessionCookie: [] }, { bearerToken: [] }],
        requestBody: expect.objectContaining({ required: true }),
      }),
    );
    const missing = await fetch(`${server.url}/api/nope`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toContain("/api/nope");
  });
});
