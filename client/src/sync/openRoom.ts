import { FATAL_CLOSE_CODES, type RoomName } from "@tavolo/shared";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { RoomStatusStore } from "./roomStatus.ts";
import { SaveTracker } from "./saveTracker.ts";
import { syncServerUrl } from "./syncServerUrl.ts";

/** One open room: its document, the provider syncing it, and what to show about both. */
export interface Room {
  name: RoomName;
  doc: Y.Doc;
  provider: WebsocketProvider;
  status: RoomStatusStore;
  /** The server lets this person read but not write (the server drops their updates anyway). */
  readOnly: boolean;
  /** What people call the room, when the API told; the room name otherwise. */
  title: string;
}

/**
 * Connects to a room on the Tavolo server with the stock y-websocket provider. Cross-tab
 * BroadcastChannel sync is off: every tab goes through the server, so "saved" always means
 * stored on the server. Returns the room and the function that leaves it and frees everything.
 */
export function openRoom(
  name: RoomName,
  { readOnly, title }: { readOnly: boolean; title: string | null },
): { room: Room; close: () => void } {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(syncServerUrl(), name, doc, {
    disableBc: true,
    shouldReconnect: (event) => !FATAL_CLOSE_CODES.has(event.code),
  });
  const saves = new SaveTracker(provider, doc);
  const status = new RoomStatusStore(provider, saves);
  const close = () => {
    status.destroy();
    saves.destroy();
    provider.awareness.setLocalState(null); // tell the others now, not after a timeout
    provider.destroy();
    doc.destroy();
  };
  return { room: { name, doc, provider, status, readOnly, title: title ?? name }, close };
}
