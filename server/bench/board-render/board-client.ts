import type { RoomToken } from "@tavolo/shared";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { Attendee } from "./workshop.ts";

/** A person's stock y-websocket client on the board room, as a second browser would be. */
export interface BoardClient {
  attendee: Attendee;
  doc: Y.Doc;
  provider: WebsocketProvider;
  synced: Promise<void>;
  destroy(): void;
}

/** Connects `attendee` to the board room with a room token asked over the API. */
export async function connectBoardClient(
  wsUrl: string,
  boardId: string,
  attendee: Attendee,
): Promise<BoardClient> {
  const token = await roomToken(attendee, boardId);
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Clients in one process must not bypass the server over BroadcastChannel.
    disableBc: true,
    params: { token },
    maxBackoffTime: 300,
  });
  provider.awareness.setLocalState(null);
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    provider.on("sync", (isSynced: boolean) => isSynced && resolve());
  });
  return {
    attendee,
    doc,
    provider,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/**
 * A room token over the API, asked once more if the request failed on the connection (fetch
 * throws a TypeError): on a loaded machine, after seeding a large board, the server could close
 * an idle kept-alive connection just as the request left on it.
 */
async function roomToken(attendee: Attendee, boardId: string): Promise<string> {
  const ask = () =>
    attendee.api.ok<RoomToken>("POST", `/api/boards/${boardId}/token`, { room: boardId });
  try {
    return (await ask()).token;
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return (await ask()).token;
  }
}
