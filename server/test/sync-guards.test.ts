import { CloseCode } from "@tavolo/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterEach, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import * as Y from "yjs";
import {
  closeEvent,
  connectClient,
  eventually,
  rawSocket,
  type TestClient,
  whenSynced,
} from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { Workspace } from "./helpers/workspace.ts";

let server: TestServer;
const clients: TestClient[] = [];
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const socket of sockets.splice(0)) socket.terminate();
  await server.close();
});

/** A sync message carrying a document update, as a client sends it. */
function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

const SYNC_STEP1_EMPTY = Uint8Array.of(0, 0, 1, 0);
const isSyncStep2 = (frame: Buffer) => frame[0] === 0 && frame[1] === 1;

function nextSyncStep2(socket: WebSocket): Promise<Buffer> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      if (!isSyncStep2(data)) return;
      socket.off("message", onMessage);
      resolve(data);
    };
    socket.on("message", onMessage);
  });
}

describe("GET /api/metrics", () => {
  it("counts rooms, connections and committed updates in Prometheus text", async () => {
    const token = "scraper-token-0123456789";
    server = await startTestServer({ METRICS_TOKEN: token });
    const room = await (await Workspace.create(server.url)).room();
    const client = connectClient(server.wsUrl, room.id, room.params);
    clients.push(client);
    await whenSynced(client);
    client.doc.getText("t").insert(0, "misurare");
    const metrics = async () => {
      const response = await fetch(`${server.url}/api/metrics`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.headers.get("content-type")).toContain("text/plain");
      return response.text();
    };
    await eventually(
      async () => /\ntavolo_updates_committed_total [1-9]/.test(await metrics()),
      "the update is counted",
    );
    const text = await metrics();
    expect(text).toContain("\ntavolo_rooms_loaded 1\n");
    expect(text).toContain("\ntavolo_connections 1\n");
    expect(text).toContain("\ntavolo_persistence_lag_seconds 0\n");
    expect(text).toMatch(/\ntavolo_event_loop_delay_p99_seconds [0-9.e-]+\n/);
  });
});

describe("joiners of a room", () => {
  it("are all served the same full state, encoded once", async () => {
    server = await startTestServer();
    const room = await (await Workspace.create(server.url)).room();
    const writer = connectClient(server.wsUrl, room.id, room.params);
    clients.push(writer);
    await whenSynced(writer);
    writer.doc.getText("t").insert(0, "stato condiviso ".repeat(100));
    await eventually(async () => {
      const probe = await rawSocket(server.wsUrl, room.id, room.params);
      sockets.push(probe);
      const reply = nextSyncStep2(probe);
      probe.send(SYNC_STEP1_EMPTY);
      return (await reply).byteLength > 1600;
    }, "the edit is stored");

    const joiners = await Promise.all(
      [1, 2, 3].map(() => rawSocket(server.wsUrl, room.id, room.params)),
    );
    sockets.push(...joiners);
    const replies = await Promise.all(
      joiners.map((socket) => {
        const reply = nextSyncStep2(socket);
        socket.send(SYNC_STEP1_EMPTY);
        return reply;
      }),
    );
    const doc = new Y.Doc();
    const decoder = decoding.createDecoder(replies[0] ?? new Uint8Array());
    decoding.readVarUint(decoder); // sync
    decoding.readVarUint(decoder); // step 2
    Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
    expect(doc.getText("t").length).toBe(1600);
    for (const reply of replies) expect(reply.equals(replies[0] ?? Buffer.alloc(0))).toBe(true);
  });
});

describe("the document-size limit", () => {
  it("closes with documentTooLarge and stores nothing of an update beyond it", async () => {
    server = await startTestServer({ MAX_DOCUMENT_BYTES: "4096" });
    const room = await (await Workspace.create(server.url)).room();
    const socket = await rawSocket(server.wsUrl, room.id, room.params);
    sockets.push(socket);
    const big = new Y.Doc();
    big.getText("t").insert(0, "x".repeat(5000));
    const closed = closeEvent(socket);
    socket.send(updateFrame(Y.encodeStateAsUpdate(big)));
    expect((await closed).code).toBe(CloseCode.documentTooLarge);

    const reader = connectClient(server.wsUrl, room.id, room.params);
    clients.push(reader);
    await whenSynced(reader);
    expect(reader.doc.getText("t").length).toBe(0);
    reader.doc.getText("t").insert(0, "piccolo");
    await eventually(() => reader.provider.wsconnected, "small edits still go through");
  });
});
