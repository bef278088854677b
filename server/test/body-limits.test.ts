import type { Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { openSocket, readResponse } from "./helpers/raw-http.ts";

let server: TestServer;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await server.close();
});

const LIMIT = 64 * 1024;
const tooLarge = { error: `body: larger than this route takes (${LIMIT} bytes)` };

async function socketTo(target: TestServer): Promise<Socket> {
  const socket = await openSocket(target.port);
  socket.on("error", () => {}); // the server may reset the upload it refused
  sockets.push(socket);
  return socket;
}

describe("an anonymous request with an oversized body", () => {
  it("is refused with 413 on its declared length, before the body is sent", async () => {
    server = await startTestServer({ BODY_LIMIT_BYTES: String(LIMIT) });
    const socket = await socketTo(server);
    const response = readResponse(socket);
    socket.write(
      "POST /api/session HTTP/1.1\r\nHost: tavolo\r\nContent-Type: application/json\r\n" +
        `Content-Length: ${100 * 1024 * 1024}\r\n\r\n{"displayName":"`,
    );
    // Nothing more is sent: the old server waited for the other 100 MB.
    const { status, body } = await response;
    expect(status).toBe(413);
    expect(JSON.parse(body)).toEqual(tooLarge);
  });

  it("is refused with 413 once a chunked body passes the limit, though it never ends", async () => {
    server = await startTestServer({ BODY_LIMIT_BYTES: String(LIMIT) });
    const socket = await socketTo(server);
    const response = readResponse(socket);
    socket.write(
      "POST /api/session HTTP/1.1\r\nHost: tavolo\r\nContent-Type: application/json\r\n" +
        "Transfer-Encoding: chunked\r\n\r\n",
    );
    const chunk = "x".repeat(16 * 1024);
    // Four times the limit and no final chunk: a server that reads bodies whole never answers.
    for (let sent = 0; sent < 4 * LIMIT; sent += chunk.length) {
      socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    }
    const { status, body } = await response;
    expect(status).toBe(413);
    expect(JSON.parse(body)).toEqual(tooLarge);
  });

  it("leaves ordinary bodies alone", async () => {
    server = await startTestServer({ BODY_LIMIT_BYTES: String(LIMIT) });
    const response = await fetch(`${server.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ displayName: "Giulia Rinaldi" }),
    });
    expect(response.status).toBe(201);
  });
});
