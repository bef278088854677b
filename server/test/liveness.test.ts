import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import {
  closeEvent,
  connectClient,
  eventually,
  type TestClient,
  whenSynced,
} from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { type ProvisionedRoom, Workspace } from "./helpers/workspace.ts";

let server: TestServer;
const clients: TestClient[] = [];
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const socket of sockets.splice(0)) socket.terminate();
  await server.close();
});

/** The stock provider drops a connection that received nothing for this long (y-websocket). */
const STOCK_CLIENT_SILENCE_LIMIT_MS = 30_000;
/** Its watchdog looks every 3 s, so a silent connection is gone by limit + 3 s. */
const WATCHDOG_CHECK_MS = STOCK_CLIENT_SILENCE_LIMIT_MS / 10;

async function provisionRoom(): Promise<ProvisionedRoom> {
  return (await Workspace.create(server.url)).room();
}

/** A websocket on a room that answers pings only if `answerPings`. */
function socketOn(room: ProvisionedRoom, answerPings: boolean): Promise<WebSocket> {
  const socket = new WebSocket(`${server.wsUrl}/${room.id}?${new URLSearchParams(room.params)}`, {
    autoPong: answerPings,
  });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once("open", () => resolve(socket));
    socket.once("error", reject);
  });
}

describe("a client alone in a room", () => {
  it(
    "stays connected, on the same socket, while idle for longer than the stock client's 30 s limit",
    async () => {
      server = await startTestServer({ SYNC_HEARTBEAT_MS: "1000" });
      const room = await provisionRoom();
      const client = connectClient(server.wsUrl, room.id, room.params);
      clients.push(client);
      const closes: unknown[] = [];
      client.provider.on("connection-close", (event) => closes.push(event?.code ?? "local"));
      await whenSynced(client);
      const socket = client.provider.ws;
      const since = Date.now();

      // No edit, no one else: only the client's own presence renewal (every 15 s) goes out.
      await eventually(
        () =>
          closes.length > 0 ||
          Date.now() - since > STOCK_CLIENT_SILENCE_LIMIT_MS + WATCHDOG_CHECK_MS + 1_000,
        "the stock client's silence limit has passed",
        STOCK_CLIENT_SILENCE_LIMIT_MS * 2,
      );
      expect(closes).toEqual([]);
      expect(client.provider.wsconnected).toBe(true);
      expect(client.provider.ws).toBe(socket);
      // What kept it open: the server echoed its presence back well after the sync.
      expect(client.provider.wsLastMessageReceived - since).toBeGreaterThan(10_000);
    },
    STOCK_CLIENT_SILENCE_LIMIT_MS * 3,
  );
});

describe("the server heartbeat", () => {
  it("drops a socket that stops answering pings within two intervals, and keeps one that answers", async () => {
    const intervalMs = 200;
    server = await startTestServer({ SYNC_HEARTBEAT_MS: String(intervalMs) });
    const room = await provisionRoom();
    const healthy = await socketOn(room, true);
    let pings = 0;
    healthy.on("ping", () => pings++);
    const dead = await socketOn(room, false);
    const opened = Date.now();
    const drops: { code: number; afterMs: number }[] = [];
    void closeEvent(dead).then(({ code }) => drops.push({ code, afterMs: Date.now() - opened }));

    await eventually(() => drops.length > 0, "the silent socket is dropped", intervalMs * 10);
    const [drop] = drops;
    expect(drop?.code).toBe(1006); // terminated: no closing handshake with a dead peer
    expect(drop?.afterMs).toBeLessThan(intervalMs * 2 + 1_000);

    const pingsThen = pings;
    await eventually(() => pings >= pingsThen + 3, "the healthy socket is pinged three more times");
    expect(healthy.readyState).toBe(WebSocket.OPEN);
  });

  it("removes the presence of a client that went silent, for the others in the room", async () => {
    server = await startTestServer({ SYNC_HEARTBEAT_MS: "200" });
    const room = await provisionRoom();
    const anna = connectClient(server.wsUrl, room.id, room.params);
    const bruno = connectClient(server.wsUrl, room.id, room.params);
    clients.push(anna, bruno);
    await Promise.all([whenSynced(anna), whenSynced(bruno)]);
    anna.provider.awareness.setLocalStateField("user", { name: "Anna" });
    const annaId = anna.doc.clientID;
    await eventually(() => bruno.provider.awareness.getStates().has(annaId), "bruno sees anna");

    // Anna's machine stops reading the network: no pong, no close, no goodbye.
    const annaSocket = anna.provider.ws as unknown as WebSocket;
    annaSocket.pause();
    await eventually(
      () => !bruno.provider.awareness.getStates().has(annaId),
      "the server dropped anna and told bruno",
      5_000,
    );
    expect(bruno.provider.wsconnected).toBe(true);
  });
});
