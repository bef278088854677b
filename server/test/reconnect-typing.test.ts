import * as encoding from "lib0/encoding";
import { afterEach, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { connectClient, eventually, rawSocket, whenSynced } from "./helpers/clients.ts";
import { startTestServer, type TestServer } from "./helpers/in-process-server.ts";
import { Workspace } from "./helpers/workspace.ts";

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** A y-websocket sync message (type 0) written by `write`. */
function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe("a client typing while it reconnects", () => {
  it("has the edit it sends ahead of its sync step 2 checked after it, not refused", async () => {
    server = await startTestServer();
    const room = await (await Workspace.create(server.url)).room();
    // Written while offline; then one more keystroke, sent as soon as the socket opens, ahead
    // of the answer to the server's state vector that carries the offline text.
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "scritto offline");
    const before = Y.encodeStateVector(doc);
    doc.getText("t").insert(15, "!");
    const keystroke = Y.encodeStateAsUpdate(doc, before);

    const socket = await rawSocket(server.wsUrl, room.id, room.params);
    socket.send(syncMessage((e) => syncProtocol.writeUpdate(e, keystroke)));
    socket.send(syncMessage((e) => syncProtocol.writeSyncStep2(e, doc, new Uint8Array([0]))));

    const reader = connectClient(server.wsUrl, room.id, room.params);
    await whenSynced(reader);
    await eventually(
      () => reader.doc.getText("t").toString() === "scritto offline!",
      "the server holds both edits",
    );
    expect(socket.readyState).toBe(WebSocket.OPEN);
    socket.close();
    reader.destroy();
  });
});
