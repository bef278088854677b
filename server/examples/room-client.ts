// A script that joins a Tavolo room from Node, as integrations and benchmarks do:
//   TAVOLO_TOKEN=<token> node --import tsx server/examples/room-client.ts http://127.0.0.1:3000
// With TAVOLO_TOKEN (a personal API token, or the instance's TAVOLO_ADMIN_TOKEN) it acts as that
// person; without it, it starts a session by name (only on a server with SIGNUP_POLICY=open).
// It creates a procedure with a shared note, asks the API for a room token, connects the stock
// y-websocket provider with `?token=`, writes a line and prints the text.
import {
  ApiClient,
  type Procedure,
  type RoomToken,
  scratchNoteText,
  type WorkspaceRoom,
} from "@tavolo/shared";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

const baseUrl = process.argv[2] ?? "http://127.0.0.1:3000";
const bearer = process.env.TAVOLO_TOKEN ?? null;
const api = new ApiClient(baseUrl, bearer);

if (!bearer) await api.ok("POST", "/api/session", { displayName: "Script di esempio" });
const procedure = await api.ok<Procedure>("POST", "/api/procedures", {
  title: "Housing Mix",
  amministrazione: "Comune di Pero",
});
const room = await api.ok<WorkspaceRoom>("POST", `/api/procedures/${procedure.id}/rooms`, {
  kind: "nota",
  title: "Appunti dello script",
});
const { token } = await api.ok<RoomToken>("POST", `/api/rooms/${room.id}/token`);

const doc = new Y.Doc();
const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, "ws")}/sync`, room.id, doc, {
  WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
  params: { token },
  disableBc: true,
});
provider.once("sync", () => {
  scratchNoteText(doc).insert(
    0,
    `Scritto da uno script alle ${new Date().toLocaleTimeString("it-IT")}\n`,
  );
  // The server relays (and so acknowledges) only what it has stored: wait a moment, then leave.
  setTimeout(() => {
    console.log(
      `room ${room.id} of procedure ${procedure.id}:\n${scratchNoteText(doc).toString()}`,
    );
    provider.destroy();
    provider.awareness.destroy();
    doc.destroy();
  }, 300);
});
