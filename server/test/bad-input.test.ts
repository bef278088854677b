import { CloseCode, MessageType } from "@tavolo/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import {
  closeEvent,
  connectClient,
  eventually,
  rawSocket,
  type TestClient,
  whenSynced,
} from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { type ProvisionedRoom, Workspace } from "./helpers/workspace.ts";

const LIMIT = 64 * 1024;
let server: TestServer;
let room: ProvisionedRoom;
const clients: TestClient[] = [];

beforeEach(async () => {
  server = await startTestServer({ MAX_MESSAGE_BYTES: String(LIMIT) });
  room = await (await Workspace.create(server.url)).room();
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

/** Two well-behaved clients share the room; returns a check that they still work together. */
async function bystanders() {
  const a = connectClient(server.wsUrl, room.id, room.params);
  const b = connectClient(server.wsUrl, room.id, room.params);
  clients.push(a, b);
  await Promise.all([whenSynced(a), whenSynced(b)]);
  return async (text: string) => {
    a.doc.getText("t").insert(0, text);
    await eventually(() => b.doc.getText("t").toString().includes(text), "bystanders still sync");
    expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);
  };
}

describe("bad input closes only the sender's connection", () => {
  it.each([
    ["a message that does not decode", Uint8Array.from([0, 2, 250, 1]), CloseCode.malformedMessage],
    [
      "an update with garbage in it",
      Uint8Array.from([0, 2, 5, 9, 9, 9, 9, 9]),
      CloseCode.malformedMessage,
    ],
    ["an unknown message type", Uint8Array.from([42, 1, 2]), CloseCode.unknownMessageType],
    ["a message larger than the limit", new Uint8Array(LIMIT + 1), CloseCode.messageTooBig],
  ])("%s", async (_what, message, expectedCode) => {
    const stillWorks = await bystanders();
    const attacker = await rawSocket(server.wsUrl, room.id, room.params);
    const closed = closeEvent(attacker);
    attacker.send(message);
    expect((await closed).code).toBe(expectedCode);
    await stillWorks("ancora qui");
  });

  it("a text frame", async () => {
    const stillWorks = await bystanders();
    const attacker = await rawSocket(server.wsUrl, room.id, room.params);
    const closed = closeEvent(attacker);
    attacker.send("hello");
    expect((await closed).code).toBe(CloseCode.malformedMessage);
    await stillWorks("ok");
  });

  it("a flood of messages before the room has loaded is capped", async () => {
    const attacker = new WebSocket(`${server.wsUrl}/${room.id}?token=${room.params.token}`);
    const closed = closeEvent(attacker);
    await new Promise((resolve) => attacker.once("open", resolve));
    const query = Uint8Array.from([MessageType.queryAwareness]);
    for (let i = 0; i < 10_000; i++) attacker.send(query);
    // The room loads quickly, so the flood may be served instead of refused; either way the
    // server stays up and the room keeps working.
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 500))]);
    attacker.terminate();
    const stillWorks = await bystanders();
    await stillWorks("vivo");
  });
});

describe("room names", () => {
  it.each(["..%2Fetc%2Fpasswd", "..%2F..%2Fdata", "a%20b", "x".repeat(129)])(
    "refuses %s with 400",
    async (room) => {
      const response = await fetch(`${server.url}/sync/${room}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/^room: /);
    },
  );

  it("refuses a websocket upgrade to a path-traversal room", async () => {
    const socket = new WebSocket(`${server.wsUrl}/..%2Fescape`);
    const status = await new Promise<number>((resolve) =>
      socket.once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0)),
    );
    expect(status).toBe(400);
  });
});
