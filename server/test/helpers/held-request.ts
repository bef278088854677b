import { connect } from "node:net";

export interface HeldRequest {
  /** Sends the body and resolves with the server's answer. */
  finish(): Promise<{ status: number; body: unknown }>;
}

/**
 * Starts a JSON request whose body is held back: resolves once the server has read the headers
 * and handed the request to Tavolo (it answers `Expect: 100-continue` at that moment), so a
 * test can change the world between the handler's first check and its write.
 */
export function heldRequest(
  baseUrl: string,
  method: string,
  path: string,
  cookie: string,
  json: unknown,
): Promise<HeldRequest> {
  const url = new URL(baseUrl);
  const body = Buffer.from(JSON.stringify(json));
  const socket = connect(Number(url.port), url.hostname);
  let received = "";
  const ended = new Promise<void>((resolve) => socket.on("end", resolve));
  socket.on("data", (chunk) => {
    received += chunk.toString("utf8");
  });
  socket.write(
    [
      `${method} ${path} HTTP/1.1`,
      `Host: ${url.host}`,
      `Cookie: ${cookie}`,
      "Content-Type: application/json",
      `Content-Length: ${body.length}`,
      "Expect: 100-continue",
      "Connection: close",
      "",
      "",
    ].join("\r\n"),
  );
  const finish = async () => {
    socket.write(body);
    await ended;
    const final = received.slice(received.lastIndexOf("HTTP/1.1 "));
    const status = Number(final.slice(9, 12));
    const text = final.slice(final.indexOf("\r\n\r\n") + 4);
    return { status, body: text ? JSON.parse(text) : null };
  };
  const continued = new Promise<void>((resolve, reject) => {
    socket.once("error", reject);
    const waitForContinue = () => {
      if (!received.startsWith("HTTP/1.1 100")) return;
      socket.off("data", waitForContinue);
      resolve();
    };
    socket.on("data", waitForContinue);
  });
  // A later request through the same session middleware has been answered: the held one, which
  // started first, has by then resolved its session and made its first check.
  return continued
    .then(() => fetch(`${baseUrl}/api/session`, { headers: { cookie } }))
    .then(() => ({ finish }));
}
