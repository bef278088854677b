import { connect, type Socket } from "node:net";

/** A plain TCP connection to the test server, for requests no HTTP client would send. */
export function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => resolve(socket));
    socket.once("error", reject);
  });
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The first complete HTTP response (with Content-Length) read from `socket`. */
export function readResponse(socket: Socket): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const response = parse(received);
      if (!response) return;
      socket.off("data", onData);
      resolve(response);
    };
    socket.on("data", onData);
    socket.once("close", () => reject(new Error(`closed before a response: ${received}`)));
  });
}

function parse(received: Buffer): RawResponse | null {
  const end = received.indexOf("\r\n\r\n");
  if (end < 0) return null;
  const [statusLine = "", ...lines] = received.subarray(0, end).toString("latin1").split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = Number(headers["content-length"] ?? 0);
  const body = received.subarray(end + 4);
  if (body.length < length) return null;
  return {
    status: Number(statusLine.split(" ")[1]),
    headers,
    body: body.subarray(0, length).toString(),
  };
}

/**
 * Resolves with what the server sent once it has closed `socket`; rejects when it is still open
 * after `withinMs` (a bound on the wait, not a sleep: it resolves as soon as the server closes).
 */
export function closedByServer(socket: Socket, withinMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = "";
    socket.on("data", (chunk: Buffer) => {
      received += chunk.toString("latin1");
    });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the connection open for ${withinMs} ms`));
    }, withinMs);
    socket.once("close", () => {
      clearTimeout(timer);
      resolve(received);
    });
  });
}
