import type { Duplex } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { writeBinaryFrame } from "./ws-frame.ts";

const servers: WebSocketServer[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A ws client connected to a ws server, and the server side's raw stream. */
async function connection(): Promise<{ client: WebSocket; stream: Duplex }> {
  const wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  servers.push(wss);
  await new Promise((resolve) => wss.once("listening", resolve));
  const accepted = new Promise<Duplex>((resolve) =>
    wss.once("connection", (_socket, request) => resolve(request.socket)),
  );
  const address = wss.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const client = new WebSocket(`ws://127.0.0.1:${port}`);
  await new Promise((resolve) => client.once("open", resolve));
  return { client, stream: await accepted };
}

function receive(client: WebSocket, count: number): Promise<Buffer[]> {
  const received: Buffer[] = [];
  return new Promise((resolve) =>
    client.on("message", (data: Buffer, isBinary: boolean) => {
      if (isBinary) received.push(data);
      if (received.length === count) resolve(received);
    }),
  );
}

describe("writeBinaryFrame", () => {
  it("frames messages of every length class so that a websocket client reads them back", async () => {
    const { client, stream } = await connection();
    const sizes = [0, 1, 125, 126, 65_535, 65_536, 200_000];
    const messages = sizes.map((size) => Uint8Array.from({ length: size }, (_, i) => i % 251));
    const received = receive(client, sizes.length);
    for (const message of messages) writeBinaryFrame(stream, message);
    const frames = await received;
    expect(frames.map((data) => data.byteLength)).toEqual(sizes);
    expect(frames.map((data) => [...data])).toEqual(messages.map((message) => [...message]));
    client.close();
  });

  it("writes one message to several connections, twice each, every time a whole frame", async () => {
    const message = Uint8Array.from([0, 2, 7, 1, 2, 3]);
    const peers = [await connection(), await connection()];
    const received = peers.map(({ client }) => receive(client, 2));
    for (const { stream } of peers) {
      writeBinaryFrame(stream, message);
      writeBinaryFrame(stream, message);
    }
    for (const frames of await Promise.all(received)) {
      expect(frames.map((data) => [...data])).toEqual([[...message], [...message]]);
    }
    for (const { client } of peers) client.close();
  });
});
