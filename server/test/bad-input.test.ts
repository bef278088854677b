import { randomBytes } from "node:crypto";
import net from "node:net";
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
    // The flood travels in the same TCP write as the upgrade request, so the server holds every
    // frame before the room (not loaded: nobody has joined it) can possibly have loaded.
    const query = Uint8Array.from([MessageType.queryAwareness]);
    const flood = Array.from({ length: 10_000 }, () => maskedFrame(query));
    const close = await upgradeWithFrames(`/sync/${room.id}?token=${room.params.token}`, flood);
    expect(close).toBe(CloseCode.tooManyPendingMessages);
    const stillWorks = await bystanders();
    await stillWorks("vivo");
  });
});

/** A binary websocket frame as a client sends it (masked, here with a zero mask). */
function maskedFrame(payload: Uint8Array): Buffer {
  if (payload.length > 125) throw new Error("short frames only");
  return Buffer.concat([Buffer.from([0x82, 0x80 | payload.length, 0, 0, 0, 0]), payload]);
}

/**
 * Opens a websocket by hand, writing `frames` right behind the upgrade request in one write,
 * and resolves with the close code of the server's close frame (0 if none came before the end).
 */
function upgradeWithFrames(path: string, frames: Buffer[]): Promise<number> {
  const { hostname, port } = new URL(server.url);
  const socket = net.connect(Number(port), hostname);
  const request = [
    `GET ${path} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    "Upgrade: websocket",
    "Connection: Upgrade",
    `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}`,
    "Sec-WebSocket-Version: 13",
    "",
    "",
  ].join("\r\n");
  socket.write(Buffer.concat([Buffer.from(request), ...frames]));
  let received = Buffer.alloc(0);
  return new Promise((resolve, reject) => {
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const code = closeCodeIn(received);
      if (code !== null) {
        socket.destroy();
        resolve(code);
      }
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(closeCodeIn(received) ?? 0));
  });
}

/** The code of the first close frame after the HTTP response in `bytes`, or null. */
function closeCodeIn(bytes: Buffer): number | null {
  let at = bytes.indexOf("\r\n\r\n");
  if (at < 0) return null;
  at += 4;
  while (at + 2 <= bytes.length) {
    const opcode = (bytes[at] ?? 0) & 0x0f;
    let length = (bytes[at + 1] ?? 0) & 0x7f;
    let start = at + 2;
    if (length === 126) {
      length = bytes.readUInt16BE(start);
      start += 2;
    } else if (length === 127) {
      length = Number(bytes.readBigUInt64BE(start));
      start += 8;
    }
    if (start + length > bytes.length) return null;
    if (opcode === 0x8) return bytes.readUInt16BE(start);
    at = start + length;
  }
  return null;
}

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
