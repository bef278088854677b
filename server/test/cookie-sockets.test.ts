import { CloseCode } from "@tavolo/shared";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { connectClient, eventually, type TestClient, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { invitePerson } from "./helpers/people.ts";
import { type ProvisionedRoom, Workspace } from "./helpers/workspace.ts";

let server: TestServer;
const clients: TestClient[] = [];
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const socket of sockets.splice(0)) socket.terminate();
  await server.close();
});

async function setUp(env: Record<string, string> = {}) {
  server = await startTestServer(env);
  const workspace = await Workspace.create(server.url);
  const room = await workspace.room();
  return { workspace, room };
}

/** The HTTP status the server answers an upgrade on `room` with these headers and query. */
function upgradeStatus(
  room: ProvisionedRoom,
  headers: Record<string, string>,
  params: Record<string, string> = {},
): Promise<number> {
  const query = new URLSearchParams(params).toString();
  const socket = new WebSocket(`${server.wsUrl}/${room.id}${query ? `?${query}` : ""}`, {
    headers,
  });
  return new Promise((resolve) => {
    socket.once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0));
    socket.once("open", () => {
      socket.close();
      resolve(101);
    });
  });
}

/** An open websocket on `room` sent with these headers. */
function openSocket(room: ProvisionedRoom, headers: Record<string, string>): Promise<WebSocket> {
  const socket = new WebSocket(`${server.wsUrl}/${room.id}`, { headers });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once("open", () => resolve(socket));
    socket.once("error", reject);
  });
}

/** The stock provider, sending a cookie and an Origin as a browser page would. */
function browserClient(room: ProvisionedRoom, cookie: string): TestClient {
  const origin = server.url;
  class BrowserLikeSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie, origin } });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.wsUrl, room.id, doc, {
    WebSocketPolyfill: BrowserLikeSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
  });
  const client = {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
  clients.push(client);
  return client;
}

describe("opening a room with the session cookie", () => {
  it("is refused with 403 before the upgrade from a page on another origin, or Origin: null", async () => {
    const { workspace, room } = await setUp();
    const cookie = workspace.api.cookieHeader;
    const otherPort = new URL(server.url);
    otherPort.port = String(Number(otherPort.port) + 1);
    for (const origin of [
      otherPort.origin,
      "http://localhost:5173",
      "https://evil.example",
      "null",
    ]) {
      expect(await upgradeStatus(room, { cookie, origin }), origin).toBe(403);
    }
  });

  it("works from the server's own origin, from a configured one, and without Origin", async () => {
    const { workspace, room } = await setUp({ ALLOWED_ORIGINS: "https://tavolo.comune.example" });
    const cookie = workspace.api.cookieHeader;
    expect(await upgradeStatus(room, { cookie, origin: server.url })).toBe(101);
    expect(await upgradeStatus(room, { cookie, origin: "https://tavolo.comune.example" })).toBe(
      101,
    );
    // Browsers always send Origin on an upgrade: a client without one is no page's puppet.
    expect(await upgradeStatus(room, { cookie })).toBe(101);
  });

  it("does not concern token clients, with or without an Origin", async () => {
    const { room } = await setUp();
    const client = connectClient(server.wsUrl, room.id, room.params);
    clients.push(client);
    await whenSynced(client);
    expect(await upgradeStatus(room, { origin: "https://evil.example" }, room.params)).toBe(101);
  });
});

describe("signing out", () => {
  it("closes the sockets that session opened, for good, and no one else's", async () => {
    const { workspace, room } = await setUp();
    const bruno = await invitePerson(workspace, "redattore", "Bruno");
    const anna = browserClient(room, workspace.api.cookieHeader);
    const stopped: number[] = [];
    anna.provider.on("closed", (event) => stopped.push(event.code));
    await whenSynced(anna);
    // The same person through a room token (a script), and another person's browser.
    const annaScript = connectClient(server.wsUrl, room.id, room.params);
    clients.push(annaScript);
    const brunoSocket = await openSocket(room, {
      cookie: bruno.api.cookieHeader,
      origin: server.url,
    });
    await whenSynced(annaScript);

    await workspace.api.ok("DELETE", "/api/session");
    await eventually(() => stopped.length > 0, "anna's browser socket is closed for good");
    expect(stopped).toEqual([CloseCode.unauthorized]);
    expect(anna.provider.shouldConnect).toBe(false);

    // The others carry on: an edit by the script reaches a fresh reader, Bruno is still there.
    annaScript.doc.getText("t").insert(0, "ancora qui");
    const reader = connectClient(server.wsUrl, room.id, room.params);
    clients.push(reader);
    await eventually(() => reader.doc.getText("t").toString() === "ancora qui", "edit stored");
    expect(annaScript.provider.wsconnected).toBe(true);
    expect(brunoSocket.readyState).toBe(WebSocket.OPEN);
  });
});
