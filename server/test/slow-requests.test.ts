import type { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { rawSocket } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { closedByServer, openSocket, readResponse } from "./helpers/raw-http.ts";
import { Workspace } from "./helpers/workspace.ts";

// Short timeouts so the test sees them act; the defaults are 10 s, 30 s and 5 s.
const TIMEOUTS = {
  HEADERS_TIMEOUT_MS: "300",
  REQUEST_TIMEOUT_MS: "600",
  KEEP_ALIVE_TIMEOUT_MS: "300",
};
// Node's own defaults would hold these connections for 60 s (headers) and 300 s (request).
const CUT_OFF_WITHIN_MS = 5_000;

let server: TestServer;
const sockets: Socket[] = [];
beforeAll(async () => {
  server = await startTestServer(TIMEOUTS);
});
afterAll(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await server.close();
});

async function socket(): Promise<Socket> {
  const opened = await openSocket(server.port);
  opened.on("error", () => {});
  sockets.push(opened);
  return opened;
}

describe("a half-sent request", () => {
  it("is closed by the server when its headers never end", async () => {
    const half = await socket();
    const closed = closedByServer(half, CUT_OFF_WITHIN_MS);
    half.write("GET /api/health HTTP/1.1\r\nHost: tavolo\r\n");
    expect(await closed).toMatch(/^HTTP\/1\.1 408 /);
  });

  it("is closed by the server when its body never ends", async () => {
    const half = await socket();
    const closed = closedByServer(half, CUT_OFF_WITHIN_MS);
    half.write(
      "POST /api/session HTTP/1.1\r\nHost: tavolo\r\nContent-Type: application/json\r\n" +
        'Content-Length: 40\r\n\r\n{"displayName":',
    );
    expect(await closed).toMatch(/^HTTP\/1\.1 408 /);
  });
});

describe("an idle keep-alive connection", () => {
  it("is closed after its request was answered and nothing more came", async () => {
    const idle = await socket();
    const answered = readResponse(idle);
    idle.write("GET /api/health HTTP/1.1\r\nHost: tavolo\r\n\r\n");
    expect((await answered).status).toBe(200);
    // Node's default keep-alive timeout is 5 s.
    await closedByServer(idle, 3_000);
  });
});

describe("a websocket", () => {
  it("is not cut off by the request timeouts once upgraded", async () => {
    const workspace = await Workspace.create(server.url);
    const room = await workspace.room();
    const ws = await rawSocket(server.wsUrl, room.id, room.params);
    let closed = false;
    ws.once("close", () => {
      closed = true;
    });
    // Two half requests cut off one after the other: the request timeout has passed at least
    // twice over the websocket's lifetime, and the server's timeout check has run meanwhile.
    for (let i = 0; i < 2; i++) {
      const half = await socket();
      const cut = closedByServer(half, CUT_OFF_WITHIN_MS);
      half.write("GET / HTTP/1.1\r\n");
      await cut;
    }
    expect(closed).toBe(false);
    expect(ws.readyState).toBe(WebSocket.OPEN);
    const pong = new Promise<void>((resolve) => ws.once("pong", () => resolve()));
    ws.ping();
    await pong;
    ws.close();
  });
});
