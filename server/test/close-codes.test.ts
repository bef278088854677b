import type { AddressInfo } from "node:net";
import { CloseCode, isFinalCloseCode } from "@tavolo/shared";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocketServer } from "ws";
import { connectClient, eventually, type TestClient, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { invitePerson } from "./helpers/people.ts";
import { Workspace } from "./helpers/workspace.ts";

const clients: TestClient[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** What each code is for: reconnecting can help (transient) or cannot (final). */
const intended: Record<keyof typeof CloseCode, "transient" | "final"> = {
  goingAway: "transient",
  messageTooBig: "transient",
  internalError: "transient",
  malformedMessage: "final",
  unauthorized: "final",
  forbidden: "final",
  unknownMessageType: "final",
  documentTooLarge: "final",
  updateRefused: "final",
  slowConsumer: "transient",
  accessChanged: "transient",
  tooManyPendingMessages: "transient",
  storageUnavailable: "transient",
};

/** A websocket server that closes each client's first connection with `code`. */
async function closingServer(code: number): Promise<{ url: string; connections: () => number }> {
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => wss.once("listening", resolve));
  let connections = 0;
  wss.on("connection", (socket) => {
    connections++;
    if (connections === 1) socket.close(code, "test");
  });
  cleanups.push(
    () =>
      new Promise((resolve) => {
        for (const socket of wss.clients) socket.terminate();
        wss.close(() => resolve());
      }),
  );
  const { port } = wss.address() as AddressInfo;
  return { url: `ws://127.0.0.1:${port}`, connections: () => connections };
}

describe("close codes and the stock y-websocket client", () => {
  it.each(Object.entries(CloseCode))(
    "%s (%i) is final exactly when the stock client stops reconnecting after it",
    async (name, code) => {
      const server = await closingServer(code);
      const client = connectClient(server.url, "stanza");
      clients.push(client);
      const stopped: number[] = [];
      client.provider.on("closed", (event) => stopped.push(event.code));

      await eventually(
        () => server.connections() >= 2 || stopped.length > 0,
        "the client reconnects or stops",
      );
      const reconnected = server.connections() >= 2;
      expect(reconnected).toBe(!isFinalCloseCode(code));
      if (!reconnected) {
        expect(stopped).toEqual([code]);
        expect(client.provider.shouldConnect).toBe(false);
      }
      expect(isFinalCloseCode(code), name).toBe(
        intended[name as keyof typeof CloseCode] === "final",
      );
    },
  );
});

describe("a stock client of the real server", () => {
  let server: TestServer;
  const start = async () => {
    server = await startTestServer();
    cleanups.push(() => server.close());
    const workspace = await Workspace.create(server.url);
    const room = await workspace.room();
    const rita = await invitePerson(workspace, "redattore", "Rita");
    const token = await rita.api.ok<{ token: string }>("POST", `/api/rooms/${room.id}/token`);
    const client = connectClient(server.wsUrl, room.id, token);
    clients.push(client);
    await whenSynced(client);
    const memberPath = `/api/procedures/${workspace.procedure.id}/members/${rita.personId}`;
    return { workspace, client, memberPath };
  };

  it("reconnects by itself when the person's role changes (accessChanged)", async () => {
    const { workspace, client, memberPath } = await start();
    const closes: (number | undefined)[] = [];
    client.provider.on("connection-close", (event) => closes.push(event?.code));
    const stopped: number[] = [];
    client.provider.on("closed", (event) => stopped.push(event.code));

    await workspace.api.ok("PATCH", memberPath, { role: "osservatore" });
    await eventually(() => closes.length > 0, "the server closed the connection");
    await eventually(() => client.provider.synced, "the client is back, synced");
    expect(closes).toEqual([CloseCode.accessChanged]);
    expect(stopped).toEqual([]);
  });

  it("stays disconnected when the person is revoked (forbidden)", async () => {
    const { workspace, client, memberPath } = await start();
    const stopped: number[] = [];
    client.provider.on("closed", (event) => stopped.push(event.code));

    await workspace.api.ok("DELETE", memberPath);
    await eventually(() => stopped.length > 0, "the client gave up");
    expect(stopped).toEqual([CloseCode.forbidden]);
    expect(client.provider.shouldConnect).toBe(false);
    expect(client.provider.wsconnected).toBe(false);
  });
});
